import { Dexie } from 'dexie';
import type { Scheduler } from '$lib/domain/scheduling/fsrs-adapter';
import type { StudyDatabase } from './database';
import { AnswerTakenError } from './write-conflicts';
import { withStatus, type QuizStatus } from './quiz-status';
import { daysOf, retallyDays, tallyTableNames } from './day-tallies';
import type { MemoryState } from '$lib/domain/scheduling/memory';
import {
	applyRatings,
	flagLeeches,
	quizAnswerRatings,
	replayMemory,
	revertRatings
} from './memory-writes';
import type {
	FactFlagRecord,
	QuestionFlagRecord,
	QuizAnswerRecord,
	QuizDraftRecord,
	QuizSessionRecord,
	ReviewLogRecord
} from './records';

/** Quiz sessions, their answers and question reports. Every write is one transaction. */
export class QuizRepository {
	constructor(private readonly db: StudyDatabase) {}

	async start(session: QuizSessionRecord): Promise<void> {
		await this.db.quizSessions.add(withStatus(session));
	}

	/**
	 * Stores an answer and rates every fact it tests in the facts' memories, all in one
	 * transaction; resolves only once it is committed, so the UI may move on. Storing an answer
	 * again (the learner's "I was right") first takes back the ratings the old grade gave;
	 * `replacing` is the answer as the caller read it, and an answer stored by anyone else in
	 * the meantime (another tab) is never overwritten: `AnswerTakenError` carries it instead.
	 * Resolves to the flags of facts the answer made leeches (suspended with it).
	 */
	async recordAnswer(
		answer: QuizAnswerRecord,
		scheduler: Scheduler,
		replacing: QuizAnswerRecord | null = null
	): Promise<FactFlagRecord[]> {
		const { quizSessions, quizAnswers, memories, reviewLogs, factFlags } = this.db;
		const tables = [memories, factFlags, ...tallyTableNames.map((name) => this.db.table(name))];
		return await this.db.transaction('rw', tables, async () => {
			const session = await quizSessions.get(answer.quizId);
			if (!session) throw new Error(`No quiz ${answer.quizId}`);
			const existing = await quizAnswers.get(answer.id);
			if (existing && !sameRevision(existing, replacing)) throw new AnswerTakenError(existing);
			const earlier = await reviewLogs.where('quizAnswerId').equals(answer.id).toArray();
			const flags = await this.#replaceAnswer(answer, scheduler, earlier);
			// The days the answer and its ratings were on, and are on now.
			const logs = await reviewLogs.where('quizAnswerId').equals(answer.id).toArray();
			await retallyDays(
				this.db,
				daysOf([answer, ...(existing ? [existing] : []), ...earlier, ...logs])
			);
			return flags;
		});
	}

