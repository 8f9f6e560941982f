import { describe, expect, test } from 'vitest';
import { becomesLeech, leechThreshold } from '$lib/domain/scheduling/leech';

describe('leeches, as Anki counts them', () => {
	test('a fact becomes a leech at its 8th lapse, and again every 4 lapses after', () => {
		expect(leechThreshold).toBe(8);
		const caught = Array.from({ length: 20 }, (_, before) => before + 1).filter((after) =>
			becomesLeech(after - 1, after)
		);
		expect(caught).toEqual([8, 12, 16, 20]);
	});

	test('a rating that does not add a lapse never makes a leech', () => {
		expect(becomesLeech(8, 8)).toBe(false);
		expect(becomesLeech(9, 8)).toBe(false);
	});

	test('the threshold can be set, and a jump across it counts only when it lands on a step', () => {
		expect(becomesLeech(2, 3, 3)).toBe(true);
		expect(becomesLeech(3, 5, 3)).toBe(true);
		expect(becomesLeech(6, 9, 8)).toBe(false);
	});
});
