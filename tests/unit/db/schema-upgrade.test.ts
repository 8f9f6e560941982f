import { describe, expect, test } from 'vitest';
import { StudyDatabase } from '$lib/db/database';
import { latestSchemaVersion, schemaHistory } from '$lib/db/schema';
import { freshDatabaseName, openAtVersion } from './helpers';

describe('schema history', () => {
	test('versions are append-only: strictly increasing from 1 with no gaps', () => {
		expect(schemaHistory.map((step) => step.version)).toEqual(
			schemaHistory.map((_, index) => index + 1)
		);
		expect(latestSchemaVersion).toBe(schemaHistory.length);
	});

	test('a new database opens at the latest version', async () => {
		const db = new StudyDatabase(freshDatabaseName());
		await db.open();
		expect(db.verno).toBe(latestSchemaVersion);
		db.close();
	});
});

describe('upgrade v1 → v2', () => {
	test('settings written under v1 are read intact after opening v2, stamped with updatedAt 0', async () => {
		const name = freshDatabaseName();
		const v1 = await openAtVersion(name, 1);
		await v1.table('settings').bulkPut([
			{ key: 'theme', value: 'dark' },
			{ key: 'someFutureKey', value: { nested: [1, 2, 3] } }
		]);
		v1.close();

		const db = new StudyDatabase(name);
		await db.open();
		expect(db.verno).toBe(2);
		expect(await db.settings.orderBy('key').toArray()).toEqual([
			{ key: 'someFutureKey', value: { nested: [1, 2, 3] }, updatedAt: 0 },
			{ key: 'theme', value: 'dark', updatedAt: 0 }
		]);
		db.close();
	});

	test('an empty v1 database upgrades cleanly', async () => {
		const name = freshDatabaseName();
		(await openAtVersion(name, 1)).close();
		const db = new StudyDatabase(name);
		expect(await db.settings.count()).toBe(0);
		db.close();
	});
});
