import type { MatchingQuestion } from '../questions/question';
import { foldAnswer } from '../text/fold';
import type { Grade } from './grade';

/** For each pair (display order), whether the right placed against it is its own. */
export function pairResults(
	question: MatchingQuestion,
	rights: readonly (string | null | undefined)[]
): boolean[] {
	return question.pairs.map(
		(pair, i) => foldAnswer(rights[i] ?? '') === foldAnswer(pair.right) && (rights[i] ?? '') !== ''
	);
}

/**
 * A matching answer: `rights[i]` is the right placed against `pairs[i]` (display order).
 * Scored per pair; each pair's facts are right when the pair is.
 */
export function gradeMatching(
	question: MatchingQuestion,
	rights: readonly (string | null | undefined)[]
): Grade {
	const results = pairResults(question, rights);
	const right = results.filter(Boolean).length;
	const byFact = new Map<string, boolean>();
	question.pairs.forEach((pair, i) => {
		for (const id of pair.factIds) byFact.set(id, (byFact.get(id) ?? true) && results[i] === true);
	});
	return {
		correct: right === question.pairs.length,
		score: right / question.pairs.length,
		perFact: question.factIds.map((factId) => ({ factId, correct: byFact.get(factId) ?? false })),
		overridden: false
	};
}
