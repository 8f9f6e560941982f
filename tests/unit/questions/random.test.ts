import { describe, expect, test } from 'vitest';
import { createRandom, hashSeed, LazyShuffle, shuffle } from '$lib/domain/questions/random';

describe('seeded randomness', () => {
	test('the same seed draws the same numbers; another seed others', () => {
		const draw = (seed: number) => {
			const random = createRandom(seed);
			return Array.from({ length: 20 }, () => random.int(0, 1000));
		};
		expect(draw(42)).toEqual(draw(42));
		expect(draw(42)).not.toEqual(draw(43));
	});

	test('draws stay within their inclusive bounds', () => {
		const random = createRandom(7);
		const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
		expect([...seen].sort()).toEqual([2, 3, 4, 5]);
	});

	test('seeds beyond 32 bits stay distinct instead of wrapping', () => {
		const first = (seed: number) => createRandom(seed).int(0, 1e9);
		expect(first(2 ** 32 + 1)).not.toBe(first(1));
	});

	test('a lazy shuffle yields every index exactly once', () => {
		const order = new LazyShuffle(50, createRandom(3));
		const drawn: number[] = [];
		for (let next = order.next(); next !== undefined; next = order.next()) drawn.push(next);
		expect([...drawn].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
		expect(drawn).not.toEqual([...drawn].sort((a, b) => a - b));
	});

	test('shuffle keeps the items and leaves its input alone', () => {
		const items = ['a', 'b', 'c', 'd', 'e'];
		const shuffled = shuffle(items, createRandom(1));
		expect([...shuffled].sort()).toEqual(items);
		expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	test('hashSeed is stable across runs (question content depends on it)', () => {
		expect(hashSeed('mcq:first-to-accept:0')).toBe(hashSeed('mcq:first-to-accept:0'));
		expect(hashSeed('')).toBe(0x811c9dc5 | 0);
	});
});
