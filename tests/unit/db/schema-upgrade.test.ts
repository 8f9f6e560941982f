import { describe, expect, test } from 'vitest';
import { StudyDatabase } from '$lib/db/database';
import { MemoryRepository } from '$lib/db/memory-repository';
import { QuizRepository } from '$lib/db/quiz-repository';
import { latestSchemaVersion, schemaHistory } from '$lib/db/schema';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { defaultSchedulerSettings } from '$lib/domain/scheduling/settings';
import { studyDay } from '$lib/domain/time/study-day';
import { freshDatabaseName, openAtVersion } from './helpers';

/** A quiz row as the versions since v3 store it (no questions), with `fields` over it. */
function storedQuiz(fields: { id: string; startedAt: number } & Record<string, unknown>) {
	return {
		packId: 'pack',
		packVersion: 2,
		seed: 1,
		options: { length: 1, kinds: ['mcq'], topics: [] },
		questions: [],
		finishedAt: null,
		abandoned: false,
		retryOf: null,
		...fields
	};
}

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
		expect(db.verno).toBe(latestSchemaVersion);
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

describe('upgrade v2 → v3', () => {
	test('settings written under v2 are intact after v3, which adds empty quiz tables', async () => {
		const name = freshDatabaseName();
		const v2 = await openAtVersion(name, 2);
		await v2.table('settings').put({ key: 'theme', value: 'light', updatedAt: 123 });
		v2.close();

		const db = new StudyDatabase(name);
		await db.open();
		expect(await db.settings.toArray()).toEqual([{ key: 'theme', value: 'light', updatedAt: 123 }]);
		expect(await db.quizSessions.count()).toBe(0);
		expect(await db.quizAnswers.count()).toBe(0);
		expect(await db.questionFlags.count()).toBe(0);
		db.close();
	});
});

describe('upgrade v3 → v4', () => {
	test('quiz answers stored under v3 are replayed into memories in time order, with the stored settings', async () => {
		const name = freshDatabaseName();
		const v3 = await openAtVersion(name, 3);
		const t0 = new Date(2026, 10, 20, 9, 0).getTime();
		await v3.table('settings').put({ key: 'desiredRetention', value: 0.85, updatedAt: 1 });
		await v3.table('quizSessions').put({
			id: 'q',
			packId: 'pack',
			packVersion: 2,
			seed: 1,
			options: {},
			questions: [],
			startedAt: t0,
			finishedAt: t0 + 60_000,
			abandoned: false,
			retryOf: null
		});
		const stored = (
			index: number,
			at: number,
			perFact: { factId: string; correct: boolean }[],
			extra = {}
		) => ({
			id: `q:${index}`,
			quizId: 'q',
			questionIndex: index,
			questionId: `x${index}`,
			packId: 'pack',
			packVersion: 2,
			factIds: perFact.map((r) => r.factId),
			kind: 'mcq',
			given: {},
			correct: perFact.every((r) => r.correct),
			score: 1,
			perFact,
			overridden: false,
			responseMs: 4_000,
			answeredAt: at,
			studyDay: '2026-11-20',
			...extra
		});
		// Written out of order on purpose: the replay must sort by time.
		await v3.table('quizAnswers').bulkPut([
			stored(2, t0 + 86_400_000, [{ factId: 'a', correct: true }], { responseMs: 30_000 }),
			stored(0, t0, [
				{ factId: 'a', correct: false },
				{ factId: 'b', correct: true }
			]),
			stored(1, t0 + 5_000, [{ factId: 'b', correct: true }], { overridden: true })
		]);
		v3.close();

		const db = new StudyDatabase(name);
		await db.open();
		const scheduler = createScheduler({ ...defaultSchedulerSettings, desiredRetention: 0.85 });
		let a = scheduler.newMemory(t0);
		let b = scheduler.newMemory(t0);
		a = scheduler.rate(a, 'again', t0).memory;
		b = scheduler.rate(b, 'good', t0).memory;
		b = scheduler.rate(b, 'hard', t0 + 5_000).memory;
		a = scheduler.rate(a, 'hard', t0 + 86_400_000).memory;
		expect((await db.memories.get('pack:a'))?.memory).toEqual(a);
		expect((await db.memories.get('pack:b'))?.memory).toEqual(b);
		expect(await db.memories.get('pack:a')).toMatchObject({
			packId: 'pack',
			factId: 'a',
			packVersion: 2,
			due: a.due
		});
		const logs = await db.reviewLogs.orderBy('reviewedAt').toArray();
		// v6 then keys each answer (and its ratings) by question id: q:0 → q:x0.
		expect(logs.map((log) => [log.factId, log.log.rating, log.source, log.quizAnswerId])).toEqual([
			['a', 'again', 'quiz', 'q:x0'],
			['b', 'good', 'quiz', 'q:x0'],
			['b', 'hard', 'quiz', 'q:x1'],
			['a', 'hard', 'quiz', 'q:x2']
		]);
		expect(await db.quizAnswers.count()).toBe(3);
		db.close();
	});
});

