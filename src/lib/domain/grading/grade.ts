import * as v from 'valibot';

/** Whether one tested fact was answered right, for per-fact statistics and scheduling. */
export const FactResult = v.object({ factId: v.string(), correct: v.boolean() });

/** The result of grading one answer. */
export const Grade = v.object({
	/** Right as a whole (for partial-credit kinds: every part right). */
	correct: v.boolean(),
	/** 0 to 1: the share of pairs matched or ordered right; 0 or 1 for the other kinds. */
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	/** One entry per tested fact, in the question's `factIds` order. */
	perFact: v.array(FactResult),
	/** True when the learner said "I was right" and the grade was turned to correct. */
	overridden: v.boolean(),
	/** A typed answer accepted despite a spelling slip (show the right spelling). */
	typo: v.optional(v.boolean()),
	/** A typed answer rejected because it names another entity of the pack (e.g. "Kazan"). */
	otherEntity: v.optional(v.string())
});

export type FactResult = v.InferOutput<typeof FactResult>;
export type Grade = v.InferOutput<typeof Grade>;

/** A right-or-wrong grade on every fact of a question. */
export function wholeGrade(factIds: readonly string[], correct: boolean): Grade {
	return {
		correct,
		score: correct ? 1 : 0,
		perFact: factIds.map((factId) => ({ factId, correct })),
		overridden: false
	};
}

/**
 * "I was right": the grade turned to correct, every fact right, recorded as overridden so
 * statistics can tell (and count how often strict grading was wrong).
 */
export function overrideGrade<G extends Grade>(grade: G): G {
	return {
		...grade,
		correct: true,
		score: 1,
		perFact: grade.perFact.map((result) => ({ ...result, correct: true })),
		overridden: true
	};
}
