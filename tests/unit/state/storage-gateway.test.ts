import { describe, expect, test } from 'vitest';
import type { Repositories } from '$lib/db/repositories';
import { createStorageGateway, type StoredData } from '$lib/state/storage-gateway';

function gateway(initially: StoredData) {
	let state = initially;
	let opens = 0;
	let failures = 0;
	const repositories = {} as Repositories;
	const storage = createStorageGateway({
		open: async () => {
			opens += 1;
			if (failures > 0) {
				failures -= 1;
				throw new Error('chunk could not be fetched');
			}
			state = 'present';
			return repositories;
		},
		probe: async () => state
	});
	return {
		storage,
		repositories,
		opens: () => opens,
		failNextOpen: () => {
			failures += 1;
		}
	};
}

describe('the storage gateway', () => {
	test('reads see an empty store, without opening the database, until something is stored', async () => {
		const { storage, opens } = gateway('absent');
		expect(await storage.reader()).toBeNull();
		expect(await storage.storedData()).toBe('absent');
		expect(opens()).toBe(0);
	});

	test('the first write opens the database once; reads use it from then on', async () => {
		const { storage, repositories, opens } = gateway('absent');
		expect(await storage.writer()).toBe(repositories);
		expect(await storage.reader()).toBe(repositories);
		expect(await storage.writer()).toBe(repositories);
		expect(await storage.storedData()).toBe('present');
		expect(opens()).toBe(1);
	});

	test('stored data found on a later visit is read through the database', async () => {
		const { storage, repositories } = gateway('present');
		expect(await storage.reader()).toBe(repositories);
	});

	test('a failed open is not kept: the next call opens again and succeeds', async () => {
		const { storage, repositories, failNextOpen, opens } = gateway('absent');
		failNextOpen();
		await expect(storage.writer()).rejects.toThrow('chunk could not be fetched');
		expect(await storage.writer()).toBe(repositories);
		expect(opens()).toBe(2);
	});

	test('without IndexedDB, reads see nothing and say so', async () => {
		const { storage } = gateway('unavailable');
		expect(await storage.reader()).toBeNull();
		expect(await storage.storedData()).toBe('unavailable');
	});
});
