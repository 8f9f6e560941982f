import { addDays, daysBetween } from '../time/day-names';
import type { CardRating, QuizAnswerEvent } from './activity';

/** Right at first try, of how many, for one kind of study in one week. */
export interface Tally {
	right: number;
	total: number;
}

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
 * apart. A flashcard's first try is its first rating of a study day (right unless Again); a
 * quiz's, an answer in a quiz that is not a retry of mistakes (right when graded right,
 * an "I was right" included).
 */
export function weeklyAccuracy(
	ratings: readonly CardRating[],
	answers: readonly QuizAnswerEvent[],
	today: string,
	weeks = 12
): WeekAccuracy[] {
	const result: WeekAccuracy[] = Array.from({ length: weeks }, (_, index) => ({
		start: addDays(today, -7 * (weeks - index) + 1),
		flashcards: { right: 0, total: 0 },
		quizzes: { right: 0, total: 0 }
	}));
	const weekOf = (day: string) => {
		const back = daysBetween(day, today);
		if (back < 0) return undefined;
		return result[weeks - 1 - Math.floor(back / 7)];
	};
	const seen = new Set<string>();
	for (const rating of [...ratings].sort((a, b) => a.reviewedAt - b.reviewedAt)) {
		const key = `${rating.day} ${rating.memoryId}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const week = weekOf(rating.day);
		if (!week) continue;
		week.flashcards.total += 1;
		if (rating.rating !== 'again') week.flashcards.right += 1;
	}
	for (const answer of answers) {
		if (answer.retry) continue;
		const week = weekOf(answer.day);
		if (!week) continue;
		week.quizzes.total += 1;
		if (answer.correct) week.quizzes.right += 1;
	}
	return result;
}

/** A tally's share as a whole percentage, or `null` when too few to mean anything. */
export function shareOf(tally: Tally): number | null {
	return tally.total >= minimumForShare ? Math.round((tally.right / tally.total) * 100) : null;
}
