import { describe, expect, test } from 'vitest';
import { weeklyAccuracy, shareOf } from '$lib/domain/stats/accuracy';
import { dailyActivity, heatmap, maxCountedMs, type CardRating } from '$lib/domain/stats/activity';
import { tallyDays } from '$lib/domain/stats/day-tally';
import { studyDay } from '$lib/domain/time/study-day';

const today = '2026-11-28';

function card(day: string, memoryId: string, rating: CardRating['rating'], at = 0): CardRating {
	return { memoryId, day, reviewedAt: at, rating, durationMs: 5_000 };
}

describe('daily activity and the heatmap', () => {
	test('each rating and each answer counts once per stored study day; long answers are capped', () => {
		const activity = dailyActivity(
			tallyDays(
				[
					card(today, 'p:a', 'good'),
					card(today, 'p:b', 'again'),
					card('2026-11-27', 'p:a', 'good')
				],
				[
					{ day: today, answeredAt: 0, correct: true, responseMs: 3_000_000, retry: false },
					{ day: today, answeredAt: 1, correct: false, responseMs: 4_000, retry: false }
				]
			)
		);
		expect(activity.get(today)).toEqual({
			ratings: 2,
			answers: 2,
			ms: 5_000 * 2 + maxCountedMs + 4_000
		});
		expect(activity.get('2026-11-27')?.ratings).toBe(1);
	});

	test('a rating at 03:59 belongs to the day before; at 04:00 to the day itself', () => {
		const zone = process.env.TZ;
		try {
			process.env.TZ = 'Europe/Berlin';
			expect(studyDay(new Date(2026, 10, 28, 3, 59).getTime())).toBe('2026-11-27');
			expect(studyDay(new Date(2026, 10, 28, 4, 0).getTime())).toBe('2026-11-28');
		} finally {
			process.env.TZ = zone;
		}
	});

	test('12 weeks in Monday-to-Sunday columns, ending with this week; levels by the busiest day', () => {
		const activity = dailyActivity(
			tallyDays(
				[...Array.from({ length: 8 }, (_, i) => card(today, `p:${i}`, 'good'))],
				[{ day: '2026-11-20', answeredAt: 0, correct: true, responseMs: 1, retry: false }]
			)
		);
		const cells = heatmap(activity, today);
		expect(cells).toHaveLength(84);
		// 28 November 2026 is a Saturday: row 5 of the last column; Sunday the 29th is future.
		const last = cells.at(-1);
		expect(last).toMatchObject({ day: '2026-11-29', weekday: 6, week: 11, future: true });
		expect(cells.find((cell) => cell.day === today)).toMatchObject({
			count: 8,
			level: 4,
			weekday: 5,
			future: false
		});
		expect(cells.find((cell) => cell.day === '2026-11-20')).toMatchObject({ count: 1, level: 1 });
		expect(cells[0]?.weekday).toBe(0);
	});
});

describe('accuracy at first try, per week', () => {
	test('a flashcard’s first rating of the day counts; a quiz retry does not', () => {
		const weeks = weeklyAccuracy(
			tallyDays(
				[
					card(today, 'p:a', 'again', 1),
					card(today, 'p:a', 'good', 2),
					card(today, 'p:b', 'good', 3),
					card('2026-11-21', 'p:a', 'good', 0)
				],
				[
					{ day: today, answeredAt: 0, correct: false, responseMs: 1, retry: false },
					{ day: today, answeredAt: 1, correct: true, responseMs: 1, retry: true }
				]
			),
			today,
			2
		);
		expect(weeks).toEqual([
			{ start: '2026-11-15', flashcards: { right: 1, total: 1 }, quizzes: { right: 0, total: 0 } },
			{ start: '2026-11-22', flashcards: { right: 1, total: 2 }, quizzes: { right: 0, total: 1 } }
		]);
	});

	test('with too few tries there is no figure to draw a trend from', () => {
		expect(shareOf({ right: 2, total: 3 })).toBeNull();
		expect(shareOf({ right: 9, total: 10 })).toBe(90);
	});
});
