import { shiftDate } from './dates';
import { dateValue, numberValue, type Value } from './values';

const dateSteps = {
	year: [1, 2, 3, 4, 5, 6],
	month: [1, 2, 3, 4, 5, 6, 8, 12, 18],
	day: [1, 2, 3, 5, 7, 10, 14, 21, 30]
} as const;

/**
 * Dates near a key date at its precision (a year, month or day apart, both ways): the pool
 * for a date when the pack has too few others. Nearby dates are the plausible confusions.
 */
export function nearbyDates(key: Value): Value[] {
	if (!key.date) return [];
	const { value, precision } = key.date;
	return dateSteps[precision]
		.flatMap((step) => [shiftDate(value, precision, -step), shiftDate(value, precision, step)])
		.filter((date): date is string => date !== null)
		.map((date) => dateValue(date, precision));
}

/**
 * Numbers near a key number of its unit: for a percentage its digits swapped (98 → 89) and
 * steps of 5 to 25 points within 1–100; for a count or duration ±1 to ±3, double and half.
 */
export function nearbyNumbers(key: Value): Value[] {
	if (!key.number) return [];
	const { value, unit } = key.number;
	const whole = Number.isInteger(value);
	const candidates: number[] = [];
	if (unit === 'percent') {
		if (whole && value >= 10 && value <= 99) {
			candidates.push(Number(String(value).split('').reverse().join('')));
		}
		for (const step of [5, 10, 15, 20, 25]) candidates.push(value - step, value + step);
		candidates.push(Math.round(value / 2));
	} else if (whole) {
		candidates.push(value + 1, value - 1, value + 2, value - 2, value + 3, value * 2);
		candidates.push(Math.round(value / 2), value + 5, value * 3);
	} else {
		for (const factor of [0.5, 0.75, 1.25, 1.5, 2]) {
			candidates.push(Number((value * factor).toPrecision(3)));
		}
	}
	const low = unit === 'percent' ? 1 : unit === 'count' ? 0 : 1;
	const high = unit === 'percent' ? 100 : Infinity;
	return [...new Set(candidates)]
		.filter((n) => n !== value && n >= low && n <= high)
		.map((n) => numberValue(n, unit));
}
