import type { Rating } from '$lib/domain/scheduling/memory';
import type { Scheduler } from '$lib/domain/scheduling/fsrs-adapter';
import type { StudyDatabase } from './database';
import { LearnStepTakenError } from './write-conflicts';
import { daysOf, retallyDays, tallyTableNames } from './day-tallies';
import { applyRatings, flagLeeches } from './memory-writes';
import type {
	FactFlagRecord,
	LearnAnswerRecord,
	LearnSessionRecord,
	LearnStepRecord
} from './records';

/** Learn sessions and their answers; each answer rates its facts in the same transaction. */
export class LearnRepository {
	constructor(private readonly db: StudyDatabase) {}

	async start(session: LearnSessionRecord): Promise<void> {
		await this.db.learnSessions.add(session);
	}

	async session(id: string): Promise<LearnSessionRecord | undefined> {
		return await this.db.learnSessions.get(id);
	}

	/** The pack's newest session still under way, if any. */
	async unfinished(packId: string): Promise<LearnSessionRecord | undefined> {
		const sessions = await this.db.learnSessions.where('packId').equals(packId).toArray();
		return sessions
			.filter((session) => session.finishedAt === null)
			.sort((a, b) => b.startedAt - a.startedAt)[0];
	}

	/**
	 * Questions still to answer in `session`: its queue, and its last question asked when that
	 * has no answer yet (it was on screen when the learner left).
	 */
	async questionsLeft(session: LearnSessionRecord): Promise<number> {
		const last = session.steps.length - 1;
		const unanswered = last >= 0 && !(await this.db.learnAnswers.get(`${session.id}:${last}`));
		return session.queue.length + (unanswered ? 1 : 0);
	}

	/**
	 * Adds the next question to a session and takes its fact off the queue, unless another
	 * tab did so first: the session as stored afterwards, which holds the step either way.
	 */
	async ask(sessionId: string, index: number, step: LearnStepRecord): Promise<LearnSessionRecord> {
		return await this.db.transaction('rw', this.db.learnSessions, async () => {
			const session = await this.db.learnSessions.get(sessionId);
			if (!session) throw new Error(`No Learn session ${sessionId}`);
			if (session.steps.length !== index) return session;
			const [first, ...rest] = session.queue;
			const next: LearnSessionRecord = {
				...session,
				steps: [...session.steps, step],
				queue: first === step.factId ? rest : session.queue.filter((id) => id !== step.factId)
			};
			await this.db.learnSessions.put(next);
			return next;
		});
	}

	/**
	 * Stores an answer, rates each of its facts (`ratings`) and sets the queue that follows it,
	 * in one transaction; returns the facts the ratings made leeches (suspended). An answer
	 * already stored for the step (another tab) is never replaced: `LearnStepTakenError`.
	 */
	async recordAnswer(
		answer: LearnAnswerRecord,
		ratings: readonly { factId: string; rating: Rating }[],
		queue: readonly string[],
		scheduler: Scheduler
	): Promise<FactFlagRecord[]> {
		const { learnSessions, learnAnswers, memories, factFlags } = this.db;
		const tallied = tallyTableNames.map((name) => this.db.table(name));
		const tables = [learnSessions, memories, factFlags, ...tallied];
		return await this.db.transaction('rw', tables, async () => {
			const session = await learnSessions.get(answer.sessionId);
			if (!session) throw new Error(`No Learn session ${answer.sessionId}`);
			const existing = await learnAnswers.get(answer.id);
			if (existing) throw new LearnStepTakenError(existing);
			await learnAnswers.add(answer);
			await learnSessions.update(answer.sessionId, { queue: [...queue] });
			const logs = await applyRatings(
				this.db,
				scheduler,
				ratings.map(({ factId, rating }) => ({
					packId: answer.packId,
					packVersion: answer.packVersion,
					factId,
					rating,
					now: answer.answeredAt,
					source: 'learn' as const,
					quizAnswerId: null,
					learnAnswerId: answer.id
				}))
			);
			await retallyDays(this.db, daysOf([answer, ...logs]));
			return await flagLeeches(this.db, logs);
		});
	}

	async answersOf(sessionId: string): Promise<LearnAnswerRecord[]> {
		return await this.db.learnAnswers.where('sessionId').equals(sessionId).sortBy('step');
	}

	/** Each fact's latest Learn answer in the pack (it holds the fact's rung). */
	async lastAnswers(packId: string): Promise<Map<string, LearnAnswerRecord>> {
		const answers = await this.db.learnAnswers
			.where('[packId+answeredAt]')
			.between([packId, -Infinity], [packId, Infinity])
			.toArray();
		const last = new Map<string, LearnAnswerRecord>();
		for (const answer of answers) last.set(answer.factId, answer);
		return last;
	}

	/** A pack's Learn answers since `since` (epoch ms), oldest first. */
	async answersSince(packId: string, since: number): Promise<LearnAnswerRecord[]> {
		return await this.db.learnAnswers
			.where('[packId+answeredAt]')
			.between([packId, since], [packId, Infinity])
			.toArray();
	}

	/** Sets the facts still to ask (a fact with no question left is dropped). */
	async recordQueue(sessionId: string, queue: readonly string[]): Promise<void> {
		await this.db.learnSessions.update(sessionId, { queue: [...queue] });
	}

	async seeRound(sessionId: string, roundsSeen: number): Promise<void> {
		await this.db.learnSessions.update(sessionId, { roundsSeen });
	}

	async finish(sessionId: string, at: number): Promise<void> {
		await this.db.learnSessions.update(sessionId, { finishedAt: at });
	}
}
