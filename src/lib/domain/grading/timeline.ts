import type { TimelineQuestion } from '../questions/question';
import type { Grade } from './grade';

/**
 * An ordering answer (event ids, earliest first), scored by correctly ordered pairs: the
 * share of event pairs in the right relative order, i.e. (Kendall's tau + 1) / 2. An event
 * is right when every pair it is in is; its facts follow it. Missing ids count as misplaced.
 */
export function gradeTimeline(question: TimelineQuestion, order: readonly string[]): Grade {
	const position = new Map<string, number>();
	order.forEach((id, i) => {
		if (!position.has(id)) position.set(id, i);
	});
	const ids = question.correctOrder;
	const eventRight = new Map(ids.map((id) => [id, true]));
	let concordant = 0;
	let total = 0;
	ids.forEach((earlier, i) => {
		for (const later of ids.slice(i + 1)) {
			total += 1;
			const a = position.get(earlier);
			const b = position.get(later);
			if (a !== undefined && b !== undefined && a < b) concordant += 1;
			else {
				eventRight.set(earlier, false);
				eventRight.set(later, false);
			}
		}
	});
	const byFact = new Map<string, boolean>();
	for (const event of question.events) {
		const right = eventRight.get(event.id) ?? false;
		for (const id of event.factIds) byFact.set(id, (byFact.get(id) ?? true) && right);
	}
	const score = total === 0 ? 1 : concordant / total;
	return {
		correct: concordant === total,
		score,
		perFact: question.factIds.map((factId) => ({ factId, correct: byFact.get(factId) ?? false })),
		overridden: false
	};
}
