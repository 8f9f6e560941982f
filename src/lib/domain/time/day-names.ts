/**
 * Arithmetic on study-day names (`YYYY-MM-DD`, as stored with each log). A name is a calendar
 * date, not a moment: it is computed in UTC so that no time zone or daylight-saving change
 * can shift it.
 */

const dayMs = 86_400_000;

function toUtc(name: string): number {
	const [year, month, date] = name.split('-').map(Number);
	return Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

function fromUtc(ms: number): string {
	const time = new Date(ms);
	const month = String(time.getUTCMonth() + 1).padStart(2, '0');
	const date = String(time.getUTCDate()).padStart(2, '0');
	return `${String(time.getUTCFullYear()).padStart(4, '0')}-${month}-${date}`;
}

/** The day `days` after `name` (before, when negative). */
export function addDays(name: string, days: number): string {
	return fromUtc(toUtc(name) + days * dayMs);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtc(to) - toUtc(from)) / dayMs);
}

/** 0 for Monday … 6 for Sunday (ISO order, as a calendar heatmap's rows run). */
export function weekdayOf(name: string): number {
	return (new Date(toUtc(name)).getUTCDay() + 6) % 7;
}

/** The `count` days ending with `last`, oldest first. */
export function daysEnding(last: string, count: number): string[] {
	return Array.from({ length: count }, (_, index) => addDays(last, index - count + 1));
}
