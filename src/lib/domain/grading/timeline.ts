import type { TimelineQuestion } from '../questions/question';
import type { Grade } from './grade';

/** Where each event stands in a learner's order (its first place; missing ids have none). */
function positions(order: readonly string[]): Map<string, number> {
	const position = new Map<string, number>();
	order.forEach((id, i) => {
		if (!position.has(id)) position.set(id, i);
	});
	return position;
}

/**
 * Whether each event (by id) stands where it belongs. This is the rule the learner sees
 * marked in place after answering ("✓ in place", "✗ belongs 3rd"), so an event's facts are
 * rated by the same rule.
 */
export function eventsInPlace(
	question: TimelineQuestion,
	order: readonly string[]
): Map<string, boolean> {
	const position = positions(order);
	return new Map(question.correctOrder.map((id, index) => [id, position.get(id) === index]));
}

/** How many pairs of events a learner's order has the right way round, of all pairs. */
export function orderedPairs(
	question: TimelineQuestion,
	order: readonly string[]
): { inOrder: number; total: number } {
	const position = positions(order);
	const ids = question.correctOrder;
	let inOrder = 0;
	let total = 0;
	ids.forEach((earlier, i) => {
		for (const later of ids.slice(i + 1)) {
			total += 1;
			const a = position.get(earlier);
			const b = position.get(later);
			if (a !== undefined && b !== undefined && a < b) inOrder += 1;
		}
	});
	return { inOrder, total };
}

/**
 * An ordering answer (event ids, earliest first), scored by correctly ordered pairs: the share
 * of event pairs the right way round, (Kendall's tau + 1) / 2, so that one slip costs one
 * pair, not two events. An event's facts are right when the event stands in its own place,
 * as the feedback marks it. Missing ids count as misplaced.
 */
export function gradeTimeline(question: TimelineQuestion, order: readonly string[]): Grade {
	const { inOrder, total } = orderedPairs(question, order);
	const inPlace = eventsInPlace(question, order);
	const byFact = new Map<string, boolean>();
	for (const event of question.events) {
		const right = inPlace.get(event.id) ?? false;
		for (const id of event.factIds) byFact.set(id, (byFact.get(id) ?? true) && right);
	}
	return {
		correct: inOrder === total,
		score: total === 0 ? 1 : inOrder / total,
		perFact: question.factIds.map((factId) => ({ factId, correct: byFact.get(factId) ?? false })),
		overridden: false
	};
}
