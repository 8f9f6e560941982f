import { at } from './at';

/** English number words, shared by the generator (accepted forms) and grading (parsing). */

export const units = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
] as const;

export const tens = [
	'',
	'',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety'
] as const;

export const scales = { hundred: 100, thousand: 1000, million: 1_000_000 } as const;

function belowThousand(n: number): string {
	const hundreds = Math.floor(n / 100);
	const rest = n % 100;
	const parts: string[] = [];
	if (hundreds > 0) parts.push(`${units[hundreds]} hundred`);
	if (rest > 0 || hundreds === 0) {
		const words =
			rest < 20
				? at(units, rest)
				: `${tens[Math.floor(rest / 10)]}${rest % 10 ? `-${units[rest % 10]}` : ''}`;
		parts.push(hundreds > 0 ? `and ${words}` : words);
	}
	return parts.join(' ');
}

/** `98` → `ninety-eight`; whole numbers 0 to 999,999 only, else `null`. */
export function numberToWords(n: number): string | null {
	if (!Number.isInteger(n) || n < 0 || n >= 1_000_000) return null;
	const thousands = Math.floor(n / 1000);
	const rest = n % 1000;
	if (thousands === 0) return belowThousand(rest);
	const head = `${belowThousand(thousands)} thousand`;
	if (rest === 0) return head;
	return `${head}${rest < 100 ? ' and' : ''} ${belowThousand(rest)}`;
}

/** Every word that may be part of a written number, for scanning text. */
export const numberWordSet: ReadonlySet<string> = new Set<string>([
	...units,
	...tens.filter(Boolean),
	...Object.keys(scales),
	'and',
	'a'
]);

/**
 * The value of a run of number words (`ninety eight`, `one hundred and five`, `a thousand`),
 * or `null` when the words are not a number.
 */
export function wordsToNumber(words: readonly string[]): number | null {
	let total = 0;
	let current = 0;
	let seen = false;
	for (const word of words) {
		const unit = (units as readonly string[]).indexOf(word);
		const ten = (tens as readonly string[]).indexOf(word);
		if (unit >= 0) current += unit;
		else if (ten >= 2) current += ten * 10;
		else if (word === 'a') current += 1;
		else if (word === 'and') continue;
		else if (word in scales) {
			const scale = scales[word as keyof typeof scales];
			if (scale === 100) current = Math.max(current, 1) * 100;
			else {
				total += Math.max(current, 1) * scale;
				current = 0;
			}
		} else return null;
		seen = true;
	}
	return seen ? total + current : null;
}
