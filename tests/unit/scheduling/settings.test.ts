import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
	SchedulerSettingsSchema,
	defaultSchedulerSettings,
	parseSchedulerSettings
} from '$lib/domain/scheduling/settings';

const valid = (value: unknown) => v.safeParse(SchedulerSettingsSchema, value).success;

describe('scheduler settings', () => {
	test('the defaults are FSRS’s: 90 % retention, steps 1m 10m, relearning 10m, 100 years', () => {
		expect(defaultSchedulerSettings).toEqual({
			desiredRetention: 0.9,
			learningSteps: ['1m', '10m'],
			relearningSteps: ['10m'],
			maximumInterval: 36500
		});
		expect(valid(defaultSchedulerSettings)).toBe(true);
	});

	test('desired retention must lie between 0.7 and 0.99', () => {
		expect(valid({ ...defaultSchedulerSettings, desiredRetention: 0.7 })).toBe(true);
		expect(valid({ ...defaultSchedulerSettings, desiredRetention: 0.99 })).toBe(true);
		expect(valid({ ...defaultSchedulerSettings, desiredRetention: 0.69 })).toBe(false);
		expect(valid({ ...defaultSchedulerSettings, desiredRetention: 1 })).toBe(false);
	});

	test('steps are whole minutes, hours or days; no steps at all is allowed', () => {
		expect(valid({ ...defaultSchedulerSettings, learningSteps: ['5m', '1h', '1d'] })).toBe(true);
		expect(valid({ ...defaultSchedulerSettings, relearningSteps: [] })).toBe(true);
		for (const step of ['1.5m', '0m', '10', 'm', '10s', ' 10m']) {
			expect(valid({ ...defaultSchedulerSettings, learningSteps: [step] })).toBe(false);
		}
	});

	test('the maximum interval is a whole number of days up to 36500', () => {
		expect(valid({ ...defaultSchedulerSettings, maximumInterval: 365 })).toBe(true);
		expect(valid({ ...defaultSchedulerSettings, maximumInterval: 36501 })).toBe(false);
		expect(valid({ ...defaultSchedulerSettings, maximumInterval: 0 })).toBe(false);
		expect(valid({ ...defaultSchedulerSettings, maximumInterval: 1.5 })).toBe(false);
	});

	test('stored settings keep their valid fields and fall back to defaults for the rest', () => {
		expect(parseSchedulerSettings({ desiredRetention: 0.85, learningSteps: ['2h', 'x'] })).toEqual({
			...defaultSchedulerSettings,
			desiredRetention: 0.85
		});
		expect(parseSchedulerSettings(null)).toEqual(defaultSchedulerSettings);
	});
});
