import type { Fact } from '../pack/schema';
import { buildReviewQueue, type QueueMemory } from '../scheduling/review-queue';

/** Questions between two summaries: a round is short enough to finish at a station stop. */
export const roundSize = 7;

/** How many other questions come before a fact answered wrong is asked again. */
export const retryGap = 3;

export interface LearnPlanInput {
	packId: string;
	/** Every fact of the pack, in pack order. */
	facts: readonly Pick<Fact, 'id' | 'topics'>[];
	memories: readonly QueueMemory[];
	/** Facts taken out of study (suspended, leeches). */
	suspendedFactIds: ReadonlySet<string>;
	now: number;
	newCardsPerDay: number;
	/** New facts already introduced today, in any mode: the limit is shared. */
	newIntroducedToday: number;
}

/**
 * Today's Learn session: the facts due first, then new facts within the day's limit (shared
 * with flashcards and quizzes), each group interleaved across topics so that consecutive
 * questions come from different parts of the article (Rohrer et al. 2014).
 */
export function planLearnSession(input: LearnPlanInput): string[] {
	const facts = input.facts.filter((fact) => !input.suspendedFactIds.has(fact.id));
	const queue = buildReviewQueue({
		packId: input.packId,
		memories: input.memories,
		factIds: facts.map((fact) => fact.id),
		now: input.now,
		// Every new fact, for now: the day's share is cut after interleaving, so that it
		// spans the article's topics instead of its first paragraphs.
		newCardsPerDay: facts.length,
		newIntroducedToday: 0
	});
	const allowance = Math.max(0, input.newCardsPerDay - input.newIntroducedToday);
	const topicOf = new Map(facts.map((fact) => [fact.id, fact.topics[0] ?? '']));
	const due = queue.filter((entry) => !entry.isNew).map((entry) => entry.factId);
	const fresh = queue.filter((entry) => entry.isNew).map((entry) => entry.factId);
	return [...interleave(due, topicOf), ...interleave(fresh, topicOf).slice(0, allowance)];
}

/**
 * `ids` reordered so that topics take turns (round robin, topics in order of first
 * appearance, each topic's facts in their given order).
 */
export function interleave(ids: readonly string[], topicOf: ReadonlyMap<string, string>): string[] {
	const groups = new Map<string, string[]>();
	for (const id of ids) {
		const topic = topicOf.get(id) ?? '';
		const group = groups.get(topic);
		if (group) group.push(id);
		else groups.set(topic, [id]);
	}
	const lists = [...groups.values()];
	const out: string[] = [];
	for (let turn = 0; out.length < ids.length; turn += 1) {
		for (const list of lists) {
			const id = list[turn];
			if (id !== undefined) out.push(id);
		}
	}
	return out;
}

/** The queue after a wrong answer on `factId`: it comes back after `retryGap` others. */
export function requeue(queue: readonly string[], factId: string): string[] {
	const rest = queue.filter((id) => id !== factId);
	const at = Math.min(retryGap, rest.length);
	return [...rest.slice(0, at), factId, ...rest.slice(at)];
}