describe('upgrade v4 → v5', () => {
	test('review logs written under v4 are read intact, and undo finds its rating by index', async () => {
		const name = freshDatabaseName();
		const v4 = await openAtVersion(name, 4);
		const scheduler = createScheduler();
		const t0 = Date.UTC(2026, 10, 20, 9);
		const rated = scheduler.rate(scheduler.newMemory(t0), 'good', t0);
		const log = (id: string, memoryId: string, source: string, at: number) => ({
			id,
			memoryId,
			packId: 'pack',
			packVersion: 1,
			factId: memoryId.split(':')[1],
			source,
			quizAnswerId: source === 'quiz' ? 'q:0' : null,
			reviewedAt: at,
			studyDay: '2026-11-20',
			log: rated.log
		});
		const logs = [
			log('card:pack:a:1', 'pack:a', 'flashcard', t0),
			log('card:pack:b:2', 'pack:b', 'flashcard', t0 + 1_000),
			log('quiz:q:0:a', 'pack:a', 'quiz', t0 + 2_000)
		];
		await v4.table('reviewLogs').bulkPut(logs);
		await v4.table('memories').bulkPut([
			{ id: 'pack:a', packId: 'pack', packVersion: 1, factId: 'a', due: 0, memory: rated.memory },
			{ id: 'pack:b', packId: 'pack', packVersion: 1, factId: 'b', due: 0, memory: rated.memory }
		]);
		v4.close();

		const db = new StudyDatabase(name);
		await db.open();
		expect(db.verno).toBe(latestSchemaVersion);
		expect(await db.reviewLogs.orderBy('reviewedAt').toArray()).toEqual(logs);
		const memories = new MemoryRepository(db);
		// The newest flashcard rating is b's (a's was followed by a quiz answer on a).
		expect((await memories.undoableRating('pack'))?.id).toBe('card:pack:b:2');
		db.close();
	});
});

describe('upgrade v5 → v6', () => {
	test('answers are keyed by question id, their ratings follow, and nothing is lost', async () => {
		const name = freshDatabaseName();
		const v5 = await openAtVersion(name, 5);
		const scheduler = createScheduler();
		const t0 = Date.UTC(2026, 10, 25, 9);
		const rated = scheduler.rate(scheduler.newMemory(t0), 'good', t0);
		const answerRow = (index: number, questionId: string | undefined) => ({
			id: `quiz:${index}`,
			quizId: 'quiz',
			questionIndex: index,
			questionId,
			packId: 'pack',
			packVersion: 2,
			factIds: [`f${index}`],
			kind: 'mcq',
			given: { kind: 'mcq', choice: 0 },
			correct: true,
			score: 1,
			perFact: [{ factId: `f${index}`, correct: true }],
			overridden: false,
			responseMs: 3_000,
			answeredAt: t0 + index,
			studyDay: '2026-11-25'
		});
		await v5.table('quizAnswers').bulkPut([
			answerRow(0, 'mcq:f0:0'),
			answerRow(1, 'mcq:f1:0'),
			// A damaged row without its question id keeps its old key rather than vanish.
			answerRow(2, undefined)
		]);
		await v5.table('reviewLogs').bulkPut(
			[0, 1, 2].map((index) => ({
				id: `quiz:quiz:${index}:f${index}`,
				memoryId: `pack:f${index}`,
				packId: 'pack',
				packVersion: 2,
				factId: `f${index}`,
				source: 'quiz',
				quizAnswerId: `quiz:${index}`,
				reviewedAt: t0 + index,
				studyDay: '2026-11-25',
				log: rated.log
			}))
		);
		v5.close();

		const db = new StudyDatabase(name);
		await db.open();
		expect((await db.quizAnswers.toArray()).map((row) => row.id).sort()).toEqual([
			'quiz:2',
			'quiz:mcq:f0:0',
			'quiz:mcq:f1:0'
		]);
		const logs = await db.reviewLogs.orderBy('reviewedAt').toArray();
		expect(logs.map((log) => log.quizAnswerId)).toEqual([
			'quiz:mcq:f0:0',
			'quiz:mcq:f1:0',
			'quiz:2'
		]);
		expect(await db.quizAnswers.get('quiz:mcq:f1:0')).toMatchObject({
			questionIndex: 1,
			given: { kind: 'mcq', choice: 0 },
			answeredAt: t0 + 1
		});
		db.close();
	});
});

