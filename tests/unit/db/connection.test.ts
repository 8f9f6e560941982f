import { expect, test } from 'vitest';
import { watchConnection } from '$lib/db/connection';
import { StudyDatabase } from '$lib/db/database';
import { latestSchemaVersion } from '$lib/db/schema';
import { createRepositories } from '$lib/db/repositories';
import type { StorageProblem } from '$lib/db/storage-error';
import { fixedClock } from '$lib/domain/clock';
import { freshDatabaseName, openAtVersion } from './helpers';

test('an old tab closes its connection when a new tab upgrades, and is told to reload', async () => {
	const name = freshDatabaseName();
	// The old tab: a release that only knew schema v1, with its connection open.
	const oldTab = (await openAtVersion(name, 1)) as StudyDatabase;
	const problems: StorageProblem[] = [];
	watchConnection(oldTab, (problem) => problems.push(problem));
	await oldTab.table('settings').put({ key: 'theme', value: 'dark' });

	// The new tab upgrades; it must not be left waiting on 'blocked'.
	const newTab = new StudyDatabase(name);
	const newTabProblems: StorageProblem[] = [];
	watchConnection(newTab, (problem) => newTabProblems.push(problem));
	await newTab.open();

	expect(newTab.verno).toBe(latestSchemaVersion);
	expect(oldTab.isOpen()).toBe(false);
	expect(problems.map((problem) => problem.kind)).toEqual(['outdated']);
	expect(newTabProblems).toEqual([]);
	expect(await newTab.settings.get('theme')).toMatchObject({ value: 'dark' });
	newTab.close();
});

test('the repositories share one connection that reports problems to the shell', async () => {
	const name = freshDatabaseName();
	const problems: StorageProblem[] = [];
	const repositories = createRepositories({
		name,
		clock: fixedClock(0),
		onProblem: (problem) => problems.push(problem)
	});
	await repositories.settings.set('theme', 'light');

	const upgrader = new StudyDatabase(name);
	upgrader.version(99).stores({ settings: 'key, updatedAt' });
	await upgrader.open();
	expect(problems.map((problem) => problem.kind)).toEqual(['outdated']);
	expect(repositories.db.isOpen()).toBe(false);
	upgrader.close();
});
