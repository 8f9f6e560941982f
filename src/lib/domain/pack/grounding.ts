import { monthNames } from '../questions/dates';
import { tens, units, wordsToNumber } from '../questions/number-words';

/**
 * The date and number tokens of a text, for the grounding check: a fact's dates and numbers
 * must all come from its source quote. A token is compared by what it means, not how it is
 * written: `two` and `2` are the same number, `September` the same month wherever it occurs.
 */
export interface GroundingToken {
	/** As written, e.g. `98`, `ninety-eight`, `September`. */
	text: string;
	/** What it means: `n:98`, `m:9`. */
	key: string;
}

const scaleWords = new Set(['hundred', 'thousand', 'million']);
const numberWords = new Set<string>([...units, ...tens.filter(Boolean), ...scaleWords]);

/** Month names are matched as written, capitalised, so the verb "may" is no month. */
const months = new Map<string, number>(monthNames.map((name, i) => [name, i + 1]));

/**
 * Digit runs (`98`, `2022`, `1,000`, `2.5`), month names, and runs of number words
 * (`two`, `ninety-eight`, `one hundred and five`), in order.
 */
export function groundingTokens(text: string): GroundingToken[] {
	const tokens: GroundingToken[] = [];
	const words = [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?|[\p{L}]+/gu)];
	for (let i = 0; i < words.length; i += 1) {
		const match = words[i];
		if (!match) continue;
		const word = match[0];
		if (/^\d/.test(word)) {
			tokens.push({ text: word, key: `n:${Number(word.replace(/,/g, ''))}` });
			continue;
		}
		const month = months.get(word);
		if (month !== undefined) {
			tokens.push({ text: word, key: `m:${month}` });
			continue;
		}
		if (!numberWords.has(word.toLowerCase())) continue;
		// A run of number words joined by spaces or hyphens ("ninety-eight", "one hundred and five").
		const run = [word.toLowerCase()];
		let end = i;
		for (let j = i + 1; j < words.length; j += 1) {
			const next = words[j];
			const previous = words[j - 1];
			if (!next || !previous) break;
			const gap = text.slice(previous.index + previous[0].length, next.index);
			if (!/^[\s-]+$/.test(gap)) break;
			const lower = next[0].toLowerCase();
			const isAnd = lower === 'and' && scaleWords.has(run[run.length - 1] ?? '');
			if (!numberWords.has(lower) && !isAnd) break;
			run.push(lower);
			if (!isAnd) end = j;
		}
		while (run[run.length - 1] === 'and') run.pop();
		const last = words[end] ?? match;
		const written = text.slice(match.index, last.index + last[0].length);
		const value = wordsToNumber(run);
		tokens.push({ text: written, key: value === null ? `w:${run.join(' ')}` : `n:${value}` });
		i = end;
	}
	return tokens;
}