describe('upgrade v6 → v7', () => {
	test('every table written under v6 is intact after v7, which adds empty fact flags', async () => {
		const name = freshDatabaseName();
		const v6 = await openAtVersion(name, 6);
		const scheduler = createScheduler();
		const t0 = Date.UTC(2026, 10, 28, 9);
		const { memory, log } = scheduler.rate(scheduler.newMemory(t0), 'good', t0);
		const rows = {
			settings: [{ key: 'newCardsPerDay', value: 15, updatedAt: t0 }],
			memories: [
				{ id: 'pack:f1', packId: 'pack', factId: 'f1', packVersion: 2, memory, due: memory.due }
			],
			reviewLogs: [
				{
					id: `card:pack:f1:${t0}`,
					memoryId: 'pack:f1',
					packId: 'pack',
					factId: 'f1',
					packVersion: 2,
					source: 'flashcard',
					quizAnswerId: null,
					studyDay: '2026-11-28',
					reviewedAt: t0,
					log
				}
			],
			questionFlags: [
				{
					questionId: 'mcq:f1:0',
					packId: 'pack',
					packVersion: 2,
					factIds: ['f1'],
					prompt: 'Which?',
					quizId: 'q',
					reason: 'wrong',
					note: '',
					flaggedAt: t0,
					suspended: true
				}
			]
		};
		for (const [table, records] of Object.entries(rows)) await v6.table(table).bulkPut(records);
		v6.close();

		const db = new StudyDatabase(name);
		await db.open();
		expect(db.verno).toBe(latestSchemaVersion);
		for (const [table, records] of Object.entries(rows)) {
			expect(await db.table(table).toArray()).toEqual(records);
		}
		expect(await db.factFlags.count()).toBe(0);
		db.close();
	});
});

describe('upgrade v7 → v8', () => {
	test('logs and answers written under v7 are intact, and found by pack and time', async () => {
		const name = freshDatabaseName();
		const v7 = await openAtVersion(name, 7);
		const scheduler = createScheduler();
		const t0 = Date.UTC(2026, 10, 28, 9);
		const { log } = scheduler.rate(scheduler.newMemory(t0), 'good', t0);
		const logRow = (pack: string, at: number) => ({
			id: `card:${pack}:f1:${at}`,
			memoryId: `${pack}:f1`,
			packId: pack,
			factId: 'f1',
			packVersion: 1,
			source: 'flashcard',
			quizAnswerId: null,
			studyDay: at === t0 ? '2026-11-28' : '2026-11-27',
			reviewedAt: at,
			log,
			tabId: 'tab'
		});
		const logs = [logRow('pack', t0), logRow('pack', t0 - 86_400_000), logRow('other', t0)];
		const answer = {
			id: 'q:mcq:f1:0',
			quizId: 'q',
			questionIndex: 0,
			questionId: 'mcq:f1:0',
			packId: 'pack',
			packVersion: 1,
			factIds: ['f1'],
			kind: 'mcq',
			given: { kind: 'mcq', choice: 0 },
			correct: true,
			score: 1,
			perFact: [{ factId: 'f1', correct: true }],
			overridden: false,
			responseMs: 2_000,
			answeredAt: t0,
			studyDay: '2026-11-28'
		};
		await v7.table('reviewLogs').bulkPut(logs);
		await v7.table('quizAnswers').put(answer);
		v7.close();

		const db = new StudyDatabase(name);
		await db.open();
		expect(db.verno).toBe(latestSchemaVersion);
		expect(await db.reviewLogs.orderBy('id').toArray()).toEqual(
			[...logs].sort((a, b) => (a.id < b.id ? -1 : 1))
		);
		expect(await db.quizAnswers.toArray()).toEqual([answer]);
		const packLogs = await db.reviewLogs
			.where('[packId+reviewedAt]')
			.between(['pack', t0 - 1], ['pack', t0 + 1])
			.toArray();
		expect(packLogs.map((row) => row.id)).toEqual([`card:pack:f1:${t0}`]);
		const days = await db.reviewLogs
			.where('[packId+studyDay]')
			.between(['pack', ''], ['pack', '\uffff'])
			.uniqueKeys();
		expect(days).toEqual([
			['pack', '2026-11-27'],
			['pack', '2026-11-28']
		]);
		expect(
			await db.quizAnswers
				.where('[packId+answeredAt]')
				.between(['pack', 0], ['pack', t0 + 1])
				.count()
		).toBe(1);
		db.close();
	});
});

