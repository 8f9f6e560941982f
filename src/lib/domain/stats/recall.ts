import { recallProbability } from '../scheduling/fsrs-adapter';
import type { MemoryState } from '../scheduling/memory';

const dayMs = 86_400_000;

/**
 * How much of the article a learner would recall: the mean probability of recall over every
 * fact (a fact never studied counts 0), now and if they stopped studying for 7 or 30 days.
 */
export interface ArticleRecall {
	now: number;
	in7Days: number;
	in30Days: number;
	/** Facts counted (all the pack's facts). */
	facts: number;
	/** Facts with at least one review. */
	studied: number;
}

export function articleRecall(
	factIds: readonly string[],
	memories: ReadonlyMap<string, MemoryState>,
	at: number
): ArticleRecall {
	const mean = (when: number) => {
		if (factIds.length === 0) return 0;
		let sum = 0;
		for (const id of factIds) {
			const memory = memories.get(id);
			sum += memory ? recallProbability(memory, when) : 0;
		}
		return sum / factIds.length;
	};
	const studied = factIds.filter((id) => {
		const memory = memories.get(id);
		return memory !== undefined && memory.state !== 'new';
	}).length;
	return {
		now: mean(at),
		in7Days: mean(at + 7 * dayMs),
		in30Days: mean(at + 30 * dayMs),
		facts: factIds.length,
		studied
	};
}

/** Each fact's probability of recall at `at` (0 for a fact never studied). */
export function recallByFact(
	factIds: readonly string[],
	memories: ReadonlyMap<string, MemoryState>,
	at: number
): Map<string, number> {
	return new Map(
		factIds.map((id) => {
			const memory = memories.get(id);
			return [id, memory ? recallProbability(memory, at) : 0];
		})
	);
}

/**
 * Bands for the memory map, each with a label and a pattern so that colour is never the only
 * cue: not studied yet, partly studied (some of its facts not yet), fading (under 70 %),
 * holding (70–90 %), strong (90 % or more).
 */
export const recallBands = ['unstudied', 'partial', 'fading', 'holding', 'strong'] as const;

export type RecallBand = (typeof recallBands)[number];

export const recallBandLabels: Record<RecallBand, string> = {
	unstudied: 'Not studied yet',
	partial: 'Partly studied',
	fading: 'Fading (under 70 %)',
	holding: 'Holding (70–90 %)',
	strong: 'Strong (90 % or more)'
};

/** The band of a recall probability; `null` (nothing studied) is "not studied yet". */
export function recallBand(recall: number | null): RecallBand {
	if (recall === null) return 'unstudied';
	if (recall >= 0.9) return 'strong';
	if (recall >= 0.7) return 'holding';
	return 'fading';
}

/**
 * A group of facts (a sentence) on the memory map, from each one's recall (`null` for a fact
 * not studied yet): its mean recall, counting those as 0 (`null` when none is studied), and
 * its band. While some are not studied the group is "partly studied" whatever the others'
 * recall: a learner who has just recalled one fact of a sentence is not forgetting it.
 */
export function groupMemory(recalls: readonly (number | null)[]): {
	band: RecallBand;
	recall: number | null;
} {
	if (recalls.every((recall) => recall === null)) return { band: 'unstudied', recall: null };
	const recall = recalls.reduce<number>((sum, value) => sum + (value ?? 0), 0) / recalls.length;
	return { band: recalls.includes(null) ? 'partial' : recallBand(recall), recall };
}

/**
 * The recall of a group of facts (a sentence, a topic): the mean over its facts, counting a
 * fact never studied as 0; `null` when none of them has been studied.
 */
export function groupRecall(
	factIds: readonly string[],
	recall: ReadonlyMap<string, number>,
	studied: ReadonlySet<string>
): number | null {
	if (!factIds.some((id) => studied.has(id))) return null;
	return factIds.reduce((sum, id) => sum + (recall.get(id) ?? 0), 0) / factIds.length;
}
