import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { StudyDatabase } from '$lib/db/database';
import { MemoryRepository } from '$lib/db/memory-repository';
import { QuizRepository } from '$lib/db/quiz-repository';
import { FactFlagRepository } from '$lib/db/fact-flag-repository';
import type { QuizAnswerRecord } from '$lib/db/records';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import type { RatingInput } from '$lib/db/memory-writes';
import { StaleRatingError } from '$lib/db/write-conflicts';
import { startOfStudyDay, studyDay, studyDayWindow } from '$lib/domain/time/study-day';
import { freshDatabaseName } from './helpers';

const scheduler = createScheduler();
const day = 86_400_000;
const start = new Date(2026, 10, 27, 9, 0).getTime();
let name: string;
let db: StudyDatabase;
let memories: MemoryRepository;

beforeEach(() => {
	name = freshDatabaseName();
	db = new StudyDatabase(name);
	memories = new MemoryRepository(db);
});

afterEach(() => db.close());

function card(factId: string, rating: RatingInput['rating'], now: number): RatingInput {
	return {
		packId: 'pack',
		packVersion: 1,
		factId,
		rating,
		now,
		source: 'flashcard',
		quizAnswerId: null
	};
}

describe('MemoryRepository', () => {
	test('undo takes back only this tab’s rating, and none when another tab rated since', async () => {
		await memories.rate({ ...card('fact-a', 'good', start), tabId: 'tab-a' }, scheduler);
		expect((await memories.undoableRating('pack', 'tab-a'))?.factId).toBe('fact-a');
		await memories.rate({ ...card('fact-b', 'hard', start + 1000), tabId: 'tab-b' }, scheduler);
		// Tab A's Undo would take back tab B's Hard: refused, and nothing changes.
		expect(await memories.undoableRating('pack', 'tab-a')).toBeUndefined();
		expect(await memories.undoLastRating('pack', 'tab-a')).toBeUndefined();
		expect(await db.reviewLogs.count()).toBe(2);
		// Tab B (also after a reload: the same tab id) undoes its own.
		expect((await memories.undoLastRating('pack', 'tab-b'))?.factId).toBe('fact-b');
		expect(await db.reviewLogs.count()).toBe(1);
	});

	test('with the clock moved back a day, undo takes back the rating the screen names, not the newest by time', async () => {
		const tab = (input: RatingInput) => ({ ...input, tabId: 'tab-a' });
		await memories.rate(tab(card('fact-a', 'good', start)), scheduler);
		await memories.rate(tab(card('fact-b', 'easy', start + 10_000)), scheduler);
		const { log } = await memories.rate(tab(card('fact-c', 'hard', start - day)), scheduler);
		const undone = await memories.undoLastRating('pack', 'tab-a', log.id);
		expect(undone?.id).toBe(log.id);
		expect((await db.reviewLogs.toArray()).map((entry) => entry.factId).sort()).toEqual([
			'fact-a',
			'fact-b'
		]);
		expect((await memories.get('pack:fact-b'))?.memory.reps).toBe(1);
	});

	test('a card rated again with the clock moved back: its older rating, newest by time, is not undoable', async () => {
		await memories.rate(card('fact-a', 'good', start), scheduler);
		const afterFirst = await memories.get('pack:fact-a');
		const { log } = await memories.rate(card('fact-a', 'hard', start - day), scheduler);
		// Undoing the Good would put the card back to new under the Hard made after it.
		expect(await memories.undoableRating('pack')).toBeUndefined();
		expect(await memories.undoLastRating('pack')).toBeUndefined();
		expect((await memories.undoLastRating('pack', undefined, log.id))?.log.rating).toBe('hard');
		expect(await memories.get('pack:fact-a')).toEqual(afterFirst);
	});

	test('undo of a named rating is refused when another tab rated a card after it', async () => {
		const { log } = await memories.rate(
			{ ...card('fact-a', 'good', start), tabId: 'tab-a' },
			scheduler
		);
		await memories.rate({ ...card('fact-b', 'hard', start + 1000), tabId: 'tab-b' }, scheduler);
		expect(await memories.undoLastRating('pack', 'tab-a', log.id)).toBeUndefined();
		expect(await db.reviewLogs.count()).toBe(2);
	});

	test('a card rated elsewhere since it was shown is not rated again from a stale screen', async () => {
		// Tab A shows fact-a (never reviewed); tab B rates it; then tab A rates it too.
		const shownInTabA = null;
		await memories.rate({ ...card('fact-a', 'hard', start), expectedLastReview: null }, scheduler);
		const afterTabB = await memories.get('pack:fact-a');
		await expect(
			memories.rate(
				{ ...card('fact-a', 'easy', start + 5_000), expectedLastReview: shownInTabA },
				scheduler
			)
		).rejects.toThrow(StaleRatingError);
		expect(await memories.get('pack:fact-a')).toEqual(afterTabB);
		expect(await memories.logsOf('pack:fact-a')).toHaveLength(1);
		// Shown afresh, with the last review it now has, the card can be rated again.
		await memories.rate(
			{ ...card('fact-a', 'easy', start + 6_000), expectedLastReview: start },
			scheduler
		);
		expect(await memories.logsOf('pack:fact-a')).toHaveLength(2);
	});

	test('a rating writes the memory and its log together, with source, study day and pack version', async () => {
		const { log, leech } = await memories.rate(card('fact-a', 'good', start), scheduler);
		expect(leech).toBeNull();
		const expected = scheduler.rate(scheduler.newMemory(start), 'good', start).memory;
		expect((await memories.get('pack:fact-a'))?.memory).toEqual(expected);
		expect(log).toMatchObject({
			memoryId: 'pack:fact-a',
			source: 'flashcard',
			studyDay: studyDay(start),
			packVersion: 1,
			log: { rating: 'good', stateBefore: 'new' }
		});
		expect(await db.reviewLogs.count()).toBe(1);
	});

	test('undo restores the card exactly and deletes its log, also from a fresh connection (a reload)', async () => {
		await memories.rate(card('fact-a', 'good', start), scheduler);
		const before = await memories.get('pack:fact-a');
		await memories.rate(card('fact-a', 'again', start + day), scheduler);
		db.close();

		const reopened = new StudyDatabase(name);
		const afterReload = new MemoryRepository(reopened);
		const undone = await afterReload.undoLastRating('pack');
		expect(undone?.log.rating).toBe('again');
		expect(await afterReload.get('pack:fact-a')).toEqual(before);
		expect((await afterReload.logsOf('pack:fact-a')).map((entry) => entry.log.rating)).toEqual([
			'good'
		]);
		reopened.close();
		db = new StudyDatabase(name);
	});

	test('undo takes back only flashcard ratings, and not one a later quiz answer built on', async () => {
		await memories.rate(card('fact-a', 'good', start), scheduler);
		await memories.rate(
			{ ...card('fact-a', 'again', start + 1000), source: 'quiz', quizAnswerId: 'q:0' },
			scheduler
		);
		expect(await memories.undoableRating('pack')).toBeUndefined();
		expect(await memories.undoLastRating('pack')).toBeUndefined();
		expect(await db.reviewLogs.count()).toBe(2);
	});

	/** New facts met since `dayStart`, by flashcard and quiz together. */
	async function introducedOn(now: number): Promise<number> {
		const met = await memories.newIntroducedBySource(studyDayWindow(now), 'pack');
		return met.flashcard + met.quiz;
	}

	test('facts met for the first time today count toward the new-card limit, whatever the source', async () => {
		await memories.rate(card('fact-a', 'good', start), scheduler);
		await memories.rate(
			{ ...card('fact-b', 'again', start + 1), source: 'quiz', quizAnswerId: 'q:1' },
			scheduler
		);
		await memories.rate(card('fact-a', 'good', start + 2), scheduler);
		expect(await introducedOn(start)).toBe(2);
		expect(await introducedOn(start + day)).toBe(0);
	});

	test('a change of zone after the morning’s study does not hand out a second allowance', async () => {
		const zone = process.env.TZ;
		try {
			process.env.TZ = 'Europe/Berlin';
			// 09:00 in Berlin on the 28th (study day 2026-11-28): a new card.
			const rated = Date.UTC(2026, 10, 28, 8);
			await memories.rate(card('fact-a', 'good', rated), scheduler);
			// Three hours later in New York it is 06:00 on the 28th: the same day's name, but
			// there it began at 09:00 UTC, after the card was met. The card still counts.
			process.env.TZ = 'America/New_York';
			const later = rated + 3 * 60 * 60 * 1000;
			expect(studyDay(later)).toBe('2026-11-28');
			expect(startOfStudyDay(later)).toBeGreaterThan(rated);
			expect(await introducedOn(later)).toBe(1);
			// East, to Tokyo, the next day begins at 04:00 there: a new allowance, as a new day.
			process.env.TZ = 'Asia/Tokyo';
			expect(await introducedOn(Date.UTC(2026, 10, 28, 18, 59))).toBe(1);
			expect(await introducedOn(Date.UTC(2026, 10, 28, 19, 0))).toBe(0);
		} finally {
			process.env.TZ = zone;
		}
	});

	test('a time-zone change westwards does not start the new-card count again', async () => {
		const zone = process.env.TZ;
		try {
			process.env.TZ = 'Europe/Berlin';
			// 05:00 in Berlin on the 28th: study day 2026-11-28.
			const rated = Date.UTC(2026, 10, 28, 4);
			expect(studyDay(rated)).toBe('2026-11-28');
			await memories.rate(card('fact-a', 'good', rated), scheduler);
			// An hour later the learner is in New York, where it is midnight: still the 27th's
			// study day. The card met an hour ago still counts.
			process.env.TZ = 'America/New_York';
			const later = rated + 60 * 60 * 1000;
			expect(studyDay(later)).toBe('2026-11-27');
			expect(await introducedOn(later)).toBe(1);
		} finally {
			process.env.TZ = zone;
		}
	});
});

