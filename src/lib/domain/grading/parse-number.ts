import type { NumberUnit } from '../questions/numbers';
import { numberWordSet, wordsToNumber } from '../questions/number-words';

export interface ParsedNumber {
	value: number;
	/** The unit written after the number, if any. */
	unit: NumberUnit | null;
}

const unitWords: [RegExp, NumberUnit][] = [
	[/^\s*(%|percent\b|per\s*cent\b|pct\b|pc\b)/, 'percent'],
	[/^\s*(years?|yrs?)\b/, 'years'],
	[/^\s*(months?|mos?)\b/, 'months']
];

/**
 * The number in a typed answer, in digits (`98`, `1,000`, `2.5`) or words (`ninety-eight`,
 * `one hundred and five`), with the unit written after it (`%`, `percent`, `per cent`,
 * `years`, `months`). Words before it (`about`, `more than`) are ignored. `null` if none.
 */
export function parseNumberAnswer(text: string): ParsedNumber | null {
	const lower = text.toLowerCase().normalize('NFKC');
	const digits = /-?\d+(?:,\d{3})*(?:\.\d+)?|-?\.\d+/.exec(lower);
	if (digits) {
		const value = Number(digits[0].replace(/,/g, ''));
		if (!Number.isFinite(value)) return null;
		return { value, unit: unitAfter(lower.slice(digits.index + digits[0].length)) };
	}
	const tokens = [...lower.matchAll(/[a-z]+|%/g)].map((match) => ({
		word: match[0],
		end: match.index + match[0].length
	}));
	const isNumberWord = (i: number) => numberWordSet.has(tokens[i]?.word ?? '');
	const isJoiner = (i: number) => ['and', 'a'].includes(tokens[i]?.word ?? '');
	for (let start = 0; start < tokens.length; start += 1) {
		if (!isNumberWord(start) || isJoiner(start)) continue;
		let end = start;
		while (end < tokens.length && isNumberWord(end)) end += 1;
		// A trailing "and"/"a" belongs to the words after the number, not to it.
		while (end > start + 1 && isJoiner(end - 1)) end -= 1;
		const words = tokens.slice(start, end);
		const value = wordsToNumber(words.map((token) => token.word));
		if (value === null) return null;
		return { value, unit: unitAfter(lower.slice(words[words.length - 1]?.end ?? 0)) };
	}
	return null;
}

function unitAfter(rest: string): NumberUnit | null {
	return unitWords.find(([pattern]) => pattern.test(rest))?.[1] ?? null;
}
