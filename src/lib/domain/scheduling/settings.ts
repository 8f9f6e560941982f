import * as v from 'valibot';
import { maxSteps, maximumIntervalRange, retentionRange, stepPattern } from './ranges';

export { retentionRange } from './ranges';

/**
 * The learner's scheduling choices. Parameters (FSRS's `w`) stay at their defaults: one article
 * yields far too few reviews to optimise them. Fuzz is always off, so a schedule is
 * reproducible and the same for flashcards and quizzes.
 */

/** A (re)learning step as ts-fsrs reads it: whole minutes, hours or days, e.g. `10m`, `1d`. */
export type Step = `${number}${'m' | 'h' | 'd'}`;

const StepSchema = v.custom<Step>(
	(input) => typeof input === 'string' && stepPattern.test(input),
	'must be a whole number of minutes, hours or days, like 10m, 1h or 1d'
);

const Steps = v.pipe(
	v.array(StepSchema),
	v.maxLength(maxSteps, `must have at most ${maxSteps} steps`)
);

/** Validates scheduler settings, e.g. from the settings screen or a stored record. */
export const SchedulerSettingsSchema = v.object({
	/** The probability of recall FSRS aims for when a fact comes due. */
	desiredRetention: v.pipe(
		v.number(),
		v.minValue(retentionRange.min, `must be at least ${retentionRange.min}`),
		v.maxValue(retentionRange.max, `must be at most ${retentionRange.max}`)
	),
	/** Steps a new fact goes through before its first review in days. */
	learningSteps: Steps,
	/** Steps a forgotten fact goes through before it returns to review. */
	relearningSteps: Steps,
	/** The longest interval, in days. */
	maximumInterval: v.pipe(
		v.number(),
		v.integer('must be a whole number of days'),
		v.minValue(maximumIntervalRange.min, `must be at least ${maximumIntervalRange.min} day`),
		v.maxValue(maximumIntervalRange.max, `must be at most ${maximumIntervalRange.max} days`)
	)
});

/** Scheduler settings, as validated by `SchedulerSettingsSchema`. */
export type SchedulerSettings = v.InferOutput<typeof SchedulerSettingsSchema>;

export { defaultSchedulerSettings } from './default-settings';
import { defaultSchedulerSettings } from './default-settings';

/**
 * Reads stored scheduler settings; each missing or invalid field falls back to its default,
 * so an old or hand-edited record never stops the learner from studying.
 */
export function parseSchedulerSettings(value: unknown): SchedulerSettings {
	const record: Record<string, unknown> =
		typeof value === 'object' && value !== null ? { ...value } : {};
	const fields = SchedulerSettingsSchema.entries;
	return {
		desiredRetention: parseField(
			fields.desiredRetention,
			record.desiredRetention,
			'desiredRetention'
		),
		learningSteps: parseField(fields.learningSteps, record.learningSteps, 'learningSteps'),
		relearningSteps: parseField(fields.relearningSteps, record.relearningSteps, 'relearningSteps'),
		maximumInterval: parseField(fields.maximumInterval, record.maximumInterval, 'maximumInterval')
	};
}

function parseField<K extends keyof SchedulerSettings>(
	schema: v.GenericSchema<unknown, SchedulerSettings[K]>,
	value: unknown,
	key: K
): SchedulerSettings[K] {
	const result = v.safeParse(schema, value);
	return result.success ? result.output : defaultSchedulerSettings[key];
}
