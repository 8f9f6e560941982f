import { describe, expect, test } from 'vitest';
import { streaks } from '$lib/domain/stats/streaks';
import { addDays } from '$lib/domain/time/day-names';

const today = '2026-11-28';
/** Study days given as offsets back from today (0 = today). */
const days = (...back: number[]) => new Set(back.map((offset) => addDays(today, -offset)));
const range = (from: number, to: number) =>
	Array.from({ length: from - to + 1 }, (_, index) => from - index);

describe('streaks: a day counts with any study; one missed day in any 7 is forgiven', () => {
	test('no study, no streak', () => {
		expect(streaks(new Set(), today)).toEqual({ current: 0, best: 0, forgiven: 0 });
	});

	test('today not yet studied does not break yesterday’s streak', () => {
		expect(streaks(days(...range(5, 1)), today)).toMatchObject({ current: 5, best: 5 });
		expect(streaks(days(...range(5, 0)), today)).toMatchObject({ current: 6, best: 6 });
	});

	test('one missed day is forgiven and counted in the length; yesterday missed too', () => {
		// Studied 9..5, missed 4, studied 3..1: one streak of 9 days.
		expect(streaks(days(...range(9, 5), ...range(3, 1)), today)).toEqual({
			current: 9,
			best: 9,
			forgiven: 1
		});
		// Missed only yesterday: still alive, not yet longer.
		expect(streaks(days(...range(6, 2)), today)).toEqual({ current: 5, best: 5, forgiven: 1 });
	});

	test('two days missed in a row end the streak', () => {
		expect(streaks(days(...range(10, 5), ...range(2, 0)), today)).toMatchObject({
			current: 3,
			best: 6
		});
		expect(streaks(days(...range(6, 3)), today)).toMatchObject({ current: 0, best: 4 });
	});

	test('a second miss within 7 days ends it, and the streak after the first miss goes on', () => {
		// Studied 12..9, missed 8, studied 7..5, missed 4, studied 3..0.
		const studied = days(...range(12, 9), ...range(7, 5), ...range(3, 0));
		// 12..5 is 8 days with one miss; 7..0 is 8 days with one miss.
		expect(streaks(studied, today)).toEqual({ current: 8, best: 8, forgiven: 1 });
	});

	test('misses 7 or more days apart are all forgiven', () => {
		const studied = days(...range(20, 0).filter((offset) => offset !== 15 && offset !== 8));
		expect(streaks(studied, today)).toEqual({ current: 21, best: 21, forgiven: 2 });
	});

	test('a gap of 30 days: the old streak is the best, the new one the current', () => {
		const studied = days(...range(45, 36), ...range(5, 0));
		expect(streaks(studied, today)).toEqual({ current: 6, best: 10, forgiven: 0 });
	});
});
