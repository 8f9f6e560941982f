// Runs in Chromium, on the fixture maker's own page (see browser.ts): Dexie creates the app's
// database at one schema version, the rows go in, and the whole database is read back.
import { Dexie } from 'dexie';
import { exportDatabase } from '../idb-snapshot.js';

/**
 * Creates `name` at the last of `declarations` (as a first visit of that build would: Dexie
 * creates every table and index at once, so no upgrade function runs) and adds `tables`' rows
 * in one transaction.
 * @param {string} name
 * @param {{ version: number, stores: Record<string, string | null> }[]} declarations
 * @param {Record<string, unknown[]>} tables
 * @returns {Promise<number>} The version Dexie opened.
 */
async function create(name, declarations, tables) {
	const db = new Dexie(name);
	for (const step of declarations) db.version(step.version).stores(step.stores);
	await db.open();
	await db.transaction('rw', db.tables, async () => {
		for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkAdd(rows);
	});
	const version = db.verno;
	db.close();
	return version;
}

Object.assign(globalThis, {
	fixtureMaker: { create, exportDatabase, dexieVersion: Dexie.semVer }
});
