import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseBackup } from '$lib/db/backup/parse';
import { BackupRepository } from '$lib/db/backup-repository';
import { StudyDatabase } from '$lib/db/database';
import { FactFlagRepository } from '$lib/db/fact-flag-repository';
import { LearnRepository } from '$lib/db/learn-repository';
import { MemoryRepository } from '$lib/db/memory-repository';
import { QuizRepository } from '$lib/db/quiz-repository';
import { withStatus } from '$lib/db/quiz-status';
import type {
	DayTallyRecord,
	FactFlagRecord,
	LearnAnswerRecord,
	LearnSessionRecord,
	MemoryRecord,
	QuestionFlagRecord,
	QuizAnswerRecord,
	QuizSessionRecord,
	ReviewLogRecord,
	SettingRecord
} from '$lib/db/records';
import { latestSchemaVersion, schemaHistory } from '$lib/db/schema';
import { SettingsRepository } from '$lib/db/settings-repository';
import { fixedClock } from '$lib/domain/clock';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { quizRating } from '$lib/domain/scheduling/quiz-rating';
import { parseSchedulerSettings } from '$lib/domain/scheduling/settings';
import { studyDay } from '$lib/domain/time/study-day';
import { readHistory } from '$lib/state/quiz-history';
import { restoreQuiz } from '$lib/state/restore-quiz';
import {
	exportDatabase,
	restoreDatabase,
	type DatabaseSnapshot
} from '../../../scripts/lib/idb-snapshot.js';
import { fixtureDir, hasFixture, readFixture } from '../../../scripts/lib/schema-fixtures/format';
import { freshDatabaseName, openAtVersion } from './helpers';
import { tallied } from './tallied';

const versions = schemaHistory.map((step) => step.version);
const fixtureVersions = versions.filter(hasFixture);

type Tables = Record<string, unknown[]>;

/** Every table of the latest version. */
interface LatestTables {
	settings: SettingRecord[];
	quizSessions: QuizSessionRecord[];
	quizAnswers: QuizAnswerRecord[];
	questionFlags: QuestionFlagRecord[];
	memories: MemoryRecord[];
	reviewLogs: ReviewLogRecord[];
	factFlags: FactFlagRecord[];
	learnSessions: LearnSessionRecord[];
	learnAnswers: LearnAnswerRecord[];
	dayTallies: DayTallyRecord[];
}

/** The fixture's rows by table. */
function rowsOf(snapshot: DatabaseSnapshot): Tables {
	return Object.fromEntries(snapshot.stores.map((store) => [store.name, store.rows]));
}

/** Stores and indexes without rows: what a database is, apart from what it holds. */
function shapeOf(snapshot: DatabaseSnapshot) {
	return snapshot.stores.map((store) => ({ ...store, rows: [] }));
}

/** Restores a fixture into fake-indexeddb under a fresh name, exactly as exported. */
async function restore(version: number): Promise<{ name: string; snapshot: DatabaseSnapshot }> {
	const { database } = readFixture(version);
	const name = freshDatabaseName();
	await restoreDatabase({ ...database, name }, indexedDB);
	return { name, snapshot: database };
}

const byKey =
	<T>(key: (row: T) => string) =>
	(a: T, b: T) =>
		key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * Every table at the latest version, as the documented upgrades turn a fixture of `version`:
 * v2 stamps settings with `updatedAt: 0`; v4 replays quiz answers into memories and quiz
 * ratings; v6 keys answers by question id, and their ratings follow; v10 tallies each pack's
 * study days from their records (see `tallied`); v11 gives each quiz its status. Nothing else
 * changes.
 */
