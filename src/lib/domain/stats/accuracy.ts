import { addDays, daysBetween } from '../time/day-names';
import type { DayTally, Tally } from './day-tally';

export type { Tally };

export interface WeekAccuracy {
	/** The first study day of the week (weeks end with today). */
	start: string;
	flashcards: Tally;
	quizzes: Tally;
}

/**
 * Below this many first tries, a week's share is not shown as a figure or a trend: with three
 * reviews, "67 %" says nothing.
 */
export const minimumForShare = 10;

/**
 * The share right at first try, per week (7 study days ending today), quiz and flashcards
 * apart, from the days' tallies. A flashcard's first try is its first rating of a study day
 * (right unless Again); a quiz's, an answer in a quiz that is not a retry of mistakes (right
 * when graded right, an "I was right" included); Learn answers count as quiz answers.
 */
export function weeklyAccuracy(
	tallies: readonly DayTally[],
	today: string,
	weeks = 12
): WeekAccuracy[] {
	const result: WeekAccuracy[] = Array.from({ length: weeks }, (_, index) => ({
		start: addDays(today, -7 * (weeks - index) + 1),
		flashcards: { right: 0, total: 0 },
		quizzes: { right: 0, total: 0 }
	}));
	for (const tally of tallies) {
		const back = daysBetween(tally.day, today);
		if (back < 0) continue;
		const week = result[weeks - 1 - Math.floor(back / 7)];
		if (!week) continue;
		week.flashcards.right += tally.flashcards.right;
		week.flashcards.total += tally.flashcards.total;
		week.quizzes.right += tally.quizzes.right;
		week.quizzes.total += tally.quizzes.total;
	}
	return result;
}

/** A tally's share as a whole percentage, or `null` when too few to mean anything. */
export function shareOf(tally: Tally): number | null {
	return tally.total >= minimumForShare ? Math.round((tally.right / tally.total) * 100) : null;
}
