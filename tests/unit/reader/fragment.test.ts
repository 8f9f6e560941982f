import { describe, expect, test } from 'vitest';
import { factIdFromFragment } from '$lib/domain/reader/fragment';

describe('a fact link’s fragment', () => {
	test('names the fact, decoded', () => {
		expect(factIdFromFragment('#china-first-to-accept-taliban-diplomat')).toBe(
			'china-first-to-accept-taliban-diplomat'
		);
		expect(factIdFromFragment('#caf%C3%A9')).toBe('café');
		expect(factIdFromFragment('')).toBe('');
	});

	test('cut short in its percent-encoding is refused, not thrown', () => {
		expect(() => decodeURIComponent('%E0%A4%A')).toThrow(URIError);
		expect(factIdFromFragment('#%E0%A4%A')).toBeNull();
	});
});
