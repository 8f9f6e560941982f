import { Dexie } from 'dexie';
import type { Scheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { leechThreshold } from '$lib/domain/scheduling/leech';
import type { DayTally } from '$lib/domain/stats/day-tally';
import type { StudyDayWindow } from '$lib/domain/time/study-day';
import type { StudyDatabase } from './database';
import { applyRatings, flagLeeches, revertRatings, type RatingInput } from './memory-writes';
import { daysOf, fromRecord, retallyDays, tallyTableNames } from './day-tallies';
import type { FactFlagRecord, MemoryRecord, ReviewLogRecord } from './records';

/** A flashcard rating as committed: its log, and the fact's leech flag if it just became one. */
export interface CommittedRating {
	log: ReviewLogRecord;
	leech: FactFlagRecord | null;
}

/** Facts' memories (one FSRS card per fact) and their review logs. Each write is one transaction. */
export class MemoryRepository {
	constructor(private readonly db: StudyDatabase) {}

	forPack(packId: string): Promise<MemoryRecord[]> {
		return this.db.memories.where('packId').equals(packId).toArray();
	}

	get(id: string): Promise<MemoryRecord | undefined> {
		return this.db.memories.get(id);
	}

	/**
	 * Rates one fact; the new memory and its log (and a leech's suspension) are committed
	 * together before this resolves.
	 */
	async rate(input: RatingInput, scheduler: Scheduler): Promise<CommittedRating> {
		const { memories, factFlags } = this.db;
		const tallied = tallyTableNames.map((name) => this.db.table(name));
		return this.db.transaction('rw', [memories, factFlags, ...tallied], async () => {
			const [log] = await applyRatings(this.db, scheduler, [input]);
			if (!log) throw new Error('No rating was applied');
			await retallyDays(this.db, daysOf([log]));
			const [leech] = await flagLeeches(this.db, [log]);
			return { log, leech: leech ?? null };
		});
	}

	/**
	 * The flashcard rating that "Undo" would take back: `logId`, the rating the screen names
	 * (the one this tab made last), else the pack's newest. It is undoable if this tab made it
	 * (ratings older than tab ids count as this tab's), nothing rated its fact since (the memory
	 * is as it left it) and no other tab rated a card of the pack after it. Told by the memory,
	 * not by times: a clock moved back stamps a later rating earlier. A few indexed reads,
	 * whatever the length of the history.
	 */
	async undoableRating(
		packId: string,
		tabId?: string,
		logId?: string
	): Promise<ReviewLogRecord | undefined> {
		const newest = () =>
			this.db.reviewLogs
				.where('[packId+source+reviewedAt]')
				.between([packId, 'flashcard', Dexie.minKey], [packId, 'flashcard', Dexie.maxKey])
				.last();
		const log = logId === undefined ? await newest() : await this.db.reviewLogs.get(logId);
		if (!log || log.packId !== packId || log.source !== 'flashcard') return undefined;
		const otherTab = (other: ReviewLogRecord) =>
			tabId !== undefined && other.tabId !== undefined && other.tabId !== tabId;
		if (otherTab(log)) return undefined;
		const memory = await this.db.memories.get(log.memoryId);
		if (!memory || !leftAsRated(memory, log)) return undefined;
		if (logId === undefined || tabId === undefined) return log;
		const laterElsewhere = await this.db.reviewLogs
			.where('[packId+source+reviewedAt]')
			.between([packId, 'flashcard', log.reviewedAt], [packId, 'flashcard', Dexie.maxKey])
			.filter((other) => other.id !== log.id && otherTab(other))
			.count();
		return laterElsewhere > 0 ? undefined : log;
	}

	/**
	 * Takes back a flashcard rating, if undoable (see `undoableRating`: `logId` names the one
	 * the screen offers), and the leech suspension it caused, if any.
	 */
	async undoLastRating(
		packId: string,
		tabId?: string,
		logId?: string
	): Promise<ReviewLogRecord | undefined> {
		const { memories, factFlags } = this.db;
		const tallied = tallyTableNames.map((name) => this.db.table(name));
		return this.db.transaction('rw', [memories, factFlags, ...tallied], async () => {
			const last = await this.undoableRating(packId, tabId, logId);
			if (!last) return undefined;
			await revertRatings(this.db, [last]);
			await retallyDays(this.db, daysOf([last]));
			const flag = await factFlags.get(last.memoryId);
			if (flag?.reason === 'leech' && flag.flaggedAt === last.reviewedAt) {
				// Past the first threshold, the fact was a leech brought back before: it stays listed.
				if (flag.lapses > leechThreshold) await factFlags.update(flag.id, { suspended: false });
				else await factFlags.delete(flag.id);
			}
			return last;
		});
	}

	/**
	 * Facts seen for the first time in the current study day (see `StudyDayWindow`), by where
	 * each was first met (flashcard or quiz): together they count toward the new-card limit.
	 */
	async newIntroducedBySource(
		day: StudyDayWindow,
		packId: string
	): Promise<{ flashcard: number; quiz: number; learn: number }> {
		const [since, named] = await Promise.all([
			this.db.reviewLogs.where('reviewedAt').aboveOrEqual(day.start).toArray(),
			this.db.reviewLogs.where('studyDay').equals(day.name).toArray()
		]);
		const logs = new Map([...since, ...named].map((log) => [log.id, log]));
		const firstMet = new Map<string, ReviewLogRecord['source']>();
		for (const log of [...logs.values()].sort((a, b) => a.reviewedAt - b.reviewedAt)) {
			if (log.packId !== packId || log.log.stateBefore !== 'new') continue;
			if (!firstMet.has(log.memoryId)) firstMet.set(log.memoryId, log.source);
		}
		const sources = [...firstMet.values()];
		return {
			flashcard: sources.filter((source) => source === 'flashcard').length,
			quiz: sources.filter((source) => source === 'quiz').length,
			learn: sources.filter((source) => source === 'learn').length
		};
	}

	/** A pack's flashcard ratings since `since` (epoch ms), oldest first, by index. */
	flashcardRatingsSince(packId: string, since: number): Promise<ReviewLogRecord[]> {
		return this.db.reviewLogs
			.where('[packId+source+reviewedAt]')
			.between([packId, 'flashcard', since], [packId, 'flashcard', Dexie.maxKey])
			.toArray();
	}

	/** Every study day with any rating of the pack (flashcard, quiz or Learn), oldest first. */
	async studyDays(packId: string): Promise<string[]> {
		return (await this.dayTallies(packId)).flatMap((tally) =>
			tally.reviews > 0 ? [tally.day] : []
		);
	}

	/**
	 * The pack's study days as tallied (see `DayTally`), oldest first: one small record per day
	 * studied, whatever the number of ratings and answers.
	 */
	async dayTallies(packId: string): Promise<DayTally[]> {
		const records = await this.db.dayTallies
			.where('[packId+studyDay]')
			.between([packId, Dexie.minKey], [packId, Dexie.maxKey])
			.toArray();
		return records.map(fromRecord);
	}

	logsOf(memoryId: string): Promise<ReviewLogRecord[]> {
		return this.db.reviewLogs.where('memoryId').equals(memoryId).sortBy('reviewedAt');
	}
}

/** Whether the stored memory is as the rating of `log` left it: nothing rated it since. */
function leftAsRated(stored: MemoryRecord, log: ReviewLogRecord): boolean {
	const { memory } = stored;
	return (
		memory.reps === log.log.before.reps + 1 &&
		memory.due === log.log.dueAfter &&
		memory.state === log.log.stateAfter &&
		memory.stability === log.log.stabilityAfter &&
		memory.difficulty === log.log.difficultyAfter
	);
}
