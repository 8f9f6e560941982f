import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import type { CardRating, QuizAnswerEvent } from '$lib/domain/stats/activity';
import { tallyDays } from '$lib/domain/stats/day-tally';
import { dueForecast } from '$lib/domain/stats/forecast';
import { buildProgress, type ProgressInput } from '$lib/domain/stats/progress';
import { statisticsToday } from '$lib/domain/stats/statistics-today';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import type { MemoryState } from '$lib/domain/scheduling/memory';
import { studyDay } from '$lib/domain/time/study-day';

// A learner who travels: each rating is stored with the study day of the zone it was made in
// (the study day rolls over at 04:00 local time), and the statistics are read in another zone.
// Every record must stay on the day it was stored under.

const pack = loadBuiltinPack();
const hour = 3_600_000;
const zone = process.env.TZ;

beforeEach(() => {
	process.env.TZ = 'UTC';
});

afterEach(() => {
	process.env.TZ = zone;
});

/** A flashcard rating made at `at` in the zone in force now, stored with that zone's study day. */
function rated(memoryId: string, at: number, rating: CardRating['rating'] = 'good'): CardRating {
	return { memoryId, day: studyDay(at), reviewedAt: at, rating, durationMs: 10_000 };
}

/** A quiz answer made at `at` in the zone in force now. */
function answered(at: number, correct = true): QuizAnswerEvent {
	return { day: studyDay(at), answeredAt: at, correct, responseMs: 5_000, retry: false };
}

function progressOf(ratings: CardRating[], answers: QuizAnswerEvent[], now: number) {
	const input: ProgressInput = {
		pack,
		memories: new Map(),
		suspended: new Set(),
		// Each day tallied from its own records, as they are stored.
		tallies: tallyDays(ratings, answers),
		studyDays: new Set([...ratings, ...answers].map((event) => event.day)),
		now
	};
	return buildProgress(input);
}

const countOn = (progress: ReturnType<typeof progressOf>, day: string) =>
	progress.heatmap.find((cell) => cell.day === day);

describe('statistics read after a move westward (Berlin → New York)', () => {
	// 09:00 in Berlin on the 26th and 27th, and 05:00 on the 28th: study days 26, 27 and 28.
	const times = [Date.UTC(2026, 10, 26, 8), Date.UTC(2026, 10, 27, 8), Date.UTC(2026, 10, 28, 4)];
	// An hour after the last, in New York: 00:00 on the 28th, still the 27th's study day there.
	const now = Date.UTC(2026, 10, 28, 5);

	function stored() {
		process.env.TZ = 'Europe/Berlin';
		const ratings = times.map((at, index) => rated(`p:fact-${index}`, at));
		const answers = [answered(times[2]! + 60_000)];
		expect(ratings.map((rating) => rating.day)).toEqual(['2026-11-26', '2026-11-27', '2026-11-28']);
		process.env.TZ = 'America/New_York';
		expect(studyDay(now)).toBe('2026-11-27');
		return { ratings, answers };
	}

	test('the day begun in Berlin keeps its ratings in the calendar, not drawn as the future', () => {
		const { ratings, answers } = stored();
		const progress = progressOf(ratings, answers, now);
		expect(progress.today).toBe('2026-11-28');
		expect(countOn(progress, '2026-11-26')).toMatchObject({ count: 1, future: false });
		expect(countOn(progress, '2026-11-27')).toMatchObject({ count: 1, future: false });
		expect(countOn(progress, '2026-11-28')).toMatchObject({ count: 2, future: false });
		expect(progress.heatmap.reduce((sum, cell) => sum + cell.count, 0)).toBe(4);
	});

	test('the streak counts all three study days', () => {
		const { ratings, answers } = stored();
		expect(progressOf(ratings, answers, now).streaks).toEqual({ current: 3, best: 3, forgiven: 0 });
	});

	test('the week’s accuracy and the time studied count the day begun in Berlin', () => {
		const { ratings, answers } = stored();
		const progress = progressOf(ratings, answers, now);
		expect(progress.weeks.at(-1)?.flashcards).toEqual({ right: 3, total: 3 });
		expect(progress.weeks.at(-1)?.quizzes).toEqual({ right: 1, total: 1 });
		expect(progress.time.at(-1)).toEqual({ day: '2026-11-28', ms: 10_000 + 5_000 });
		expect(progress.time.reduce((sum, day) => sum + day.ms, 0)).toBe(3 * 10_000 + 5_000);
	});

	test('once New York’s own 28th begins, its study joins the same day', () => {
		const { ratings, answers } = stored();
		// 09:00 in New York on the 28th.
		const later = Date.UTC(2026, 10, 28, 14);
		const progress = progressOf([...ratings, rated('p:fact-9', later)], answers, later);
		expect(progress.today).toBe('2026-11-28');
		expect(countOn(progress, '2026-11-28')?.count).toBe(3);
		expect(progress.streaks.current).toBe(3);
	});
});

