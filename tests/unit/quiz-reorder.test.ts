import { expect, test } from 'vitest';
import { moveItem } from '$lib/domain/quiz/reorder';

test('moves an item earlier or later, shifting the others', () => {
	expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
	expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
	expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'b', 'c']);
});

test('positions outside the list are clamped, and the input is left untouched', () => {
	const items = ['a', 'b', 'c'];
	expect(moveItem(items, 0, 9)).toEqual(['b', 'c', 'a']);
	expect(moveItem(items, -3, 1)).toEqual(['b', 'a', 'c']);
	expect(items).toEqual(['a', 'b', 'c']);
	expect(moveItem([], 0, 1)).toEqual([]);
});
