import * as v from 'valibot';

/**
 * Every user setting, each with its own schema and default. A stored value that no longer
 * parses (an old format, a hand-edited backup) falls back to the default instead of breaking
 * the app.
 */
export const settingSchemas = {
	/** Colour scheme: follow the system, or force light or dark. */
	theme: v.picklist(['system', 'light', 'dark'])
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type AppSettings = { [K in SettingKey]: v.InferOutput<(typeof settingSchemas)[K]> };

export const defaultSettings: AppSettings = {
	theme: 'system'
};

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
