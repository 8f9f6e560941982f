// Synthetic stored records for the benchmarks: memories, flashcard ratings, quiz and Learn
// answers, in the shapes the statistics and the queues read. Deterministic for a seed (the
// domain's own seeded `createRandom`), and laid out at a fixed `now`, so every run measures
// the same data.
import type { Certainty } from '$lib/domain/learn/certainty';
import { createRandom, type Random } from '$lib/domain/questions/random';
import type { MemoryState, MemoryStateName, Rating } from '$lib/domain/scheduling/memory';
import { memoryId } from '$lib/domain/scheduling/memory-id';
import type { QueueMemory } from '$lib/domain/scheduling/review-queue';
import type { CardRating, QuizAnswerEvent } from '$lib/domain/stats/activity';
import { studyDay } from '$lib/domain/time/study-day';

/** A fixed instant: Sunday 29 November 2026, 12:00 UTC. */
export const now = Date.UTC(2026, 10, 29, 12);

export const dayMs = 86_400_000;

/** The period the progress page reads ratings and answers from (12 weeks). */
export const periodDays = 84;

/** The benchmarks' sizes: stored records of one kind. */
export const sizes = [1_000, 10_000, 100_000] as const;

/** `1000` → "1k", as the figures are named. */
export function sizeLabel(size: number): string {
	return size >= 1000 ? `${size / 1000}k` : String(size);
}

const ratingsDrawn: readonly Rating[] = ['again', 'hard', 'good', 'good', 'good', 'easy'];

/** A moment in the last `days` days before `now`, as a learner's study would fall. */
function momentIn(random: Random, days: number): number {
	return now - random.int(0, days * dayMs - 1);
}

/**
 * `count` flashcard ratings spread over the last `days` days (oldest first, as the index
 * returns them), on `factIds` in turn, most rated Good, each with its time on the card.
 */
export function syntheticRatings(
	count: number,
	options: { packId: string; factIds: readonly string[]; seed: number; days?: number }
): CardRating[] {
	const random = createRandom(options.seed);
	const times = Array.from({ length: count }, () => momentIn(random, options.days ?? periodDays));
	times.sort((a, b) => a - b);
	return times.map((reviewedAt, i) => ({
		memoryId: memoryId(options.packId, options.factIds[i % options.factIds.length]!),
		day: studyDay(reviewedAt),
		reviewedAt,
		rating: ratingsDrawn[random.int(0, ratingsDrawn.length - 1)]!,
		durationMs: random.int(1_500, 90_000)
	}));
}

/** `count` quiz answers spread over the last `days` days, oldest first; one in ten a retry. */
export function syntheticAnswers(
	count: number,
	options: { seed: number; days?: number }
): QuizAnswerEvent[] {
	const random = createRandom(options.seed);
	const times = Array.from({ length: count }, () => momentIn(random, options.days ?? periodDays));
	times.sort((a, b) => a - b);
	return times.map((answeredAt) => ({
		day: studyDay(answeredAt),
		answeredAt,
		correct: random.int(0, 9) < 7,
		responseMs: random.int(2_000, 120_000),
		retry: random.int(0, 9) === 0
	}));
}

/** A Learn answer as the calibration and the retry marking read it. */
export interface SyntheticLearnAnswer {
	sessionId: string;
	factId: string;
	certainty: Certainty;
	correct: boolean;
}

/** `count` Learn answers in sessions of 20, on `factIds`; about one in eight asks a fact again. */
export function syntheticLearnAnswers(
	count: number,
	options: { factIds: readonly string[]; seed: number }
): SyntheticLearnAnswer[] {
	const random = createRandom(options.seed);
	return Array.from({ length: count }, (_, i) => ({
		sessionId: `session-${Math.floor(i / 20)}`,
		factId: options.factIds[random.int(0, options.factIds.length - 1)]!,
		certainty: random.int(1, 3) as Certainty,
		correct: random.int(0, 9) < 7
	}));
}

const statesDrawn: readonly MemoryStateName[] = [
	'new',
	'learning',
	'relearning',
	'review',
	'review',
	'review',
	'review',
	'review',
	'review',
	'review'
];

/**
 * A memory for each fact: most in review with intervals of days to months, some learning,
 * relearning or new; due dates from ten days overdue to two months ahead.
 */
export function syntheticMemories(
	factIds: readonly string[],
	seed: number
): Map<string, MemoryState> {
	const random = createRandom(seed);
	return new Map(
		factIds.map((factId) => {
			const state = statesDrawn[random.int(0, statesDrawn.length - 1)]!;
			const due = now + random.int(-10 * dayMs, 60 * dayMs);
			const scheduledDays = state === 'review' ? random.int(1, 120) : 0;
			const reps = state === 'new' ? 0 : random.int(1, 30);
			const memory: MemoryState = {
				due,
				stability: state === 'new' ? 0 : random.int(1, 2_000) / 10,
				difficulty: state === 'new' ? 0 : random.int(10, 100) / 10,
				elapsedDays: scheduledDays,
				scheduledDays,
				learningStep: 0,
				reps,
				lapses: state === 'new' ? 0 : random.int(0, Math.min(reps, 5)),
				state,
				lastReview: state === 'new' ? null : due - Math.max(1, scheduledDays) * dayMs
			};
			return [factId, memory];
		})
	);
}

/** The memories as the queues read them (`QueueMemory`), by memory id. */
export function queueMemories(
	packId: string,
	memories: ReadonlyMap<string, MemoryState>
): QueueMemory[] {
	return [...memories].map(([factId, memory]) => ({
		id: memoryId(packId, factId),
		due: memory.due,
		state: memory.state
	}));
}

/** `count` fact ids: `fact-0` … in pack order. */
export function syntheticFactIds(count: number): string[] {
	return Array.from({ length: count }, (_, i) => `fact-${i}`);
}

/** Every study day of the ratings and answers, as the streak reads them. */
export function studyDaysOf(
	ratings: readonly CardRating[],
	answers: readonly QuizAnswerEvent[]
): Set<string> {
	return new Set([...ratings.map((rating) => rating.day), ...answers.map((answer) => answer.day)]);
}
