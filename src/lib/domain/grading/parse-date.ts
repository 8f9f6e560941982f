import { monthNames } from '../questions/dates';
import { editDistance } from './edit-distance';

export interface ParsedDate {
	year: number;
	month?: number;
	day?: number;
}

const months = monthNames.map((name) => name.toLowerCase());

/** Words around a date that do not change it ("in", "the end of", "since"). */
const filler = new Set(
	'in on of the at since by from around about circa end start beginning early late mid middle'.split(
		' '
	)
);

/** A month from its name, three-letter abbreviation, "sept", or a name with one slip. */
function monthOf(word: string): number | null {
	const exact = months.findIndex((name) => name === word || name.slice(0, 3) === word);
	if (exact >= 0) return exact + 1;
	if (word === 'sept') return 9;
	if (word.length < 4) return null;
	const close = months.flatMap((name, i) => (editDistance(word, name) <= 1 ? [i + 1] : []));
	return close.length === 1 ? (close[0] ?? null) : null;
}

/**
 * The date in a typed answer: `2022`, `July 2022`, `jul 2022`, `Septmber 2023`, `3 July 2022`,
 * `July 3rd, 2022`, `2022-07`, `7/2022`, `2022-07-03`. Day-month-year in digits only as ISO
 * (`3/7/2022` is ambiguous). `null` when it is not a date.
 */
export function parseDateAnswer(text: string): ParsedDate | null {
	const lower = text.toLowerCase().normalize('NFKC').trim();
	const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(lower);
	if (iso) return parts(iso[1], iso[2], iso[3]);
	const monthYear = /^(\d{1,2})\s*[/.]\s*(\d{4})$/.exec(lower);
	if (monthYear) return parts(monthYear[2], monthYear[1], undefined);

	let year: number | undefined;
	let month: number | undefined;
	let day: number | undefined;
	for (const [word] of lower.matchAll(/\d+(?:st|nd|rd|th)?|[a-z]+/g)) {
		if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
		else if (/^\d{1,2}(st|nd|rd|th)?$/.test(word) && day === undefined) day = parseInt(word, 10);
		else if (filler.has(word)) continue;
		else {
			const found = monthOf(word);
			if (found === null || month !== undefined) return null;
			month = found;
		}
	}
	if (year === undefined || (day !== undefined && month === undefined)) return null;
	return valid({ year, month, day });
}

function parts(year?: string, month?: string, day?: string): ParsedDate | null {
	return valid({
		year: Number(year),
		month: month === undefined ? undefined : Number(month),
		day: day === undefined ? undefined : Number(day)
	});
}

function valid(date: ParsedDate): ParsedDate | null {
	if (!Number.isInteger(date.year)) return null;
	if (date.month !== undefined && (date.month < 1 || date.month > 12)) return null;
	if (date.day !== undefined && (date.day < 1 || date.day > 31)) return null;
	const out: ParsedDate = { year: date.year };
	if (date.month !== undefined) out.month = date.month;
	if (date.day !== undefined) out.day = date.day;
	return out;
}

/**
 * Whether a typed date states the key date at its precision. More precision than asked is
 * fine ("January 2024" for "2024"); less is not ("2023" for "September 2023").
 */
export function sameDate(
	typed: ParsedDate,
	value: string,
	precision: 'year' | 'month' | 'day'
): boolean {
	const [year, month, day] = value.split('-').map(Number);
	if (typed.year !== year) return false;
	if (precision === 'year') return true;
	if (typed.month !== month) return false;
	return precision === 'month' || typed.day === day;
}
