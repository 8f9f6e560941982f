/**
 * Short, Anki-like labels for a span of time: `<1m`, `10m`, `3h`, `3d`, `1.5mo`, `1.2y`. Used on
 * the rating buttons ("Good · 3d") and for "next card in 3h".
 */

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
// Anki's calendar-free units: a month is 30 days, a year 365.
const month = 30 * day;
const year = 365 * day;

/** A short label for `ms` milliseconds; negative spans read as `<1m`. */
export function formatInterval(ms: number): string {
	// Each unit is used while its rounded value stays below the next unit, so 59.7 minutes
	// reads as `1h`, not `60m`.
	const minutes = Math.round(ms / minute);
	if (minutes < 1) return '<1m';
	if (minutes < 60) return `${minutes}m`;
	const hours = Math.round(ms / hour);
	if (hours < 24) return `${hours}h`;
	const days = Math.round(ms / day);
	if (days < 30) return `${days}d`;
	const months = oneDecimal(ms / month);
	if (months < 12) return `${months}mo`;
	return `${oneDecimal(ms / year)}y`;
}

/** Rounded to one decimal; `String()` then drops a trailing `.0`. */
function oneDecimal(value: number): number {
	return Math.round(value * 10) / 10;
}
