import { certainties, type Certainty } from '../learn/certainty';
import type { CardRating, QuizAnswerEvent } from './activity';

/** Right at first try, of how many. */
export interface Tally {
	right: number;
	total: number;
}

/**
 * What the statistics need of one study day of one pack, counted from that day's records:
 * a few hundred of these stand in for a year of ratings and answers.
 */
export interface DayTally {
	/** The study day stored with the records (`YYYY-MM-DD`). */
	day: string;
	/** Ratings logged, from any source (flashcards, quiz and Learn answers): a study day when above 0. */
	reviews: number;
	/** Flashcard ratings. */
	ratings: number;
	/** Quiz and Learn answers. */
	answers: number;
	/** Time studied, ms: each flashcard rating and answer counted up to `maxCountedMs`. */
	ms: number;
	/** Flashcards right at first try: each card's first rating of the day, right unless Again. */
	flashcards: Tally;
	/** Quiz and Learn answers right at first try: retries of mistakes left out. */
	quizzes: Tally;
	/** Learn answers by the certainty said with them: right of how many. */
	certainty: Record<Certainty, Tally>;
}

/** A day's records as the tally reads them. */
export interface DayRecords {
	/** Ratings logged that day from any source (see `DayTally.reviews`). */
	reviews: number;
	/** The day's flashcard ratings, in any order. */
	ratings: readonly CardRating[];
	/** The day's quiz and Learn answers, each marked when it is a retry. */
	answers: readonly QuizAnswerEvent[];
	/** The day's Learn answers with the certainty said. */
	learned: readonly { certainty: Certainty; correct: boolean }[];
}

/**
 * An answer longer than this counts as this long in "time studied", as Anki caps answer time:
 * a card left on screen while the learner does something else is not study.
 */
export const maxCountedMs = 60_000;

const tally = (): Tally => ({ right: 0, total: 0 });

/** Tallies one day from its own records; `null` when the day holds nothing. */
export function tallyDay(day: string, records: DayRecords): DayTally | null {
	const { ratings, answers, learned, reviews } = records;
	if (reviews === 0 && ratings.length === 0 && answers.length === 0 && learned.length === 0) {
		return null;
	}
	const result: DayTally = {
		day,
		reviews,
		ratings: ratings.length,
		answers: answers.length,
		ms: 0,
		flashcards: tally(),
		quizzes: tally(),
		certainty: { 1: tally(), 2: tally(), 3: tally() }
	};
	// A card's first try of the day is its earliest rating (ties by the order given).
	const first = new Map<string, CardRating>();
	for (const rating of ratings) {
		if (rating.durationMs !== undefined) result.ms += Math.min(rating.durationMs, maxCountedMs);
		const earlier = first.get(rating.memoryId);
		if (!earlier || rating.reviewedAt < earlier.reviewedAt) first.set(rating.memoryId, rating);
	}
	for (const rating of first.values()) {
		result.flashcards.total += 1;
		if (rating.rating !== 'again') result.flashcards.right += 1;
	}
	for (const answer of answers) {
		result.ms += Math.min(answer.responseMs, maxCountedMs);
		if (answer.retry) continue;
		result.quizzes.total += 1;
		if (answer.correct) result.quizzes.right += 1;
	}
	for (const answer of learned) {
		const at = result.certainty[answer.certainty];
		at.total += 1;
		if (answer.correct) at.right += 1;
	}
	return result;
}

/**
 * Tallies events of any days, day by day (`reviews`: one per rating and per answer). For
 * statistics over events already in memory, and for tests.
 */
export function tallyDays(
	ratings: readonly CardRating[],
	answers: readonly QuizAnswerEvent[]
): DayTally[] {
	const days = new Map<string, { ratings: CardRating[]; answers: QuizAnswerEvent[] }>();
	const at = (day: string) => {
		let entry = days.get(day);
		if (!entry) days.set(day, (entry = { ratings: [], answers: [] }));
		return entry;
	};
	for (const rating of ratings) at(rating.day).ratings.push(rating);
	for (const answer of answers) at(answer.day).answers.push(answer);
	return [...days].flatMap(([day, records]) => {
		const tallied = tallyDay(day, {
			...records,
			reviews: records.ratings.length + records.answers.length,
			learned: []
		});
		return tallied ? [tallied] : [];
	});
}

/** Learn answers by certainty over many days: right of how many at each level. */
export function certaintyTotals(tallies: readonly DayTally[]): Record<Certainty, Tally> {
	const totals: Record<Certainty, Tally> = { 1: tally(), 2: tally(), 3: tally() };
	for (const day of tallies) {
		for (const certainty of certainties) {
			const at = day.certainty[certainty];
			totals[certainty].right += at.right;
			totals[certainty].total += at.total;
		}
	}
	return totals;
}
