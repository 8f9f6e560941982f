import type { FactObject } from '../pack/schema';

/** Dates as the pack stores them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at a precision. */
export type DatePrecision = Extract<FactObject, { type: 'date' }>['precision'];

export const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

interface DateParts {
	year: number;
	month: number;
	day: number;
}

function parts(value: string): DateParts {
	const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
	return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The pack form of a date at a precision, e.g. `2022-07`. */
function isoDate(date: DateParts, precision: DatePrecision): string {
	if (precision === 'year') return String(date.year);
	if (precision === 'month') return `${date.year}-${pad(date.month)}`;
	return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** How a date is shown: `2021`, `July 2022`, `3 July 2022` (British order, as the article). */
export function formatDate(value: string, precision: DatePrecision): string {
	const { year, month, day } = parts(value);
	const monthName = monthNames[month - 1] ?? '';
	if (precision === 'year') return String(year);
	if (precision === 'month') return `${monthName} ${year}`;
	return `${day} ${monthName} ${year}`;
}

/** Ways of writing a date that a worksheet's answer key lists; grading parses any form. */
export function dateForms(value: string, precision: DatePrecision): string[] {
	const { year, month, day } = parts(value);
	const monthName = monthNames[month - 1] ?? '';
	if (precision === 'year') return [String(year)];
	if (precision === 'month') {
		return [`${monthName} ${year}`, `${monthName.slice(0, 3)} ${year}`, value, `${month}/${year}`];
	}
	return [`${day} ${monthName} ${year}`, `${monthName} ${day}, ${year}`, value];
}

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The span a date covers, as `[start, end)` on a monotone day scale (31 slots a month, 372 a
 * year): `2021` covers all of `2021-08`, so the two overlap and cannot be put in order.
 */
export function dateInterval(value: string, precision: DatePrecision): [number, number] {
	const { year, month, day } = parts(value);
	const monthStart = (year * 12 + month - 1) * 31;
	if (precision === 'year') return [year * 372, (year + 1) * 372];
	if (precision === 'month') return [monthStart, monthStart + 31];
	return [monthStart + day - 1, monthStart + day];
}

export function intervalsOverlap(a: [number, number], b: [number, number]): boolean {
	return a[0] < b[1] && b[0] < a[1];
}

/**
 * A date moved by `delta` units of its own precision (years, months or days), or `null` when it
 * would leave years 1–9999.
 */
export function shiftDate(value: string, precision: DatePrecision, delta: number): string | null {
	const date = parts(value);
	if (precision === 'year') date.year += delta;
	else if (precision === 'month') {
		const index = date.year * 12 + date.month - 1 + delta;
		date.year = Math.floor(index / 12);
		date.month = (index % 12) + 1;
	} else {
		let day = date.day + delta;
		while (day < 1) {
			date.month -= 1;
			if (date.month < 1) [date.month, date.year] = [12, date.year - 1];
			day += daysInMonth(date.year, date.month);
		}
		while (day > daysInMonth(date.year, date.month)) {
			day -= daysInMonth(date.year, date.month);
			date.month += 1;
			if (date.month > 12) [date.month, date.year] = [1, date.year + 1];
		}
		date.day = day;
	}
	if (date.year < 1 || date.year > 9999) return null;
	return isoDate(date, precision);
}

const monthPattern = monthNames.join('|');
const datePatterns: Record<DatePrecision, RegExp[]> = {
	day: [
		new RegExp(`\\b(\\d{1,2}) (${monthPattern}),? (\\d{4})\\b`),
		new RegExp(`\\b(${monthPattern}) (\\d{1,2}),? (\\d{4})\\b`),
		/\b\d{4}-\d{2}-\d{2}\b/
	],
	month: [new RegExp(`\\b(${monthPattern}),? (\\d{4})\\b`), /\b\d{4}-\d{2}\b/],
	year: [/\b\d{4}\b/]
};

/**
 * `text` with the date written in it replaced by `value`, in the same style (`July 2022` →
 * `March 2021`; `3 July 2022` → `5 July 2022`); `null` when no date of that precision is
 * written there (e.g. "last September").
 */
export function replaceDateIn(
	text: string,
	value: string,
	precision: DatePrecision
): string | null {
	for (const pattern of datePatterns[precision]) {
		const match = pattern.exec(text);
		if (!match) continue;
		const { year, month, day } = parts(value);
		const monthName = monthNames[month - 1] ?? '';
		const written = match[0];
		let replacement: string;
		if (/^\d{4}-/.test(written)) replacement = value;
		else if (precision === 'year') replacement = String(year);
		else if (precision === 'month')
			replacement = `${monthName}${written.includes(',') ? ',' : ''} ${year}`;
		else if (/^\d/.test(written)) replacement = `${day} ${monthName} ${year}`;
		else replacement = `${monthName} ${day}, ${year}`;
		return text.slice(0, match.index) + replacement + text.slice(match.index + written.length);
	}
	return null;
}
