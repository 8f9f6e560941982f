import type { EntityTable } from 'dexie';
import { certainties, type Certainty } from '$lib/domain/learn/certainty';
import { markRetries } from '$lib/domain/learn/retries';
import { tallyDay, type DayTally } from '$lib/domain/stats/day-tally';
import type {
	DayTallyRecord,
	LearnAnswerRecord,
	QuizAnswerRecord,
	QuizSessionRecord,
	ReviewLogRecord
} from './records';

/** The tables a day's tally is counted from, and the tallies. */
export interface TallyTables {
	reviewLogs: EntityTable<ReviewLogRecord, 'id'>;
	quizAnswers: EntityTable<QuizAnswerRecord, 'id'>;
	quizSessions: EntityTable<QuizSessionRecord, 'id'>;
	learnAnswers: EntityTable<LearnAnswerRecord, 'id'>;
	dayTallies: EntityTable<DayTallyRecord, 'id'>;
}

/** The table names of `TallyTables`: a write that retallies needs them all in its transaction. */
export const tallyTableNames = [
	'reviewLogs',
	'quizAnswers',
	'quizSessions',
	'learnAnswers',
	'dayTallies'
] as const;

/** One study day of one pack. */
export interface PackDay {
	packId: string;
	studyDay: string;
}

export const dayTallyId = (packId: string, studyDay: string) => `${packId}:${studyDay}`;

const isCertainty = (value: number): value is Certainty =>
	(certainties as readonly number[]).includes(value);

/**
 * Recounts the tallies of `days` from their records, as they stand in this transaction: a
 * day with no records left loses its tally. Call inside the transaction of the write that
 * changed those days, with every table of `TallyTables` in it, so the tallies never disagree
 * with the records. Reads one day's records at a time, by index.
 */
export async function retallyDays(tables: TallyTables, days: Iterable<PackDay>): Promise<void> {
	const unique = new Map<string, PackDay>();
	for (const day of days) unique.set(dayTallyId(day.packId, day.studyDay), day);
	for (const [id, { packId, studyDay }] of unique) {
		const record = await countDay(tables, packId, studyDay);
		if (record) await tables.dayTallies.put(record);
		else await tables.dayTallies.delete(id);
	}
}

/**
 * Recounts every tally from every stored record (an import, the upgrade that made tallies):
 * the tallies are replaced by the recount of each day that holds any record.
 */
export async function retallyAll(tables: TallyTables): Promise<void> {
	const days = new Map<string, PackDay>();
	const add = (packId: string, studyDay: string) =>
		days.set(dayTallyId(packId, studyDay), { packId, studyDay });
	const logKeys = await tables.reviewLogs.orderBy('[packId+studyDay]').uniqueKeys();
	for (const key of logKeys) {
		if (Array.isArray(key) && typeof key[0] === 'string' && typeof key[1] === 'string') {
			add(key[0], key[1]);
		}
	}
	// Answers have no index by pack and day: read once, whole (an import or an upgrade).
	await tables.quizAnswers.each((answer) => add(answer.packId, answer.studyDay));
	await tables.learnAnswers.each((answer) => add(answer.packId, answer.studyDay));
	await tables.dayTallies.clear();
	await retallyDays(tables, days.values());
}

/** The days whose records `logs` are (or were), for `retallyDays`. */
export function daysOf(records: readonly { packId: string; studyDay: string }[]): PackDay[] {
	return records.map(({ packId, studyDay }) => ({ packId, studyDay }));
}

/** One day's tally record, counted from its records; `null` when the day holds none. */
async function countDay(
	tables: TallyTables,
	packId: string,
	studyDay: string
): Promise<DayTallyRecord | null> {
	const [logs, quizAnswers, learnAnswers] = await Promise.all([
		tables.reviewLogs.where('[packId+studyDay]').equals([packId, studyDay]).toArray(),
		tables.quizAnswers
			.where('studyDay')
			.equals(studyDay)
			.filter((answer) => answer.packId === packId)
			.toArray(),
		tables.learnAnswers
			.where('studyDay')
			.equals(studyDay)
			.filter((answer) => answer.packId === packId)
			.toArray()
	]);
	const quizIds = [...new Set(quizAnswers.map((answer) => answer.quizId))];
	const retryQuizzes = new Set(
		(await tables.quizSessions.bulkGet(quizIds)).flatMap((session) =>
			session && session.retryOf !== null ? [session.id] : []
		)
	);
	const learnRetries = await learnRetryIds(tables, learnAnswers);
	const tally = tallyDay(studyDay, {
		reviews: logs.length,
		ratings: logs
			.filter((log) => log.source === 'flashcard')
			.map((log) => ({
				memoryId: log.memoryId,
				day: log.studyDay,
				reviewedAt: log.reviewedAt,
				rating: log.log.rating,
				...(log.durationMs !== undefined ? { durationMs: log.durationMs } : {})
			})),
		answers: [
			...quizAnswers.map((answer) => ({ answer, retry: retryQuizzes.has(answer.quizId) })),
			...learnAnswers.map((answer) => ({ answer, retry: learnRetries.has(answer.id) }))
		].map(({ answer, retry }) => ({
			day: answer.studyDay,
			answeredAt: answer.answeredAt,
			correct: answer.correct,
			responseMs: answer.responseMs,
			retry
		})),
		learned: learnAnswers.flatMap((answer) =>
			isCertainty(answer.certainty)
				? [{ certainty: answer.certainty, correct: answer.correct }]
				: []
		)
	});
	if (!tally) return null;
	const versions = [...logs, ...quizAnswers, ...learnAnswers].map((record) => record.packVersion);
	return toRecord(packId, Math.max(1, ...versions), tally);
}

/**
 * The Learn answers among `answers` that retry a fact already asked in their session (see
 * `markRetries`): a session can run past midnight, so its earlier answers are read whole.
 */
async function learnRetryIds(
	tables: TallyTables,
	answers: readonly LearnAnswerRecord[]
): Promise<Set<string>> {
	const retries = new Set<string>();
	for (const sessionId of new Set(answers.map((answer) => answer.sessionId))) {
		// In the order the pack's answers are read by time (ties by id), as Learn counts them.
		const session = (await tables.learnAnswers.where('sessionId').equals(sessionId).toArray()).sort(
			(a, b) => a.answeredAt - b.answeredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		);
		for (const { answer, retry } of markRetries(session)) if (retry) retries.add(answer.id);
	}
	return retries;
}

function toRecord(packId: string, packVersion: number, tally: DayTally): DayTallyRecord {
	const { day, ...counts } = tally;
	return { id: dayTallyId(packId, day), packId, packVersion, studyDay: day, ...counts };
}

/** A stored tally as the statistics read it. */
export function fromRecord(record: DayTallyRecord): DayTally {
	return {
		day: record.studyDay,
		reviews: record.reviews,
		ratings: record.ratings,
		answers: record.answers,
		ms: record.ms,
		flashcards: record.flashcards,
		quizzes: record.quizzes,
		certainty: record.certainty
	};
}
