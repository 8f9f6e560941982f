import { describe, expect, test } from 'vitest';
import { tabId } from '$lib/state/tab-id';

function memoryStorage() {
	const items = new Map<string, string>();
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value)
	};
}

describe('a tab’s identity', () => {
	test('is kept by the tab (a reload reads the same sessionStorage) and differs between tabs', () => {
		const tabA = memoryStorage();
		const tabB = memoryStorage();
		const first = tabId(tabA);
		expect(tabId(tabA)).toBe(first);
		expect(tabId(tabB)).not.toBe(first);
	});
});
