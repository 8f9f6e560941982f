import type { Dexie, Transaction } from 'dexie';
import { keyAnswersByQuestion } from './key-answers-by-question';
import { quizStatus } from './quiz-status';
import { replayQuizAnswers } from './replay-quiz-answers';
import { tallyStoredDays } from './tally-stored-days';

/**
 * The schema's history, oldest first. Append-only: a released version is never edited or
 * removed, because devices in the field hold data at every one of them. A change adds a
 * version (with an upgrade function when stored rows need to change) and an upgrade test
 * in tests/unit/db/ that opens data written at the previous version.
 */
export interface SchemaVersion {
	version: number;
	/** Dexie store declarations: only the tables this version adds or changes. */
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<unknown>;
}

export const schemaHistory: readonly SchemaVersion[] = [
	{
		version: 1,
		stores: { settings: 'key' }
	},
	{
		// Settings carry the time they were last written.
		version: 2,
		stores: { settings: 'key, updatedAt' },
		upgrade: (tx) =>
			tx
				.table('settings')
				.toCollection()
				.modify((row: { updatedAt?: number }) => {
					row.updatedAt ??= 0;
				})
	},
	{
		// Quiz mode: the sessions with the questions they asked, every answer, and question reports.
		version: 3,
		stores: {
			quizSessions: 'id, startedAt, packId',
			quizAnswers: 'id, quizId, questionId, answeredAt, studyDay, *factIds',
			questionFlags: 'questionId, flaggedAt'
		}
	},
	{
		// One FSRS memory per fact, fed by flashcards and quizzes, with a log of every rating.
		// Answers stored under v3 are replayed into memories.
		version: 4,
		stores: {
			memories: 'id, packId, due',
			reviewLogs: 'id, memoryId, packId, reviewedAt, studyDay, source, quizAnswerId'
		},
		upgrade: replayQuizAnswers
	},
	{
		// Undo and its check read the newest flashcard rating of a pack, and the ratings of one
		// memory after a time, through compound indexes instead of sorting every log.
		version: 5,
		stores: {
			reviewLogs:
				'id, memoryId, packId, reviewedAt, studyDay, source, quizAnswerId, [packId+source+reviewedAt], [memoryId+reviewedAt]'
		}
	},
	{
		// Answers keyed by their question's id, not its position: an answer can never be laid
		// against another question (two tabs, a question that could not be restored).
		version: 6,
		stores: { quizAnswers: 'id, quizId, questionId, answeredAt, studyDay, *factIds' },
		upgrade: keyAnswersByQuestion
	},
	{
		// Facts taken out of study: suspended from a flashcard, reported, or leeches.
		version: 7,
		stores: { factFlags: 'id, packId, flaggedAt' }
	},
	{
		// Progress reads a pack's ratings and answers by time and its study days by index, and
		// flashcard ratings carry the time spent on the card (`durationMs`, absent before).
		version: 8,
		stores: {
			reviewLogs:
				'id, memoryId, packId, reviewedAt, studyDay, source, quizAnswerId, [packId+source+reviewedAt], [memoryId+reviewedAt], [packId+reviewedAt], [packId+studyDay]',
			quizAnswers: 'id, quizId, questionId, answeredAt, studyDay, *factIds, [packId+answeredAt]'
		}
	},
	{
		// Learn: the day's sessions with every question they asked, and each answer with how
		// sure the learner was; their ratings are logged with `source: 'learn'`.
		version: 9,
		stores: {
			learnSessions: 'id, packId, startedAt, studyDay',
			learnAnswers: 'id, sessionId, packId, answeredAt, studyDay, *factIds, [packId+answeredAt]'
		}
	},
	{
		// Progress reads a tally per pack and study day instead of a year of records: each is
		// recomputed with every write to its day, and all are counted from the stored records here.
		version: 10,
		stores: { dayTallies: 'id, [packId+studyDay]' },
		upgrade: tallyStoredDays
	},
	{
		// Quizzes carry their status ('open', 'finished', 'discarded'): opening the quiz screen
		// and counting past quizzes read one index instead of every stored quiz.
		version: 11,
		stores: { quizSessions: 'id, startedAt, packId, [status+startedAt]' },
		upgrade: (tx) =>
			tx
				.table('quizSessions')
				.toCollection()
				.modify((row: Parameters<typeof quizStatus>[0] & { status?: string }) => {
					row.status = quizStatus(row);
				})
	}
];

export const latestSchemaVersion = Math.max(...schemaHistory.map((step) => step.version));

/** Declares every version up to `upTo` on `db`. Tests pass a lower `upTo` to write old data. */
export function declareSchema(db: Dexie, upTo = latestSchemaVersion): void {
	for (const step of schemaHistory) {
		if (step.version > upTo) break;
		const version = db.version(step.version).stores(step.stores);
		if (step.upgrade) version.upgrade(step.upgrade);
	}
}
