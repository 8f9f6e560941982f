import type { Rating } from '../scheduling/memory';
import { addDays, daysBetween, daysEnding, weekdayOf } from '../time/day-names';
import { maxCountedMs, type DayTally } from './day-tally';

/** A flashcard rating, as the statistics read it from the review log. */
export interface CardRating {
	memoryId: string;
	/** The study day stored with the rating. */
	day: string;
	reviewedAt: number;
	rating: Rating;
	/** From the card shown to the rating (schema v8+); absent on older ratings. */
	durationMs?: number;
}

/** A quiz answer, as the statistics read it. */
export interface QuizAnswerEvent {
	day: string;
	answeredAt: number;
	correct: boolean;
	responseMs: number;
	/** Asked again by "Retry mistakes": not a first try. */
	retry: boolean;
}

/** Study on one day: each flashcard rating and each quiz answer counted once. */
export interface DayActivity {
	ratings: number;
	answers: number;
	/** Time spent answering, each answer counted up to `maxCountedMs`. */
	ms: number;
}

export { maxCountedMs };

/** Each day's study, from the days' tallies (a day tallied twice is added up). */
export function dailyActivity(tallies: readonly DayTally[]): Map<string, DayActivity> {
	const days = new Map<string, DayActivity>();
	for (const tally of tallies) {
		const entry = days.get(tally.day) ?? { ratings: 0, answers: 0, ms: 0 };
		entry.ratings += tally.ratings;
		entry.answers += tally.answers;
		entry.ms += tally.ms;
		days.set(tally.day, entry);
	}
	return days;
}

/** One cell of the calendar heatmap. */
export interface HeatmapCell {
	day: string;
	/** Ratings plus answers that day. */
	count: number;
	/** 0 (none) to 4, by quartile of the busiest days shown. */
	level: 0 | 1 | 2 | 3 | 4;
	/** 0 Monday … 6 Sunday: the cell's row. */
	weekday: number;
	/** The cell's column, oldest week first. */
	week: number;
	/** After today: drawn empty, never as a missed day. */
	future: boolean;
}

/**
 * The last `weeks` weeks as a calendar, Monday to Sunday in columns, ending with the week
 * holding `today`.
 */
export function heatmap(
	activity: ReadonlyMap<string, DayActivity>,
	today: string,
	weeks = 12
): HeatmapCell[] {
	const lastDay = addDays(today, 6 - weekdayOf(today));
	const days = daysEnding(lastDay, weeks * 7);
	const counts = days.map((day) => {
		const entry = activity.get(day);
		return entry ? entry.ratings + entry.answers : 0;
	});
	const max = Math.max(0, ...counts);
	return days.map((day, index) => {
		const count = counts[index] ?? 0;
		const level = count === 0 ? 0 : (Math.min(4, Math.ceil((count / max) * 4)) as 1 | 2 | 3 | 4);
		return {
			day,
			count,
			level,
			weekday: index % 7,
			week: Math.floor(index / 7),
			future: daysBetween(today, day) > 0
		};
	});
}