describe('statistics read after a move eastward', () => {
	test('New York → Berlin: a late-night rating stays on the New York day; the Berlin day is its own', () => {
		process.env.TZ = 'America/New_York';
		// 23:30 in New York on the 26th and the 27th (05:30 the next morning in Berlin).
		const ratings = [
			rated('p:a', Date.UTC(2026, 10, 27, 4, 30)),
			rated('p:b', Date.UTC(2026, 10, 28, 4, 30))
		];
		expect(ratings.map((rating) => rating.day)).toEqual(['2026-11-26', '2026-11-27']);
		process.env.TZ = 'Europe/Berlin';
		// 09:00 in Berlin on the 28th; the second rating was made at 05:30 on this day here.
		const now = Date.UTC(2026, 10, 28, 8);
		expect(studyDay(ratings[1]!.reviewedAt)).toBe('2026-11-28');
		const progress = progressOf(ratings, [], now);
		expect(progress.today).toBe('2026-11-28');
		expect(countOn(progress, '2026-11-27')?.count).toBe(1);
		expect(countOn(progress, '2026-11-28')).toMatchObject({ count: 0, future: false });
		expect(progress.time.at(-1)).toEqual({ day: '2026-11-28', ms: 0 });
		// Today, not yet studied here, does not break the streak.
		expect(progress.streaks).toEqual({ current: 2, best: 2, forgiven: 0 });
		const studied = progressOf([...ratings, rated('p:c', now)], [], now);
		expect(countOn(studied, '2026-11-28')?.count).toBe(1);
		expect(studied.streaks).toEqual({ current: 3, best: 3, forgiven: 0 });
	});

	test('New York → Tokyo: the study day lost in the flight is a forgiven miss, not a break', () => {
		process.env.TZ = 'America/New_York';
		// 20:00 in New York on the 26th and the 27th.
		const ratings = [
			rated('p:a', Date.UTC(2026, 10, 27, 1)),
			rated('p:b', Date.UTC(2026, 10, 28, 1))
		];
		process.env.TZ = 'Asia/Tokyo';
		// 10:00 in Tokyo on the 29th: the 28th passed in the air.
		const now = Date.UTC(2026, 10, 29, 1);
		expect(studyDay(now)).toBe('2026-11-29');
		const before = progressOf(ratings, [], now);
		expect(before.streaks).toEqual({ current: 2, best: 2, forgiven: 1 });
		expect(countOn(before, '2026-11-27')?.count).toBe(1);
		expect(countOn(before, '2026-11-28')?.count).toBe(0);
		const after = progressOf([...ratings, rated('p:c', now)], [], now);
		expect(after.streaks).toEqual({ current: 4, best: 4, forgiven: 1 });
	});
});

describe('the day the statistics end on', () => {
	test('the study day of now in this zone, or a later one already stored, up to 2 days on', () => {
		process.env.TZ = 'America/New_York';
		const now = Date.UTC(2026, 10, 28, 5);
		expect(statisticsToday(now, [])).toBe('2026-11-27');
		expect(statisticsToday(now, ['2026-11-20', '2026-11-27'])).toBe('2026-11-27');
		expect(statisticsToday(now, ['2026-11-28'])).toBe('2026-11-28');
		// From the far side of the date line (UTC+14 to UTC−12), two days ahead.
		expect(statisticsToday(now, ['2026-11-29'])).toBe('2026-11-29');
		// Further ahead only a wrong clock could have stored: not followed.
		expect(statisticsToday(now, ['2026-11-28', '2026-12-05'])).toBe('2026-11-28');
	});
});

describe('the forecast after a change of zone', () => {
	const scheduler = createScheduler();

	/** A memory in review, due at `due`. */
	function dueAt(due: number): MemoryState {
		const base = scheduler.rate(
			scheduler.newMemory(due - 10 * 24 * hour),
			'easy',
			due - 10 * 24 * hour
		);
		return { ...base.memory, state: 'review', due, scheduledDays: 10 };
	}

	test('each review falls on the study day its moment falls in where you are; none lost or doubled', () => {
		// Scheduled in Berlin; due at 03:00 UTC on the 30th: 04:00 on the 30th in Berlin, 22:00
		// on the 29th in New York. One overdue, one later on today, one beyond the 14 days.
		const memories = [
			dueAt(Date.UTC(2026, 10, 30, 3)),
			dueAt(Date.UTC(2026, 10, 27, 12)),
			dueAt(Date.UTC(2026, 10, 28, 20)),
			dueAt(Date.UTC(2026, 11, 20, 12))
		];
		const now = Date.UTC(2026, 10, 28, 14);
		process.env.TZ = 'Europe/Berlin';
		const berlin = dueForecast(memories, now);
		process.env.TZ = 'America/New_York';
		const newYork = dueForecast(memories, now);
		const byDay = (days: { day: string; due: number }[]) =>
			Object.fromEntries(days.filter((day) => day.due > 0).map((day) => [day.day, day.due]));
		expect(byDay(berlin)).toEqual({ '2026-11-28': 2, '2026-11-30': 1 });
		expect(byDay(newYork)).toEqual({ '2026-11-28': 2, '2026-11-29': 1 });
		expect(berlin[0]?.day).toBe('2026-11-28');
		expect(newYork[0]?.day).toBe('2026-11-28');
	});
});
