import { describe, expect, test } from 'vitest';
import { defaultSettings, parseSetting, settingsFromEntries } from '$lib/domain/settings';

describe('settings', () => {
	test('stored entries override defaults; unknown keys and invalid values are ignored', () => {
		expect(
			settingsFromEntries([
				{ key: 'theme', value: 'dark' },
				{ key: 'removedLongAgo', value: true }
			])
		).toEqual({ ...defaultSettings, theme: 'dark' });
		expect(settingsFromEntries([{ key: 'theme', value: 'sepia' }])).toEqual(defaultSettings);
	});

	test('parseSetting accepts only values of the setting’s schema', () => {
		expect(parseSetting('theme', 'light')).toBe('light');
		expect(parseSetting('theme', null)).toBeUndefined();
	});

	test('a prototype key is not a setting', () => {
		expect(settingsFromEntries([{ key: 'toString', value: 'x' }])).toEqual(defaultSettings);
	});
});
