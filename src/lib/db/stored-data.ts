/** The name of the app's IndexedDB database. */
export const databaseName = 'sourced';

/**
 * Whether this device already holds the app's database, asked of IndexedDB directly so that
 * a first visit can render without loading Dexie at all (it is a third of the first-load
 * JavaScript). `unavailable` when the browser offers no IndexedDB (some private modes).
 */
export async function storedDataState(
	name = databaseName
): Promise<'present' | 'absent' | 'unavailable'> {
	if (typeof indexedDB === 'undefined') return 'unavailable';
	// Browsers without databases() (older Firefox) are treated as having data: correct, just not lazy.
	if (typeof indexedDB.databases !== 'function') return 'present';
	try {
		const databases = await indexedDB.databases();
		return databases.some((database) => database.name === name) ? 'present' : 'absent';
	} catch {
		return 'present';
	}
}