function upgraded(version: number, fixture: Tables): LatestTables {
	const settings = (fixture.settings ?? []) as SettingRecord[];
	let answers = (fixture.quizAnswers ?? []) as QuizAnswerRecord[];
	let memories = (fixture.memories ?? []) as MemoryRecord[];
	let logs = (fixture.reviewLogs ?? []) as ReviewLogRecord[];
	const upgradedSettings =
		version < 2 ? settings.map((row) => ({ ...row, updatedAt: 0 })) : settings;
	if (version < 4) ({ memories, logs } = replay(upgradedSettings, answers));
	if (version < 6) {
		const newIds = new Map(
			answers.map((answer) => [answer.id, `${answer.quizId}:${answer.questionId}`])
		);
		answers = answers
			.map((answer) => ({ ...answer, id: newIds.get(answer.id) ?? answer.id }))
			.sort(byKey((answer) => answer.id));
		logs = logs.map((log) =>
			log.quizAnswerId === null
				? log
				: { ...log, quizAnswerId: newIds.get(log.quizAnswerId) ?? log.quizAnswerId }
		);
	}
	const storedSessions = (fixture.quizSessions ?? []) as QuizSessionRecord[];
	const quizSessions = version < 11 ? storedSessions.map(withStatus) : storedSessions;
	const learnAnswers = (fixture.learnAnswers ?? []) as LearnAnswerRecord[];
	return {
		settings: upgradedSettings,
		quizSessions,
		quizAnswers: answers,
		questionFlags: (fixture.questionFlags ?? []) as QuestionFlagRecord[],
		memories,
		reviewLogs: logs,
		factFlags: (fixture.factFlags ?? []) as FactFlagRecord[],
		learnSessions: (fixture.learnSessions ?? []) as LearnSessionRecord[],
		learnAnswers,
		dayTallies:
			version < 10
				? tallied(logs, answers, quizSessions, learnAnswers)
				: ((fixture.dayTallies ?? []) as DayTallyRecord[])
	};
}

/**
 * v4's replay, spelled out: every answer in time order (then quiz order), each fact it tested
 * rated by its own result with the scheduler of the stored settings; the log keeps the
 * answer's id of the time (`<quiz>:<index>`) in its own id.
 */
function replay(
	settings: SettingRecord[],
	answers: QuizAnswerRecord[]
): { memories: MemoryRecord[]; logs: ReviewLogRecord[] } {
	const setting = (key: string) => settings.find((row) => row.key === key)?.value;
	const scheduler = createScheduler(
		parseSchedulerSettings({
			desiredRetention: setting('desiredRetention'),
			learningSteps: setting('learningSteps')
		})
	);
	const memories = new Map<string, MemoryRecord>();
	const logs: ReviewLogRecord[] = [];
	const inOrder = [...answers].sort(
		(a, b) => a.answeredAt - b.answeredAt || a.questionIndex - b.questionIndex
	);
	for (const answer of inOrder) {
		for (const { factId, correct } of answer.perFact) {
			const id = `${answer.packId}:${factId}`;
			const before = memories.get(id)?.memory ?? scheduler.newMemory(answer.answeredAt);
			const rating = quizRating({
				correct,
				overridden: answer.overridden,
				responseMs: answer.responseMs
			});
			const { memory, log } = scheduler.rate(before, rating, answer.answeredAt);
			const { packId, packVersion } = answer;
			memories.set(id, { id, packId, factId, packVersion, memory, due: memory.due });
			logs.push({
				id: `quiz:${answer.id}:${factId}`,
				memoryId: id,
				packId,
				factId,
				packVersion,
				source: 'quiz',
				quizAnswerId: answer.id,
				studyDay: studyDay(answer.answeredAt),
				reviewedAt: answer.answeredAt,
				log
			});
		}
	}
	return {
		memories: [...memories.values()].sort(byKey((memory) => memory.id)),
		logs: logs.sort(byKey((log) => log.id))
	};
}

describe('schema fixtures', () => {
	test('every version of the schema has a fixture exported from Chromium', () => {
		const missing = versions.filter((version) => !hasFixture(version));
		expect(
			missing,
			`No fixture for schema version ${missing.join(', ')} in tests/fixtures/schema/: ` +
				'run `npm run fixtures:schema` (see scripts/schema-fixtures.ts)'
		).toEqual([]);
	});

	test('no fixture is left over from a version the schema does not have', () => {
		const files = readdirSync(fixtureDir).filter((file) => file.endsWith('.json'));
		expect(files.sort()).toEqual(versions.map((version) => `v${version}.json`).sort());
	});
});

