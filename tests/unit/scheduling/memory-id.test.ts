import { describe, expect, test } from 'vitest';
import { memoryId, parseMemoryId } from '$lib/domain/scheduling/memory-id';

describe('memory ids', () => {
	test('a memory id joins pack id and fact id with a colon', () => {
		expect(memoryId('sahel-drought', 'f12')).toBe('sahel-drought:f12');
	});

	test('parsing a memory id gives back the pack id and fact id', () => {
		expect(parseMemoryId(memoryId('sahel-drought', 'f12'))).toEqual({
			packId: 'sahel-drought',
			factId: 'f12'
		});
	});

	test('a fact id may itself hold a colon; the pack id never does', () => {
		expect(parseMemoryId(memoryId('pack', 'a:b'))).toEqual({ packId: 'pack', factId: 'a:b' });
		expect(() => memoryId('pa:ck', 'f1')).toThrow(RangeError);
	});

	test('empty parts are not memory ids', () => {
		expect(() => memoryId('', 'f1')).toThrow(RangeError);
		expect(() => memoryId('pack', '')).toThrow(RangeError);
		expect(parseMemoryId('pack')).toBeUndefined();
		expect(parseMemoryId(':f1')).toBeUndefined();
		expect(parseMemoryId('pack:')).toBeUndefined();
	});
});
