import type { Repositories } from '$lib/db/repositories';
import { memoizeSuccess } from './memoize-success';

export type StoredData = 'present' | 'absent' | 'unavailable';

/**
 * The one way to the repositories. Dexie is a third of the first-load JavaScript, and a first
 * visit has nothing stored: reads see an empty store (`null`) without loading it, until the
 * first write opens the database. No controller knows about the laziness.
 */
export interface StorageGateway {
	/** The repositories for reading, or `null` while this device has stored nothing. */
	reader(): Promise<Repositories | null>;
	/** The repositories for writing: opens (and on a first visit creates) the database. */
	writer(): Promise<Repositories>;
	/** Whether this device holds the app's data; `unavailable` without IndexedDB. */
	storedData(): Promise<StoredData>;
}

export function createStorageGateway(options: {
	/** Opens the repositories; a failed open is tried again on the next call. */
	open: () => Promise<Repositories>;
	/** Asks IndexedDB (not Dexie) whether the database exists. */
	probe: () => Promise<StoredData>;
}): StorageGateway {
	const open = memoizeSuccess(options.open);
	let opened = false;
	const writer = async () => {
		const repositories = await open();
		opened = true;
		return repositories;
	};
	return {
		writer,
		storedData: () => (opened ? Promise.resolve('present') : options.probe()),
		async reader() {
			if (opened) return await open();
			return (await options.probe()) === 'present' ? await writer() : null;
		}
	};
}
