import type { Page } from 'playwright-core';

/**
 * Reads every record of an object store of the app's database, as the page sees it. It never
 * creates the database (opening a missing one would make an empty v1 that the app must then
 * upgrade): before the app has stored anything, the answer is [].
 */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(async (name) => {
		const exists = (await indexedDB.databases()).some((database) => database.name === 'sourced');
		if (!exists) return [];
		return new Promise<T[]>((resolve, reject) => {
			const request = indexedDB.open('sourced');
			request.onerror = () => reject(request.error);
			request.onsuccess = () => {
				const db = request.result;
				if (!db.objectStoreNames.contains(name)) {
					db.close();
					resolve([]);
					return;
				}
				const all = db.transaction(name).objectStore(name).getAll();
				all.onsuccess = () => {
					resolve(all.result as T[]);
					db.close();
				};
				all.onerror = () => reject(all.error);
			};
		});
	}, store);
}

/** Puts one record into an object store of the app's database, as another tab would. */
export async function putRecord(page: Page, store: string, record: unknown): Promise<void> {
	await putRecords(page, store, [record]);
}

/** Puts records into an object store of the app's database in one transaction. */
export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
	await page.evaluate(
		async ({ name, values }) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('sourced');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const transaction = db.transaction(name, 'readwrite');
					for (const value of values) transaction.objectStore(name).put(value);
					transaction.oncomplete = () => {
						db.close();
						resolve();
					};
					transaction.onerror = () => reject(transaction.error);
				};
			}),
		{ name: store, values: records }
	);
}
