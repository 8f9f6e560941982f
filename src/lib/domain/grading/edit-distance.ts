import levenshtein from 'damerau-levenshtein';

/** Longest input compared by edit distance; longer answers must match exactly. */
const maxLength = 200;

/**
 * The restricted Damerau–Levenshtein (optimal string alignment) distance: insertions,
 * deletions, substitutions and swaps of two adjacent characters each cost 1
 * ("xinjaing" → "xinjiang" is 1). Callers only ask whether it is at most 2; the library stops
 * early on far-apart strings, returning a figure that is still above 2.
 */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length > maxLength || b.length > maxLength) return Infinity;
	return levenshtein(a, b).steps;
}

/**
 * Spelling slips forgiven in a typed answer, scaled to the answer's length in letters and
 * digits: none up to 3 ("US"), 1 from 4 to 7 ("Kabul"), 2 from 8 ("Xinjiang").
 */
export function allowedTypos(answer: string): number {
	const length = answer.replace(/\s+/g, '').length;
	if (length <= 3) return 0;
	return length <= 7 ? 1 : 2;
}
