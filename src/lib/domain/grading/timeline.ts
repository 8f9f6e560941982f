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

/**
 * An ordering answer (event ids, earliest first), scored per event: each event in its own
 * place earns its share, the rule the learner sees marked in place and the README states. An
 * event's facts are right when the event is. Missing ids count as misplaced.
 */
export function gradeTimeline(question: TimelineQuestion, order: readonly string[]): Grade {
	const inPlace = eventsInPlace(question, order);
	const placed = [...inPlace.values()].filter(Boolean).length;
	const byFact = new Map<string, boolean>();
	for (const event of question.events) {
		const right = inPlace.get(event.id) ?? false;
		for (const id of event.factIds) byFact.set(id, (byFact.get(id) ?? true) && right);
	}
	const total = question.correctOrder.length;
	return {
		correct: placed === total,
		score: total === 0 ? 1 : placed / total,
		perFact: question.factIds.map((factId) => ({ factId, correct: byFact.get(factId) ?? false })),
		overridden: false
	};
}