describe('quiz answers feed the same memory', () => {
	function answer(overrides: Partial<QuizAnswerRecord> = {}): QuizAnswerRecord {
		return {
			id: 'quiz-1:0',
			quizId: 'quiz-1',
			questionIndex: 0,
			questionId: 'matching:a+b:0',
			packId: 'pack',
			packVersion: 1,
			factIds: ['fact-a', 'fact-b'],
			kind: 'matching',
			given: {},
			correct: false,
			score: 0.5,
			perFact: [
				{ factId: 'fact-a', correct: true },
				{ factId: 'fact-b', correct: false }
			],
			overridden: false,
			responseMs: 5_000,
			answeredAt: start,
			studyDay: studyDay(start),
			...overrides
		};
	}

	async function quizWithAnswer(record: QuizAnswerRecord) {
		const quizzes = new QuizRepository(db);
		await quizzes.start({
			id: 'quiz-1',
			packId: 'pack',
			packVersion: 1,
			seed: 1,
			options: { length: 5, kinds: ['matching'], topics: [] },
			questions: [],
			startedAt: start - 1000,
			finishedAt: null,
			abandoned: false,
			retryOf: null
		});
		await quizzes.recordAnswer(record, scheduler);
		return quizzes;
	}

	test('"I was right" after a later rating elsewhere replays the history, never erases it', async () => {
		// Tab A: fact-b answered wrong (Again). Tab B, a day later: fact-b rated Easy by flashcard.
		// Tab A: "I was right". The Easy must stay: in the log and in the memory.
		const quizzes = await quizWithAnswer(answer());
		await memories.rate(card('fact-b', 'easy', start + day), scheduler);
		await quizzes.recordAnswer(answer({ overridden: true, correct: true }), scheduler, answer());

		const logs = await memories.logsOf('pack:fact-b');
		expect(logs.map((log) => [log.source, log.log.rating, log.reviewedAt])).toEqual([
			['quiz', 'hard', start],
			['flashcard', 'easy', start + day]
		]);
		let expected = scheduler.newMemory(start);
		expected = scheduler.rate(expected, 'hard', start).memory;
		expected = scheduler.rate(expected, 'easy', start + day).memory;
		expect((await memories.get('pack:fact-b'))?.memory).toEqual(expected);
		expect(expected.lastReview).toBe(start + day);
	});

	test('each fact is rated by its own part: right → Good, wrong → Again', async () => {
		await quizWithAnswer(answer());
		const ratings = (await db.reviewLogs.toArray()).map((entry) => [
			entry.factId,
			entry.log.rating,
			entry.source
		]);
		expect(ratings.sort()).toEqual([
			['fact-a', 'good', 'quiz'],
			['fact-b', 'again', 'quiz']
		]);
	});

	test('a right answer slower than 20 s rates Hard', async () => {
		await quizWithAnswer(
			answer({
				responseMs: 20_001,
				perFact: [{ factId: 'fact-a', correct: true }],
				factIds: ['fact-a']
			})
		);
		expect((await db.reviewLogs.toArray())[0]?.log.rating).toBe('hard');
	});

	test('"I was right" replaces the Again with Hard: the memory is as if graded so from the start', async () => {
		const typed = answer({
			questionId: 'cloze:a:0',
			kind: 'cloze',
			factIds: ['fact-a'],
			perFact: [{ factId: 'fact-a', correct: false }],
			correct: false,
			score: 0
		});
		const quizzes = await quizWithAnswer(typed);
		await quizzes.recordAnswer(
			{
				...typed,
				correct: true,
				score: 1,
				overridden: true,
				perFact: [{ factId: 'fact-a', correct: true }]
			},
			scheduler,
			typed
		);
		const logs = await db.reviewLogs.toArray();
		expect(logs.map((entry) => entry.log.rating)).toEqual(['hard']);
		expect((await memories.get('pack:fact-a'))?.memory).toEqual(
			scheduler.rate(scheduler.newMemory(start), 'hard', start).memory
		);
	});
});

