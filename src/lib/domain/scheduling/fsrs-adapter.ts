import {
	createEmptyCard,
	default_w,
	forgetting_curve,
	fsrs,
	generatorParameters,
	Rating as FsrsRating,
	State,
	type Card,
	type Grade
} from 'ts-fsrs';
import { formatInterval } from './format-interval';
import type { MemoryState, MemoryStateName, Rating, ReviewLog } from './memory';
import { defaultSchedulerSettings } from './default-settings';
import { maxSteps, maximumIntervalRange, retentionRange, stepPattern } from './ranges';
import type { SchedulerSettings } from './settings';

/**
 * The one place that talks to ts-fsrs. Everything else in the app speaks `MemoryState`,
 * `Rating` and epoch milliseconds, and never computes an interval itself.
 */

/** What each rating would do, for the labels on the rating buttons. */
export type RatingPreview = Record<Rating, { due: number; interval: string }>;

/** Schedules the memories of one learner with fixed settings. */
export interface Scheduler {
	/** A memory that has never been reviewed, created at `now` (epoch ms). */
	newMemory(now: number): MemoryState;
	/** The memory after rating it `rating` at `now`, and the log of that review. */
	rate(memory: MemoryState, rating: Rating, now: number): { memory: MemoryState; log: ReviewLog };
	/** When each rating at `now` would make the memory due, and that interval as a label. */
	preview(memory: MemoryState, now: number): RatingPreview;
}

const toFsrsRating: Record<Rating, Grade> = {
	again: FsrsRating.Again,
	hard: FsrsRating.Hard,
	good: FsrsRating.Good,
	easy: FsrsRating.Easy
};

const fromFsrsState: Record<State, MemoryStateName> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

const toFsrsState: Record<MemoryStateName, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

/**
 * A scheduler for `settings` (throws a `RangeError` if one is out of range: settings reach here
 * parsed, so that is a bug). Fuzz is off and FSRS's default parameters are used.
 */
export function createScheduler(settings: SchedulerSettings = defaultSchedulerSettings): Scheduler {
	const valid = inRange(settings);
	const engine = fsrs(
		generatorParameters({
			request_retention: valid.desiredRetention,
			maximum_interval: valid.maximumInterval,
			learning_steps: valid.learningSteps,
			relearning_steps: valid.relearningSteps,
			enable_fuzz: false,
			enable_short_term: true
		})
	);

	return {
		newMemory: (now) => fromCard(createEmptyCard(new Date(now))),
		rate(memory, rating, now) {
			const { card } = engine.next(
				toCard(memory),
				new Date(notBefore(memory, now)),
				toFsrsRating[rating]
			);
			const after = fromCard(card);
			const log: ReviewLog = {
				rating,
				reviewedAt: now,
				stateBefore: memory.state,
				stateAfter: after.state,
				dueBefore: memory.due,
				dueAfter: after.due,
				elapsedDays: card.elapsed_days,
				scheduledDays: card.scheduled_days,
				stabilityAfter: after.stability,
				difficultyAfter: after.difficulty,
				before: { ...memory }
			};
			return { memory: after, log };
		},
		preview(memory, now) {
			const outcomes = engine.repeat(toCard(memory), new Date(notBefore(memory, now)));
			const entry = (rating: Rating) => {
				const due = outcomes[toFsrsRating[rating]].card.due.getTime();
				return { due, interval: formatInterval(due - now) };
			};
			return {
				again: entry('again'),
				hard: entry('hard'),
				good: entry('good'),
				easy: entry('easy')
			};
		}
	};
}

const dayMs = 86_400_000;

function inRange(settings: SchedulerSettings): SchedulerSettings {
	const { desiredRetention, maximumInterval, learningSteps, relearningSteps } = settings;
	const problems = [
		!(desiredRetention >= retentionRange.min && desiredRetention <= retentionRange.max) &&
			`desired retention ${desiredRetention}`,
		!(
			Number.isInteger(maximumInterval) &&
			maximumInterval >= maximumIntervalRange.min &&
			maximumInterval <= maximumIntervalRange.max
		) && `maximum interval ${maximumInterval}`,
		...[learningSteps, relearningSteps].map(
			(steps) =>
				(steps.length > maxSteps || !steps.every((step) => stepPattern.test(step))) &&
				`steps ${steps.join(' ')}`
		)
	].filter(Boolean);
	if (problems.length)
		throw new RangeError(`Scheduler settings out of range: ${problems.join(', ')}`);
	return settings;
}

/**
 * The probability of recalling a memory at `at` (epoch ms), by FSRS's forgetting curve from
 * its stability and the time since its last review: 0 for a memory never reviewed.
 */
export function recallProbability(memory: MemoryState, at: number): number {
	if (memory.state === 'new' || memory.lastReview === null || memory.stability <= 0) return 0;
	const elapsedDays = Math.max(0, at - memory.lastReview) / dayMs;
	return forgetting_curve(default_w, elapsedDays, memory.stability);
}

/** A ts-fsrs card holding exactly the stored memory. */
function toCard(memory: MemoryState): Card {
	const card: Card = {
		due: new Date(memory.due),
		stability: memory.stability,
		difficulty: memory.difficulty,
		elapsed_days: memory.elapsedDays,
		scheduled_days: memory.scheduledDays,
		learning_steps: memory.learningStep,
		reps: memory.reps,
		lapses: memory.lapses,
		state: toFsrsState[memory.state]
	};
	// ts-fsrs tells "never reviewed" by a missing `last_review`, not by null.
	if (memory.lastReview !== null) card.last_review = new Date(memory.lastReview);
	return card;
}

/** The storable memory of a ts-fsrs card. */
function fromCard(card: Card): MemoryState {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningStep: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: fromFsrsState[card.state],
		lastReview: card.last_review ? card.last_review.getTime() : null
	};
}

/**
 * The time to schedule from: `now`, or the memory's last review if the device clock now reads
 * earlier (a clock corrected backwards, travel). FSRS refuses a negative elapsed time; the
 * review is scheduled as if no time had passed since the last one, and logged at `now`.
 */
function notBefore(memory: MemoryState, now: number): number {
	return memory.lastReview !== null && now < memory.lastReview ? memory.lastReview : now;
}
