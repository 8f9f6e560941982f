import { Dexie } from 'dexie';
import { declareSchema } from '$lib/db/schema';

let counter = 0;

/** A database name no other test uses, so every test starts from an empty IndexedDB. */
export function freshDatabaseName(): string {
	counter += 1;
	return `test-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** Opens `name` at an older schema version, as a device still on that release would. */
export async function openAtVersion(name: string, version: number): Promise<Dexie> {
	const db = new Dexie(name);
	declareSchema(db, version);
	await db.open();
	return db;
}
