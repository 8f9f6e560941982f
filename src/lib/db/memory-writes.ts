import type { EntityTable } from 'dexie';
import { memoryId } from '$lib/domain/scheduling/memory-id';
import type { MemoryState, Rating } from '$lib/domain/scheduling/memory';
import { quizRating } from '$lib/domain/scheduling/quiz-rating';
import type { Scheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { studyDay } from '$lib/domain/time/study-day';
import { becomesLeech } from '$lib/domain/scheduling/leech';
import { StaleRatingError } from './write-conflicts';
import type { FactFlagRecord, MemoryRecord, QuizAnswerRecord, ReviewLogRecord } from './records';

/** One rating to apply to a fact's memory. */
export interface RatingInput {
	packId: string;
	packVersion: number;
	factId: string;
	rating: Rating;
	/** Epoch ms. */
	now: number;
	source: 'flashcard' | 'quiz' | 'learn';
	quizAnswerId: string | null;
	/** The Learn answer behind a Learn rating. */
	learnAnswerId?: string;
	/**
	 * The memory's last review as the rater saw it (`null`: never reviewed). When given and
	 * the stored memory has moved on since (rated in another tab), nothing is written and a
	 * `StaleRatingError` is thrown, so a stale screen never rates a card twice.
	 */
	expectedLastReview?: number | null;
	/** The tab making a flashcard rating (see `ReviewLogRecord.tabId`). */
	tabId?: string;
	/** Time on the card before this rating (see `ReviewLogRecord.durationMs`). */
	durationMs?: number;
}

export interface MemoryTables {
	memories: EntityTable<MemoryRecord, 'id'>;
	reviewLogs: EntityTable<ReviewLogRecord, 'id'>;
}

/**
 * Rates facts' memories and logs each rating. Call inside a Dexie transaction that includes
 * both tables, so a memory and its log are written together or not at all.
 */
export async function applyRatings(
	tables: MemoryTables,
	scheduler: Scheduler,
	inputs: readonly RatingInput[]
): Promise<ReviewLogRecord[]> {
	const logs: ReviewLogRecord[] = [];
	for (const input of inputs) {
		const id = memoryId(input.packId, input.factId);
		const stored = await tables.memories.get(id);
		if (
			input.expectedLastReview !== undefined &&
			(stored?.memory.lastReview ?? null) !== input.expectedLastReview
		) {
			throw new StaleRatingError(`${id} was rated elsewhere since it was shown`);
		}
		const before = stored?.memory ?? scheduler.newMemory(input.now);
		const { memory, log } = scheduler.rate(before, input.rating, input.now);
		await tables.memories.put({
			id,
			packId: input.packId,
			factId: input.factId,
			packVersion: input.packVersion,
			memory,
			due: memory.due
		});
		const record: ReviewLogRecord = {
			id:
				input.source === 'quiz'
					? `quiz:${input.quizAnswerId ?? ''}:${input.factId}`
					: input.source === 'learn'
						? `learn:${input.learnAnswerId ?? ''}:${input.factId}`
						: `card:${id}:${input.now}`,
			memoryId: id,
			packId: input.packId,
			factId: input.factId,
			packVersion: input.packVersion,
			source: input.source,
			quizAnswerId: input.quizAnswerId,
			...(input.learnAnswerId ? { learnAnswerId: input.learnAnswerId } : {}),
			studyDay: studyDay(input.now),
			reviewedAt: input.now,
			log,
			...(input.tabId ? { tabId: input.tabId } : {}),
			...(input.durationMs !== undefined ? { durationMs: input.durationMs } : {})
		};
		await tables.reviewLogs.put(record);
		logs.push(record);
	}
	return logs;
}

/** Undoes logged ratings, newest first: each memory goes back to its state before, the log is deleted. */
export async function revertRatings(
	tables: MemoryTables,
	logs: readonly ReviewLogRecord[]
): Promise<void> {
	const newestFirst = [...logs].sort((a, b) => b.reviewedAt - a.reviewedAt);
	for (const entry of newestFirst) {
		const stored = await tables.memories.get(entry.memoryId);
		if (stored) {
			await tables.memories.put({ ...stored, memory: entry.log.before, due: entry.log.before.due });
		}
		await tables.reviewLogs.delete(entry.id);
	}
}

/**
 * Rebuilds a memory from its review log: from `origin` (its state before its first rating),
 * each logged rating re-applied in time order, each log rewritten to what its rating did now.
 * Used when a rating in the middle of the history changes ("I was right" on an answer whose
 * fact was rated again later, in another tab), so that the later rating is never erased.
 * Each log keeps its rating, time, day and duration, so the day tallies need no recount.
 */
export async function replayMemory(
	tables: MemoryTables,
	scheduler: Scheduler,
	id: string,
	origin: MemoryState
): Promise<void> {
	const stored = await tables.memories.get(id);
	if (!stored) return;
	const logs = (await tables.reviewLogs.where('memoryId').equals(id).toArray()).sort(
		(a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	let memory = origin;
	for (const entry of logs) {
		const { memory: after, log } = scheduler.rate(memory, entry.log.rating, entry.reviewedAt);
		await tables.reviewLogs.put({ ...entry, log });
		memory = after;
	}
	await tables.memories.put({ ...stored, memory, due: memory.due });
}

/** The ratings a quiz answer gives: each tested fact by its own result (see quizRating). */
export function quizAnswerRatings(answer: QuizAnswerRecord): RatingInput[] {
	return answer.perFact.map((result) => ({
		packId: answer.packId,
		packVersion: answer.packVersion,
		factId: result.factId,
		rating: quizRating({
			correct: result.correct,
			overridden: answer.overridden,
			responseMs: answer.responseMs
		}),
		now: answer.answeredAt,
		source: 'quiz',
		quizAnswerId: answer.id
	}));
}

/**
 * Suspends the facts that `logs` (ratings just applied) made leeches, and returns their flags.
 * Call in the same transaction as the ratings, with the `factFlags` table in it, so that a
 * leech is never rated without being caught.
 */
export async function flagLeeches(
	tables: MemoryTables & { factFlags: EntityTable<FactFlagRecord, 'id'> },
	logs: readonly ReviewLogRecord[]
): Promise<FactFlagRecord[]> {
	const flagged: FactFlagRecord[] = [];
	for (const entry of logs) {
		const stored = await tables.memories.get(entry.memoryId);
		if (!stored || !becomesLeech(entry.log.before.lapses, stored.memory.lapses)) continue;
		const flag: FactFlagRecord = {
			id: entry.memoryId,
			packId: entry.packId,
			factId: entry.factId,
			packVersion: entry.packVersion,
			reason: 'leech',
			note: '',
			lapses: stored.memory.lapses,
			flaggedAt: entry.reviewedAt,
			suspended: true
		};
		await tables.factFlags.put(flag);
		flagged.push(flag);
	}
	return flagged;
}