describe('upgrade v8 → v9', () => {
	test('every table written under v8 is intact after v9, which adds empty Learn tables', async () => {
		const name = freshDatabaseName();
		const v8 = await openAtVersion(name, 8);
		const scheduler = createScheduler();
		const t0 = Date.UTC(2026, 10, 28, 9);
		const { memory, log } = scheduler.rate(scheduler.newMemory(t0), 'good', t0);
		const rows = {
			settings: [{ key: 'theme', value: 'dark', updatedAt: t0 }],
			memories: [
				{ id: 'pack:f1', packId: 'pack', factId: 'f1', packVersion: 1, memory, due: memory.due }
			],
			reviewLogs: [
				{
					id: `card:pack:f1:${t0}`,
					memoryId: 'pack:f1',
					packId: 'pack',
					factId: 'f1',
					packVersion: 1,
					source: 'flashcard',
					quizAnswerId: null,
					studyDay: '2026-11-28',
					reviewedAt: t0,
					log,
					durationMs: 4_000
				}
			],
			factFlags: [
				{
					id: 'pack:f1',
					packId: 'pack',
					factId: 'f1',
					packVersion: 1,
					reason: 'suspended',
					note: '',
					lapses: 0,
					flaggedAt: t0,
					suspended: true
				}
			]
		};
		for (const [table, content] of Object.entries(rows)) await v8.table(table).bulkPut(content);
		v8.close();

		const db = new StudyDatabase(name);
		await db.open();
		expect(db.verno).toBe(latestSchemaVersion);
		for (const [table, content] of Object.entries(rows)) {
			expect(await db.table(table).toArray(), table).toEqual(content);
		}
		expect(await db.learnSessions.count()).toBe(0);
		expect(await db.learnAnswers.count()).toBe(0);
		db.close();
	});
});

