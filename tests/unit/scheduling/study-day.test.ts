// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { nextStudyDayStart, startOfStudyDay, studyDay } from '$lib/domain/time/study-day';

// Built with the local-time constructor, so every case holds in whatever zone the tests run.
const local = (y: number, m: number, d: number, h = 0, min = 0) =>
	new Date(y, m - 1, d, h, min).getTime();

describe('study day', () => {
	test('03:59 still belongs to the previous study day', () => {
		expect(studyDay(local(2025, 3, 10, 3, 59))).toBe('2025-03-09');
	});

	test('04:00 starts a new study day', () => {
		expect(studyDay(local(2025, 3, 10, 4, 0))).toBe('2025-03-10');
		expect(studyDay(local(2025, 3, 10, 23, 59))).toBe('2025-03-10');
	});

	test('the study day rolls over across a month and a year', () => {
		expect(studyDay(local(2025, 3, 1, 1, 0))).toBe('2025-02-28');
		expect(studyDay(local(2025, 1, 1, 2, 0))).toBe('2024-12-31');
	});

	test('the rollover hour can be changed, midnight giving the calendar date', () => {
		expect(studyDay(local(2025, 3, 10, 5, 59), 6)).toBe('2025-03-09');
		expect(studyDay(local(2025, 3, 10, 0, 0), 0)).toBe('2025-03-10');
	});

	test('the start of a study day is the most recent 04:00', () => {
		expect(startOfStudyDay(local(2025, 3, 10, 12, 30))).toBe(local(2025, 3, 10, 4));
		expect(startOfStudyDay(local(2025, 3, 10, 4, 0))).toBe(local(2025, 3, 10, 4));
		expect(startOfStudyDay(local(2025, 3, 10, 3, 59))).toBe(local(2025, 3, 9, 4));
	});

	test('the next study day starts at the coming 04:00', () => {
		expect(nextStudyDayStart(local(2025, 3, 10, 12, 30))).toBe(local(2025, 3, 11, 4));
		expect(nextStudyDayStart(local(2025, 3, 10, 3, 59))).toBe(local(2025, 3, 10, 4));
		expect(nextStudyDayStart(local(2025, 12, 31, 22))).toBe(local(2026, 1, 1, 4));
	});

	test('every study day of a year starts at 04:00 local, across daylight-saving changes', () => {
		let start = startOfStudyDay(local(2025, 1, 1, 12));
		for (let i = 0; i < 366; i += 1) {
			const next = nextStudyDayStart(start);
			expect(new Date(next).getHours()).toBe(4);
			expect(studyDay(next)).not.toBe(studyDay(start));
			expect(startOfStudyDay(next - 1)).toBe(start);
			start = next;
		}
	});

	test('a rollover hour outside 0–23 is refused', () => {
		expect(() => studyDay(0, 24)).toThrow(RangeError);
		expect(() => studyDay(0, 1.5)).toThrow(RangeError);
	});
});
