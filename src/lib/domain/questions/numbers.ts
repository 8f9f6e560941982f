import type { FactObject } from '../pack/schema';
import { numberToWords } from './number-words';

export type NumberUnit = Extract<FactObject, { type: 'number' }>['unit'];

/** The unit written after a number: `year`/`years`, … (percent as `%`). */
function unitWord(value: number, unit: NumberUnit): string {
	if (unit === 'years') return value === 1 ? 'year' : 'years';
	if (unit === 'months') return value === 1 ? 'month' : 'months';
	return '';
}

/** `1234.5` → `1,234.5` (by hand: `toLocaleString` costs microseconds per call). */
function digits(value: number): string {
	const [whole = '', fraction] = String(Math.abs(value)).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** How a number is shown: `98%`, `2 years`, `1 month`, `3`. */
export function formatNumber(value: number, unit: NumberUnit): string {
	if (unit === 'percent') return `${digits(value)}%`;
	const word = unitWord(value, unit);
	return word ? `${digits(value)} ${word}` : digits(value);
}

/**
 * Ways of writing a number that count as right, shown form first: `98%`, `98`, `98 percent`,
 * `ninety-eight percent`, `ninety-eight` (grading parses any of these and more).
 */
export function numberForms(value: number, unit: NumberUnit): string[] {
	const words = numberToWords(value);
	const bare = digits(value);
	const unitName = unit === 'percent' ? 'percent' : unitWord(value, unit);
	const forms = [formatNumber(value, unit), bare];
	if (unitName && unit === 'percent') forms.push(`${bare} ${unitName}`);
	if (words) {
		if (unitName) forms.push(`${words} ${unitName}`);
		forms.push(words);
	}
	return [...new Set(forms)];
}

const numberToken =
	/\d+(?:[.,]\d+)*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\b/i;

/**
 * `text` with its number replaced by `value`, written the same way (digits or words), and a
 * following `year(s)`/`month(s)` made to agree: `more than 2 years` → `more than 1 year`.
 * `null` when `text` writes no number.
 */
export function replaceNumberIn(text: string, value: number, unit: NumberUnit): string | null {
	const match = numberToken.exec(text);
	if (!match) return null;
	const asWords = /^[a-z]/i.test(match[0]);
	const written = asWords ? numberToWords(value) : digits(value);
	if (written === null) return null;
	let after = text.slice(match.index + match[0].length);
	if (unit === 'years' || unit === 'months') {
		after = after.replace(/^(\s+)(year|month)s?\b/i, (_all, space: string, noun: string) =>
			value === 1 ? `${space}${noun}` : `${space}${noun}s`
		);
	}
	return text.slice(0, match.index) + written + after;
}