describe('upgrade v9 → v10', () => {
	test('every study day of every pack is tallied from the records stored under v9', async () => {
		const name = freshDatabaseName();
		const v9 = await openAtVersion(name, 9);
		const scheduler = createScheduler();
		const t0 = Date.UTC(2026, 10, 28, 9);
		const hour = 3_600_000;
		const { log } = scheduler.rate(scheduler.newMemory(t0), 'good', t0);
		const card = (at: number, rating: 'good' | 'again', durationMs?: number) => ({
			id: `card:pack:f1:${at}`,
			memoryId: 'pack:f1',
			packId: 'pack',
			factId: 'f1',
			packVersion: 1,
			source: 'flashcard',
			quizAnswerId: null,
			studyDay: studyDay(at),
			reviewedAt: at,
			log: { ...log, rating },
			...(durationMs !== undefined ? { durationMs } : {})
		});
		const quizAnswer = (quizId: string, at: number, correct: boolean) => ({
			id: `${quizId}:q1`,
			quizId,
			questionIndex: 0,
			questionId: 'q1',
			packId: 'pack',
			packVersion: 2,
			factIds: ['f2'],
			kind: 'mcq',
			given: null,
			correct,
			score: correct ? 1 : 0,
			perFact: [{ factId: 'f2', correct }],
			overridden: false,
			responseMs: 90_000,
			answeredAt: at,
			studyDay: studyDay(at)
		});
		const learnAnswer = (step: number, at: number, correct: boolean, certainty: number) => ({
			id: `learn-1:${step}`,
			sessionId: 'learn-1',
			step,
			questionId: `lq${step}`,
			packId: 'pack',
			packVersion: 1,
			factId: 'f3',
			factIds: ['f3'],
			kind: 'mcq',
			rung: 'recognition',
			given: null,
			correct,
			score: correct ? 1 : 0,
			perFact: [{ factId: 'f3', correct }],
			certainty,
			marks: 0,
			responseMs: 5_000,
			answeredAt: at,
			studyDay: studyDay(at)
		});
		const session = (id: string, retryOf: string | null) =>
			storedQuiz({ id, retryOf, startedAt: t0, finishedAt: t0 + 60_000 });
		// The 27th: a card failed, then passed. The 28th: a quiz answer, its retry, Learn twice.
		await v9
			.table('reviewLogs')
			.bulkPut([card(t0 - 86_400_000, 'again', 4_000), card(t0 - 86_300_000, 'good', 90_000)]);
		await v9.table('quizSessions').bulkPut([session('quiz-1', null), session('quiz-2', 'quiz-1')]);
		await v9
			.table('quizAnswers')
			.bulkPut([quizAnswer('quiz-1', t0, false), quizAnswer('quiz-2', t0 + 60_000, true)]);
		await v9
			.table('learnAnswers')
			.bulkPut([learnAnswer(0, t0 + hour, false, 3), learnAnswer(1, t0 + 2 * hour, true, 2)]);
		v9.close();

		const db = new StudyDatabase(name);
		await db.open();
		expect(db.verno).toBe(latestSchemaVersion);
		const none = { right: 0, total: 0 };
		expect(await db.dayTallies.toArray()).toEqual([
			{
				id: 'pack:2026-11-27',
				packId: 'pack',
				packVersion: 1,
				studyDay: '2026-11-27',
				reviews: 2,
				ratings: 2,
				answers: 0,
				ms: 4_000 + 60_000,
				flashcards: { right: 0, total: 1 },
				quizzes: none,
				certainty: { 1: none, 2: none, 3: none }
			},
			{
				id: 'pack:2026-11-28',
				packId: 'pack',
				packVersion: 2,
				studyDay: '2026-11-28',
				reviews: 0,
				ratings: 0,
				answers: 4,
				ms: 60_000 * 2 + 5_000 * 2,
				flashcards: none,
				// The quiz answer wrong and the first Learn try wrong; the retries left out.
				quizzes: { right: 0, total: 2 },
				certainty: { 1: none, 2: { right: 1, total: 1 }, 3: { right: 0, total: 1 } }
			}
		]);
		expect(await new MemoryRepository(db).studyDays('pack')).toEqual(['2026-11-27']);
		db.close();
	});
});

describe('upgrade v10 → v11', () => {
	test('every quiz gets its status, and the quiz screen and the history find them by index', async () => {
		const name = freshDatabaseName();
		const v10 = await openAtVersion(name, 10);
		const quiz = (id: string, startedAt: number, finishedAt: number | null, abandoned = false) =>
			storedQuiz({ id, startedAt, finishedAt, abandoned, position: 0 });
		const stored = [
			quiz('finished-old', 1_000, 2_000),
			quiz('open-old', 3_000, null),
			quiz('discarded', 4_000, 5_000, true),
			quiz('open-new', 6_000, null),
			quiz('finished-new', 7_000, 8_000)
		];
		await v10.table('quizSessions').bulkPut(stored);
		v10.close();

		const db = new StudyDatabase(name);
		await db.open();
		expect(db.verno).toBe(latestSchemaVersion);
		const status = ['finished', 'open', 'discarded', 'open', 'finished'];
		expect(await db.quizSessions.orderBy('startedAt').toArray()).toEqual(
			stored.map((row, index) => ({ ...row, status: status[index] }))
		);
		const quizzes = new QuizRepository(db);
		expect((await quizzes.unfinished('pack'))?.id).toBe('open-new');
		expect(await quizzes.unfinished('another-pack')).toBeUndefined();
		expect(await quizzes.listedCount()).toBe(2);
		const page = await quizzes.listedPage(1);
		expect(page.entries.map((entry) => entry.session.id)).toEqual(['finished-new']);
		expect(page.more).toBe(true);
		expect((await quizzes.listedPage(5, 1)).entries.map((entry) => entry.session.id)).toEqual([
			'finished-old'
		]);
		db.close();
	});
});