	/** `recordAnswer`'s writes, in its transaction: `earlier` are the ratings the answer gave before. */
	async #replaceAnswer(
		answer: QuizAnswerRecord,
		scheduler: Scheduler,
		earlier: ReviewLogRecord[]
	): Promise<FactFlagRecord[]> {
		const { quizAnswers, reviewLogs } = this.db;
		// A fact rated since (another tab, a flashcard): its history is replayed with the
		// new grade in its place, never rolled back over the later rating.
		const origins = new Map<string, MemoryState>();
		for (const log of earlier) {
			const history = await reviewLogs.where('memoryId').equals(log.memoryId).sortBy('reviewedAt');
			if (
				history.some(
					(other) => other.reviewedAt > log.reviewedAt && other.quizAnswerId !== answer.id
				)
			) {
				const first = history[0] ?? log;
				origins.set(log.memoryId, (first.reviewedAt <= log.reviewedAt ? first : log).log.before);
			}
		}
		if (origins.size === 0) {
			await revertRatings(this.db, earlier);
			await quizAnswers.put(answer);
			const logs = await applyRatings(this.db, scheduler, quizAnswerRatings(answer));
			return await flagLeeches(this.db, logs);
		}
		await revertRatings(
			this.db,
			earlier.filter((log) => !origins.has(log.memoryId))
		);
		for (const log of earlier) if (origins.has(log.memoryId)) await reviewLogs.delete(log.id);
		await quizAnswers.put(answer);
		const logs = await applyRatings(this.db, scheduler, quizAnswerRatings(answer));
		for (const [id, origin] of origins) await replayMemory(this.db, scheduler, id, origin);
		return await flagLeeches(this.db, logs);
	}

	/**
	 * Keeps which question is on screen (see `QuizSessionRecord.position`); the draft of the
	 * question left behind goes.
	 */
	async setPosition(quizId: string, position: number): Promise<void> {
		await this.db.quizSessions.update(quizId, { position, draft: undefined });
	}

	/** Keeps the answer being put together on screen (see `QuizSessionRecord.draft`). */
	async setDraft(quizId: string, draft: QuizDraftRecord): Promise<void> {
		await this.db.quizSessions.update(quizId, { draft });
	}

	async finish(quizId: string, at: number, abandoned = false): Promise<void> {
		const finished = { finishedAt: at, abandoned };
		await this.db.quizSessions.update(quizId, withStatus(finished));
	}

	async session(quizId: string): Promise<QuizSessionRecord | undefined> {
		return await this.db.quizSessions.get(quizId);
	}

	/**
	 * A pack's quiz answers since `since` (epoch ms), by index, each with whether its quiz was a
	 * retry of mistakes.
	 */
	async answersSince(
		packId: string,
		since: number
	): Promise<{ answer: QuizAnswerRecord; retry: boolean }[]> {
		const answers = await this.db.quizAnswers
			.where('[packId+answeredAt]')
			.between([packId, since], [packId, Dexie.maxKey])
			.toArray();
		const quizIds = [...new Set(answers.map((answer) => answer.quizId))];
		const sessions = await this.db.quizSessions.bulkGet(quizIds);
		const retries = new Set(
			sessions.flatMap((session) => (session && session.retryOf !== null ? [session.id] : []))
		);
		return answers.map((answer) => ({ answer, retry: retries.has(answer.quizId) }));
	}

	/** Every answer that tested a fact of a pack, oldest first, by the multi-entry index. */
	async answersOnFact(packId: string, factId: string): Promise<QuizAnswerRecord[]> {
		const answers = await this.db.quizAnswers.where('factIds').equals(factId).toArray();
		return answers
			.filter((answer) => answer.packId === packId)
			.sort((a, b) => a.answeredAt - b.answeredAt);
	}

	/** The stored quizzes of these ids (missing ones left out). */
	async sessions(quizIds: readonly string[]): Promise<QuizSessionRecord[]> {
		return (await this.db.quizSessions.bulkGet([...quizIds])).flatMap((session) =>
			session ? [session] : []
		);
	}

	/** A quiz's answers in the order they stand in the quiz. */
	async answersOf(quizId: string): Promise<QuizAnswerRecord[]> {
		return (await this.db.quizAnswers.where('quizId').equals(quizId).toArray()).sort(
			(a, b) => a.questionIndex - b.questionIndex
		);
	}

	/** A pack's most recent quiz that was started and neither finished nor discarded. */
	async unfinished(packId: string): Promise<QuizSessionRecord | undefined> {
		// Few quizzes are ever open at once: the pack is told apart among them.
		return await this.#withStatus('open')
			.filter((session) => session.packId === packId)
			.last();
	}

	/** Stored quizzes of one status, oldest first, by the `[status+startedAt]` index. */
	#withStatus(status: QuizStatus) {
		return this.db.quizSessions
			.where('[status+startedAt]')
			.between([status, Dexie.minKey], [status, Dexie.maxKey]);
	}

	/** Finished quizzes, newest first, with their answers. */
	async history(
		limit = 20
	): Promise<{ session: QuizSessionRecord; answers: QuizAnswerRecord[] }[]> {
		return (await this.historyPage(limit)).entries;
	}

	/**
	 * One page of the finished quizzes, newest first: `limit` of them from `offset`, each with
	 * its answers (read for that page only), and how many finished quizzes there are in all.
	 */
	async historyPage(
		limit: number,
		offset = 0
	): Promise<{
		entries: { session: QuizSessionRecord; answers: QuizAnswerRecord[] }[];
		total: number;
	}> {
		const [page, total] = await Promise.all([this.listedPage(limit, offset), this.listedCount()]);
		return { entries: page.entries, total };
	}

	/**
	 * `limit` finished quizzes from `offset`, newest first, with their answers, and whether
	 * older ones follow. Reads quizzes by time only as far as the page goes: each holds its
	 * questions, and a year of them read whole takes long.
	 */
	async listedPage(
		limit: number,
		offset = 0
	): Promise<{
		entries: { session: QuizSessionRecord; answers: QuizAnswerRecord[] }[];
		more: boolean;
	}> {
		const sessions = await this.#withStatus('finished')
			.reverse()
			.offset(offset)
			.limit(limit + 1)
			.toArray();
		const entries = await Promise.all(
			sessions
				.slice(0, limit)
				.map(async (session) => ({ session, answers: await this.answersOf(session.id) }))
		);
		return { entries, more: sessions.length > limit };
	}

	/** How many finished quizzes there are (the discarded and the unfinished left out). */
	async listedCount(): Promise<number> {
		return await this.#withStatus('finished').count();
	}

	async flag(record: QuestionFlagRecord): Promise<void> {
		await this.db.questionFlags.put(record);
	}

	async setSuspended(questionId: string, suspended: boolean): Promise<void> {
		await this.db.questionFlags.update(questionId, { suspended });
	}

	async flags(): Promise<QuestionFlagRecord[]> {
		return await this.db.questionFlags.orderBy('flaggedAt').reverse().toArray();
	}

	async suspendedQuestionIds(): Promise<string[]> {
		return (await this.db.questionFlags.toArray())
			.filter((flag) => flag.suspended)
			.map((flag) => flag.questionId);
	}
}

/** Whether `stored` is still the answer the caller read (`read`), so it may be replaced. */
function sameRevision(stored: QuizAnswerRecord, read: QuizAnswerRecord | null): boolean {
	return (
		read !== null &&
		stored.answeredAt === read.answeredAt &&
		stored.overridden === read.overridden &&
		stored.correct === read.correct
	);
}
