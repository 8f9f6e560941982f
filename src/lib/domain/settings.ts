import * as v from 'valibot';
import { questionKinds } from './questions/kinds';
import { SchedulerSettingsSchema, retentionRange } from './scheduling/settings';

/** New facts per study day: stated once, for the schema and the settings screen. */
export const newCardsRange = { min: 0, max: 999, step: 1 } as const;

/** The numeric settings' ranges, as the settings screen shows and checks them. */
export const settingRanges = {
	desiredRetention: retentionRange,
	newCardsPerDay: newCardsRange
} as const;

/** "Enter a number from 0.70 to 0.99." — the message for a value out of a setting's range. */
export function rangeMessage(key: keyof typeof settingRanges): string {
	const { min, max, step } = settingRanges[key];
	const decimals = step < 1 ? 2 : 0;
	const kind = step < 1 ? 'a number' : 'a whole number';
	return `Enter ${kind} from ${min.toFixed(decimals)} to ${max.toFixed(decimals)}.`;
}

/**
 * Every user setting, each with its own schema and default. A stored value that no longer
 * parses (an old format, a hand-edited backup) falls back to the default instead of breaking
 * the app.
 */
export const settingSchemas = {
	/** Colour scheme: follow the system, or force light or dark. */
	theme: v.picklist(['system', 'light', 'dark']),
	/** Questions per quiz. */
	quizLength: v.union([v.picklist([5, 10, 20]), v.literal('all')]),
	/** Question kinds a quiz may use; at least one. */
	quizKinds: v.pipe(v.array(v.picklist(questionKinds)), v.minLength(1)),
	/** Topic tags a quiz is drawn from; empty means every topic. */
	quizTopics: v.array(v.string()),
	/** FSRS's target probability of recall when a fact comes due (0.7–0.99). */
	desiredRetention: SchedulerSettingsSchema.entries.desiredRetention,
	/** Steps of a new fact before its first review in days, e.g. ["1m", "10m"]. */
	learningSteps: SchedulerSettingsSchema.entries.learningSteps,
	/** Facts met for the first time per study day, by flashcard or quiz. */
	newCardsPerDay: v.pipe(
		v.number(),
		v.integer(),
		v.minValue(newCardsRange.min),
		v.maxValue(newCardsRange.max)
	)
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type AppSettings = { [K in SettingKey]: v.InferOutput<(typeof settingSchemas)[K]> };

export { defaultSettings } from './default-settings';
import { defaultSettings } from './default-settings';

export function isSettingKey(key: string): key is SettingKey {
	return Object.hasOwn(settingSchemas, key);
}

/** Parses one stored value for `key`; `undefined` when it is not a valid value. */
export function parseSetting<K extends SettingKey>(
	key: K,
	value: unknown
): AppSettings[K] | undefined {
	const result = v.safeParse(settingSchemas[key], value);
	return result.success ? (result.output as AppSettings[K]) : undefined;
}

/** Builds the full settings object from stored key/value pairs, defaults filling the gaps. */
export function settingsFromEntries(
	entries: Iterable<{ key: string; value: unknown }>
): AppSettings {
	const settings: AppSettings = { ...defaultSettings };
	for (const { key, value } of entries) {
		if (!isSettingKey(key)) continue;
		const parsed = parseSetting(key, value);
		if (parsed !== undefined) (settings as Record<SettingKey, unknown>)[key] = parsed;
	}
	return settings;
}
