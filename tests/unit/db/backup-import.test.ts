import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportBackup } from '$lib/db/backup/export';
import { backupTableNames } from '$lib/db/backup/format';
import { importBackup, previewImport } from '$lib/db/backup/import';
import { parseBackup } from '$lib/db/backup/parse';
import { StudyDatabase } from '$lib/db/database';
import { MemoryRepository } from '$lib/db/memory-repository';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { ratings, type Rating } from '$lib/domain/scheduling/memory';
import { freshDatabaseName } from './helpers';

const scheduler = createScheduler();
const start = Date.UTC(2026, 10, 1, 9);
const hour = 3_600_000;

type Step = { fact: number; rating: Rating; after: number };

/** Rates cards as a learner would: random facts, ratings and gaps between them. */
async function history(db: StudyDatabase, steps: readonly Step[], from = start) {
	const memories = new MemoryRepository(db);
	let now = from;
	for (const step of steps) {
		now += step.after;
		await memories.rate(
			{
				packId: 'pack',
				packVersion: 1,
				factId: `fact-${step.fact}`,
				rating: step.rating,
				now,
				source: 'flashcard',
				quizAnswerId: null
			},
			scheduler
		);
	}
}

async function dump(db: StudyDatabase) {
	return Object.fromEntries(
		await Promise.all(backupTableNames.map(async (name) => [name, await db.table(name).toArray()]))
	);
}

const steps = fc.array(
	fc.record({
		fact: fc.integer({ min: 0, max: 5 }),
		rating: fc.constantFrom(...ratings),
		after: fc.integer({ min: 1, max: 72 * hour })
	}),
	{ minLength: 1, maxLength: 25 }
);

async function backupOf(db: StudyDatabase) {
	const parsed = parseBackup(
		JSON.stringify(await exportBackup(db, { appVersion: '0.1.0', now: Date.now() }))
	);
	if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
	return parsed.backup;
}

describe('restoring a backup', () => {
	test('export → a fresh device → import gives identical tables, for any study history', async () => {
		await fc.assert(
			fc.asyncProperty(steps, async (plan) => {
				const source = new StudyDatabase(freshDatabaseName());
				await history(source, plan);
				const backup = await backupOf(source);
				const target = new StudyDatabase(freshDatabaseName());
				await target.open();
				await importBackup(target, backup, 'replace', scheduler);
				expect(await dump(target)).toEqual(await dump(source));
				source.close();
				target.close();
			}),
			{ numRuns: 12 }
		);
	}, 60_000);

	test('merging a backup into the device it came from changes nothing', async () => {
		const db = new StudyDatabase(freshDatabaseName());
		await history(db, [
			{ fact: 0, rating: 'good', after: 1 },
			{ fact: 1, rating: 'again', after: hour }
		]);
		const before = await dump(db);
		const backup = await backupOf(db);
		const preview = await previewImport(db, backup);
		expect(preview.added.reviewLogs).toBe(0);
		expect(preview.file.reviewLogs).toBe(2);
		await importBackup(db, backup, 'merge', scheduler);
		expect(await dump(db)).toEqual(before);
		db.close();
	});

	test('a merge keeps the union, and a fact rated on both devices is rebuilt from all its ratings', async () => {
		// Phone and laptop both studied fact-0, at different times.
		const phone = new StudyDatabase(freshDatabaseName());
		const laptop = new StudyDatabase(freshDatabaseName());
		await history(phone, [
			{ fact: 0, rating: 'good', after: 1 },
			{ fact: 1, rating: 'good', after: 1 }
		]);
		await history(laptop, [
			{ fact: 0, rating: 'again', after: 2 * hour },
			{ fact: 2, rating: 'easy', after: 1 }
		]);
		const backup = await backupOf(laptop);
		const preview = await previewImport(phone, backup);
		expect(preview.added).toMatchObject({ reviewLogs: 2, memories: 1 });
		await importBackup(phone, backup, 'merge', scheduler);

		expect(await phone.reviewLogs.count()).toBe(4);
		expect((await phone.memories.toArray()).map((memory) => memory.factId).sort()).toEqual([
			'fact-0',
			'fact-1',
			'fact-2'
		]);
		// fact-0: Good (phone) then Again two hours later (laptop), replayed in that order.
		const first = scheduler.rate(scheduler.newMemory(start + 1), 'good', start + 1).memory;
		const both = scheduler.rate(first, 'again', start + 2 * hour).memory;
		expect((await phone.memories.get('pack:fact-0'))?.memory).toEqual(both);
		phone.close();
		laptop.close();
	});
});