// Each opens a whole database through every upgrade: slower than most unit tests on a busy machine.
describe.each(fixtureVersions)('the fixture of schema v%i', { timeout: 20_000 }, (version) => {
	test('holds the database exactly as Dexie declares that version (IDB version × 10)', async () => {
		const { database } = readFixture(version);
		expect(database.name).toBe('sourced');
		expect(database.version).toBe(version * 10);
		const name = freshDatabaseName();
		(await openAtVersion(name, version)).close();
		expect(shapeOf(database)).toEqual(shapeOf(await exportDatabase(name, indexedDB)));
	});

	test('is restored exactly as exported', async () => {
		const { name, snapshot } = await restore(version);
		expect(await exportDatabase(name, indexedDB)).toStrictEqual({ ...snapshot, name });
	});

	test('opens at the latest version with every record intact after the documented upgrades', async () => {
		const { name, snapshot } = await restore(version);
		const expected = upgraded(version, rowsOf(snapshot));
		const db = new StudyDatabase(name);
		await db.open();
		expect(db.verno).toBe(latestSchemaVersion);
		const counts = Object.fromEntries(
			await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const))
		);
		expect(counts).toEqual(
			Object.fromEntries(Object.entries(expected).map(([table, rows]) => [table, rows.length]))
		);
		for (const [table, rows] of Object.entries(expected)) {
			expect(await db.table(table).toArray(), table).toStrictEqual(rows);
		}
		db.close();

		// Its stores and indexes are a fresh install's.
		const fresh = freshDatabaseName();
		await new StudyDatabase(fresh).open().then((opened) => opened.close());
		expect(shapeOf(await exportDatabase(name, indexedDB))).toEqual(
			shapeOf(await exportDatabase(fresh, indexedDB))
		);
	});

	test('is read by the repositories, and takes new study', async () => {
		const { name, snapshot } = await restore(version);
		const stored = upgraded(version, rowsOf(snapshot));
		const db = new StudyDatabase(name);
		const now = Date.UTC(2026, 11, 1, 9);
		const packId = 'china-taliban-recognition';

		// Every stored setting reads back as stored.
		const settings = await new SettingsRepository(db, fixedClock(now)).load();
		for (const row of stored.settings) {
			expect(settings[row.key as keyof typeof settings], row.key).toEqual(row.value);
		}

		// Quizzes: every one restores whole; the finished ones are listed with their answers.
		const quizzes = new QuizRepository(db);
		const sessions = stored.quizSessions;
		for (const session of sessions) expect(restoreQuiz(session).ok, session.id).toBe(true);
		const finished = sessions.filter(
			(session) => session.finishedAt !== null && !session.abandoned
		);
		const history = await readHistory(quizzes);
		expect(history.map((entry) => entry.id).sort()).toEqual(finished.map((s) => s.id).sort());
		for (const entry of history) {
			const answers = stored.quizAnswers.filter((a) => a.quizId === entry.id);
			expect(entry.results.answered, entry.id).toBe(answers.length);
		}
		expect((await quizzes.unfinished(packId))?.id).toBe(
			sessions.find((session) => session.finishedAt === null)?.id
		);
		expect(await quizzes.flags()).toHaveLength(stored.questionFlags.length);

		const memories = new MemoryRepository(db);
		expect(await memories.forPack(packId)).toHaveLength(stored.memories.length);
		// Undo finds the newest flashcard rating through v5's compound indexes, unless its fact
		// was rated since.
		const logs = stored.reviewLogs;
		const newest = logs
			.filter((log) => log.source === 'flashcard')
			.reduce<ReviewLogRecord | undefined>(
				(last, log) => (last && last.reviewedAt >= log.reviewedAt ? last : log),
				undefined
			);
		const ratedSince = logs.some(
			(log) => log.memoryId === newest?.memoryId && log.reviewedAt > newest.reviewedAt
		);
		expect((await memories.undoableRating(packId))?.id).toBe(ratedSince ? undefined : newest?.id);
		expect(await new FactFlagRepository(db).forPack(packId)).toHaveLength(stored.factFlags.length);
		const learn = new LearnRepository(db);
		expect((await learn.unfinished(packId))?.id).toBe(
			stored.learnSessions.find((session) => session.finishedAt === null)?.id
		);

		// A backup of it is one the app can restore.
		const backup = await new BackupRepository(db).export({ appVersion: 'test', now });
		const parsed = parseBackup(JSON.stringify(backup));
		expect(parsed.ok ? [] : parsed.problems).toEqual([]);

		// New study goes in next to the old.
		const scheduler = createScheduler();
		const { log } = await memories.rate(
			{
				packId,
				packVersion: 2,
				factId: 'china-first-to-accept-taliban-diplomat',
				rating: 'good',
				now,
				source: 'flashcard',
				quizAnswerId: null
			},
			scheduler
		);
		expect(await db.reviewLogs.get(log.id)).toEqual(log);
		expect(await db.reviewLogs.count()).toBe(stored.reviewLogs.length + 1);
		db.close();
	});
});
