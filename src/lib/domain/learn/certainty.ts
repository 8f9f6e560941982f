import type { Rung } from './ladder';
import type { Rating } from '../scheduling/memory';

/** How sure the learner is of an answer, said before the feedback: 1 unsure, 3 sure. */
export const certainties = [1, 2, 3] as const;
export type Certainty = (typeof certainties)[number];

export const certaintyLabels: Record<Certainty, string> = {
	1: 'Unsure',
	2: 'Fairly sure',
	3: 'Sure'
};

/**
 * Certainty-based marking as UCL scores it (Gardner-Medwin): right answers earn 1, 2 or 3 by
 * certainty, wrong ones 0, −2 or −6. Saying "sure" pays only when right more than 80 % of
 * the time, "fairly sure" above 67 %: the best score comes from saying what you believe.
 */
export function certaintyMarks(correct: boolean, certainty: Certainty): number {
	const right = { 1: 1, 2: 2, 3: 3 } as const;
	const wrong = { 1: 0, 2: -2, 3: -6 } as const;
	return correct ? right[certainty] : wrong[certainty];
}

/** A sure right answer faster than this (ms) shows effortless recall: rated `easy`. */
export const effortlessMs: Record<Rung, number | null> = {
	// A sure pick among options can still be a lucky one: never `easy`.
	recognition: null,
	recall: 10_000,
	integration: 30_000
};

/**
 * The FSRS rating a Learn answer gives each fact it asks about:
 * - wrong, at any certainty: `again`;
 * - right but unsure: `hard` (the memory is there, but weak);
 * - right and fairly sure: `good`;
 * - right and sure: `easy` when quick on a recall or integration question, else `good`.
 */
export function learnRating(answer: {
	correct: boolean;
	certainty: Certainty;
	responseMs: number;
	rung: Rung;
}): Rating {
	if (!answer.correct) return 'again';
	if (answer.certainty === 1) return 'hard';
	if (answer.certainty === 2) return 'good';
	const fast = effortlessMs[answer.rung];
	return fast !== null && answer.responseMs <= fast ? 'easy' : 'good';
}