describe('leeches', () => {
	/** Rates fact-a until it has lapsed `lapses` times: learned, then forgotten in review. */
	async function lapse(times: number, from: number): Promise<number> {
		let now = from;
		const rate = async (rating: RatingInput['rating']) => {
			const result = await memories.rate(card('fact-a', rating, now), scheduler);
			now = (await memories.get('pack:fact-a'))?.due ?? now;
			return result;
		};
		let last: Awaited<ReturnType<typeof rate>> | null = null;
		for (;;) {
			const memory = (await memories.get('pack:fact-a'))?.memory;
			if ((memory?.lapses ?? 0) >= times) break;
			// Good until it is in review; then Again: one lapse.
			last = await rate(memory?.state === 'review' ? 'again' : 'good');
		}
		expect(last?.leech?.lapses ?? null).toBe(times >= 8 && (times - 8) % 4 === 0 ? times : null);
		return now;
	}

	test('a fact forgotten for the 8th time is suspended as a leech with its rating, and undo takes both back', async () => {
		const factFlags = new FactFlagRepository(db);
		await lapse(7, start);
		expect(await factFlags.suspendedFactIds('pack')).toEqual([]);
		await lapse(8, start);
		expect(await db.factFlags.get('pack:fact-a')).toMatchObject({
			reason: 'leech',
			lapses: 8,
			suspended: true,
			factId: 'fact-a'
		});
		expect(await factFlags.suspendedFactIds('pack')).toEqual(['fact-a']);
		// Undo of that very rating: the lapse and the leech go together.
		await memories.undoLastRating('pack');
		expect((await memories.get('pack:fact-a'))?.memory.lapses).toBe(7);
		expect(await db.factFlags.count()).toBe(0);
	});

	test('unsuspended and forgotten again, it is caught again at 12, and not at 9 to 11', async () => {
		const factFlags = new FactFlagRepository(db);
		await lapse(8, start);
		await factFlags.setSuspended('pack:fact-a', false);
		for (const times of [9, 10, 11]) {
			await lapse(times, start);
			expect(await factFlags.suspendedFactIds('pack')).toEqual([]);
		}
		await lapse(12, start);
		expect(await db.factFlags.get('pack:fact-a')).toMatchObject({ lapses: 12, suspended: true });
		// Undone, it is back in study, and still listed as the leech it was.
		await memories.undoLastRating('pack');
		expect(await db.factFlags.get('pack:fact-a')).toMatchObject({ suspended: false });
	});

	test('a quiz answer that makes a fact a leech suspends it in the same transaction', async () => {
		const quizzes = new QuizRepository(db);
		let now = await lapse(7, start);
		// Relearnt: back in review, where a wrong answer is a lapse.
		while ((await memories.get('pack:fact-a'))?.memory.state !== 'review') {
			await memories.rate(card('fact-a', 'good', now), scheduler);
			now = (await memories.get('pack:fact-a'))?.due ?? now;
		}
		await quizzes.start({
			id: 'q',
			packId: 'pack',
			packVersion: 1,
			seed: 1,
			options: { length: 5, kinds: [], topics: [] },
			questions: [],
			startedAt: now,
			finishedAt: null,
			abandoned: false,
			retryOf: null
		});
		const answer: QuizAnswerRecord = {
			id: 'q:mcq:fact-a:0',
			quizId: 'q',
			questionIndex: 0,
			questionId: 'mcq:fact-a:0',
			packId: 'pack',
			packVersion: 1,
			factIds: ['fact-a'],
			kind: 'mcq',
			given: { kind: 'mcq', choice: 1 },
			correct: false,
			score: 0,
			perFact: [{ factId: 'fact-a', correct: false }],
			overridden: false,
			responseMs: 2_000,
			answeredAt: now,
			studyDay: studyDay(now)
		};
		const leeches = await quizzes.recordAnswer(answer, scheduler);
		expect(leeches.map((flag) => [flag.factId, flag.lapses])).toEqual([['fact-a', 8]]);
		expect(await new FactFlagRepository(db).suspendedFactIds('pack')).toEqual(['fact-a']);
	});
});
