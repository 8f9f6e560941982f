import { afterEach, expect, test } from 'vitest';
import { BackupRepository } from '$lib/db/backup-repository';
import { StudyDatabase } from '$lib/db/database';
import { retallyAll, tallyTableNames } from '$lib/db/day-tallies';
import type { ReviewLogRecord } from '$lib/db/records';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { freshDatabaseName } from './helpers';

let db: StudyDatabase;
afterEach(() => db.close());

test('acts of study after a time: flashcard ratings of every pack, quiz and Learn answers, each once', async () => {
	db = new StudyDatabase(freshDatabaseName());
	const scheduler = createScheduler();
	const t0 = Date.UTC(2026, 10, 28, 9);
	const { log } = scheduler.rate(scheduler.newMemory(t0), 'good', t0);
	const rating = (
		packId: string,
		at: number,
		source: ReviewLogRecord['source'] = 'flashcard'
	): ReviewLogRecord => ({
		id: `${source}:${packId}:${at}`,
		memoryId: `${packId}:f1`,
		packId,
		factId: 'f1',
		packVersion: 1,
		source,
		quizAnswerId: source === 'quiz' ? `quiz:${at}` : null,
		studyDay: '2026-11-28',
		reviewedAt: at,
		log
	});
	await db.reviewLogs.bulkPut([
		rating('pack-a', t0),
		rating('pack-a', t0 + 1),
		rating('pack-b', t0 + 2),
		// An answer's own rating: the answer is what counts.
		rating('pack-a', t0 + 3, 'quiz')
	]);
	await db.quizAnswers.put({
		id: 'quiz:1',
		quizId: 'quiz',
		questionIndex: 0,
		questionId: 'q1',
		packId: 'pack-a',
		packVersion: 1,
		factIds: ['f1'],
		kind: 'mcq',
		given: null,
		correct: true,
		score: 1,
		perFact: [{ factId: 'f1', correct: true }],
		overridden: false,
		responseMs: 1_000,
		answeredAt: t0 + 3,
		studyDay: '2026-11-28'
	});
	// Written past the repositories: their days tallied as the repositories would have.
	await db.transaction('rw', [...tallyTableNames], async () => {
		await retallyAll(db);
	});
	const backups = new BackupRepository(db);
	expect(await backups.studySince(null)).toBe(4);
	// After a time: strictly after it.
	expect(await backups.studySince(t0)).toBe(3);
	expect(await backups.studySince(t0 + 2)).toBe(1);
	expect(await backups.studySince(t0 + 3)).toBe(0);
});
