import { describe, expect, test } from 'vitest';
import { parseSetting, rangeMessage, settingRanges } from '$lib/domain/settings';

describe('the numeric settings’ ranges', () => {
	test('are the ones their schemas accept: both ends in, a step beyond out', () => {
		for (const key of ['desiredRetention', 'newCardsPerDay'] as const) {
			const { min, max, step } = settingRanges[key];
			expect(parseSetting(key, min), `${key} ${min}`).toBe(min);
			expect(parseSetting(key, max), `${key} ${max}`).toBe(max);
			expect(parseSetting(key, min - step), `${key} below`).toBeUndefined();
			expect(parseSetting(key, max + step), `${key} above`).toBeUndefined();
		}
	});

	test('give the settings screen its messages', () => {
		expect(rangeMessage('desiredRetention')).toBe('Enter a number from 0.70 to 0.99.');
		expect(rangeMessage('newCardsPerDay')).toBe('Enter a whole number from 0 to 999.');
	});
});
