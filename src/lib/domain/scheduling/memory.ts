/**
 * The app's own view of an FSRS card and its review log: camelCase, times as epoch
 * milliseconds, plain JSON so a memory can be stored in IndexedDB and restored exactly.
 * Only `fsrs-adapter.ts` knows ts-fsrs's own shapes.
 */

/** The four answers a learner can give, weakest first. */
export const ratings = ['again', 'hard', 'good', 'easy'] as const;

/** How well the learner recalled a fact. */
export type Rating = (typeof ratings)[number];

/** Where a memory is in FSRS's life cycle. */
export type MemoryStateName = 'new' | 'learning' | 'review' | 'relearning';

/** Everything needed to restore an FSRS card exactly. */
export interface MemoryState {
	/** When the fact is next due, epoch ms. For a new memory: when it was created. */
	due: number;
	/** Days until recall probability falls to 90 %; 0 before the first review. */
	stability: number;
	/** 1 (easy) to 10 (hard); 0 before the first review. */
	difficulty: number;
	/** Whole days between the last two reviews (kept for an exact restore). */
	elapsedDays: number;
	/** Whole days from the last review to `due`; 0 while in (re)learning steps. */
	scheduledDays: number;
	/** Index of the current (re)learning step. */
	learningStep: number;
	/** Number of reviews so far. */
	reps: number;
	/** Number of times a review-state memory was forgotten. */
	lapses: number;
	state: MemoryStateName;
	/** When the fact was last reviewed, epoch ms; `null` before the first review. */
	lastReview: number | null;
}

/** What one rating did: for history, statistics and undo. */
export interface ReviewLog {
	rating: Rating;
	/** When the rating was given, epoch ms. */
	reviewedAt: number;
	stateBefore: MemoryStateName;
	stateAfter: MemoryStateName;
	/** Epoch ms. */
	dueBefore: number;
	/** Epoch ms. */
	dueAfter: number;
	/** Whole days since the previous review (0 for a first review). */
	elapsedDays: number;
	/** Whole days until the next review; 0 while in (re)learning steps. */
	scheduledDays: number;
	stabilityAfter: number;
	difficultyAfter: number;
	/** The memory as it was before this rating; restoring it undoes the rating. */
	before: MemoryState;
}

/** The memory as it was before the rating recorded in `log`: what undo writes back. */
export function undoRating(log: ReviewLog): MemoryState {
	return { ...log.before };
}
