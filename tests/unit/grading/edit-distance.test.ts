import { describe, expect, test } from 'vitest';
import { allowedTypos, editDistance } from '$lib/domain/grading/edit-distance';

describe('edit distance', () => {
	test('a swap of two adjacent letters costs 1 (Damerau)', () => {
		expect(editDistance('xinjiang', 'xinjaing')).toBe(1);
		expect(editDistance('ab', 'ba')).toBe(1);
	});

	test('is the restricted variant (optimal string alignment): no edits inside a swap', () => {
		// Unrestricted Damerau–Levenshtein gives 2 here; the library gives 3.
		expect(editDistance('ca', 'abc')).toBe(3);
	});

	test('counts insertions, deletions and substitutions', () => {
		expect(editDistance('kabul', 'kabol')).toBe(1);
		expect(editDistance('kabul', 'kazan')).toBe(3);
		expect(editDistance('russia', 'rusia')).toBe(1);
	});

	test('allows no typo up to 3 letters, 1 for 4–7, 2 beyond', () => {
		expect([allowedTypos('us'), allowedTypos('prc')]).toEqual([0, 0]);
		expect([allowedTypos('iran'), allowedTypos('pakista')]).toEqual([1, 1]);
		expect([allowedTypos('xinjiang'), allowedTypos('central asia')]).toEqual([2, 2]);
	});
});
