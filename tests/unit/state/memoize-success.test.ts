import { describe, expect, test } from 'vitest';
import { memoizeSuccess } from '$lib/state/memoize-success';

describe('a lazily loaded module', () => {
	test('is loaded once and kept', async () => {
		let loads = 0;
		const load = memoizeSuccess(async () => ++loads);
		expect(await load()).toBe(1);
		expect(await load()).toBe(1);
		expect(loads).toBe(1);
	});

	test('that failed to load (offline) is tried again, and kept once it loads', async () => {
		let online = false;
		let loads = 0;
		const load = memoizeSuccess(async () => {
			loads += 1;
			if (!online) throw new TypeError('Failed to fetch dynamically imported module');
			return 'repositories';
		});
		await expect(load()).rejects.toThrow('Failed to fetch');
		await expect(load()).rejects.toThrow('Failed to fetch');
		online = true;
		expect(await load()).toBe('repositories');
		expect(await load()).toBe('repositories');
		expect(loads).toBe(3);
	});
});
