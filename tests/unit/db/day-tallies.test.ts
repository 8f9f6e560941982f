import { afterEach, describe, expect, test } from 'vitest';
import { BackupRepository } from '$lib/db/backup-repository';
import { StudyDatabase } from '$lib/db/database';
import { LearnRepository } from '$lib/db/learn-repository';
import { MemoryRepository } from '$lib/db/memory-repository';
import { QuizRepository } from '$lib/db/quiz-repository';
import type { LearnAnswerRecord, QuizAnswerRecord } from '$lib/db/records';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { ratings, type Rating } from '$lib/domain/scheduling/memory';
import { studyDay } from '$lib/domain/time/study-day';
import { freshDatabaseName } from './helpers';
import { tallied } from './tallied';

// The day tallies are a cache of the ratings and answers: the progress page trusts them only
// because every write recounts the days it touched. Here random sequences of every kind of
// write (flashcard ratings and Undo, quiz answers replaced by "I was right" and retried,
// Learn answers asked again, backups merged and restored) must leave the stored tallies
// equal to a recount of the raw records.

const scheduler = createScheduler();
const hour = 3_600_000;
const start = Date.UTC(2026, 10, 20, 12);
const packs = ['pack-a', 'pack-b'] as const;
const facts = ['fact-a', 'fact-b', 'fact-c', 'fact-d'] as const;

const opened: StudyDatabase[] = [];
afterEach(() => {
	for (const db of opened.splice(0)) db.close();
});

/** mulberry32: the same sequence for the same seed. */
function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	return {
		next,
		int: (below: number) => Math.floor(next() * below),
		pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
	};
}

function open() {
	const db = new StudyDatabase(freshDatabaseName());
	opened.push(db);
	return {
		db,
		memories: new MemoryRepository(db),
		quizzes: new QuizRepository(db),
		learn: new LearnRepository(db),
		backups: new BackupRepository(db)
	};
}

type Store = ReturnType<typeof open>;

async function recount(db: StudyDatabase) {
	return tallied(
		await db.reviewLogs.toArray(),
		await db.quizAnswers.toArray(),
		await db.quizSessions.toArray(),
		await db.learnAnswers.toArray()
	);
}

/** A learner's writes in random order, at times that cross the 04:00 rollover. */
async function studyRandomly(
	store: Store,
	seed: number,
	steps: number,
	onStep?: () => Promise<void>
) {
	const rand = random(seed);
	let now = start + seed * 1000;
	const quizzesTaken: { id: string; packId: string; answers: QuizAnswerRecord[] }[] = [];
	let learnSession: { id: string; packId: string; step: number } | null = null;
	for (let step = 0; step < steps; step += 1) {
		now += rand.int(7) * hour + rand.int(3_600) * 1000;
		const packId = rand.pick(packs);
		const action = rand.int(10);
		if (action < 3) {
			await store.memories.rate(
				{
					packId,
					packVersion: 1 + rand.int(2),
					factId: rand.pick(facts),
					rating: rand.pick(ratings) as Rating,
					now,
					source: 'flashcard',
					quizAnswerId: null,
					tabId: 'tab',
					...(rand.next() < 0.8 ? { durationMs: rand.int(90_000) } : {})
				},
				scheduler
			);
		} else if (action < 4) {
			await store.memories.undoLastRating(packId, 'tab');
		} else if (action < 7) {
			const retryOf = quizzesTaken.length > 0 && rand.next() < 0.4 ? rand.pick(quizzesTaken) : null;
			const id = `quiz-${seed}-${step}`;
			const quizPack = retryOf?.packId ?? packId;
			await store.quizzes.start({
				id,
				packId: quizPack,
				packVersion: 1,
				seed: step,
				options: { length: 3, kinds: ['mcq'], topics: [] },
				questions: [],
				startedAt: now,
				finishedAt: null,
				abandoned: false,
				retryOf: retryOf?.id ?? null
			});
			const taken = { id, packId: quizPack, answers: [] as QuizAnswerRecord[] };
			for (let index = 0; index < 1 + rand.int(3); index += 1) {
				now += rand.int(40) * 60_000;
				const correct = rand.next() < 0.6;
				const tested = [rand.pick(facts), ...(rand.next() < 0.3 ? [rand.pick(facts)] : [])];
				const answer: QuizAnswerRecord = {
					id: `${id}:q${index}`,
					quizId: id,
					questionIndex: index,
					questionId: `q${index}`,
					packId: quizPack,
					packVersion: 1,
					factIds: [...new Set(tested)],
					kind: 'mcq',
					given: null,
					correct,
					score: correct ? 1 : 0,
					perFact: [...new Set(tested)].map((factId) => ({ factId, correct })),
					overridden: false,
					responseMs: rand.int(120_000),
					answeredAt: now,
					studyDay: studyDay(now)
				};
				await store.quizzes.recordAnswer(answer, scheduler);
				taken.answers.push(answer);
			}
			quizzesTaken.push(taken);
		} else if (action < 8) {
			// "I was right" on an earlier wrong answer, maybe after its facts were rated again.
			const wrong = quizzesTaken.flatMap((quiz) => quiz.answers).filter((a) => !a.correct);
			if (wrong.length === 0) continue;
			const answer = rand.pick(wrong);
			const righted: QuizAnswerRecord = {
				...answer,
				correct: true,
				score: 1,
				overridden: true,
				perFact: answer.perFact.map((result) => ({ ...result, correct: true }))
			};
			await store.quizzes.recordAnswer(righted, scheduler, answer);
			for (const quiz of quizzesTaken) {
				quiz.answers = quiz.answers.map((each) => (each.id === answer.id ? righted : each));
			}
		} else {
			if (!learnSession || rand.next() < 0.3) {
				learnSession = { id: `learn-${seed}-${step}`, packId, step: 0 };
				await store.learn.start({
					id: learnSession.id,
					packId,
					packVersion: 1,
					seed: step,
					studyDay: studyDay(now),
					startedAt: now,
					finishedAt: null,
					queue: [...facts],
					steps: [],
					roundsSeen: 0
				});
			}
			const factId = rand.pick(facts.slice(0, 2));
			const correct = rand.next() < 0.5;
			const certainty = 1 + rand.int(3);
			const answer: LearnAnswerRecord = {
				id: `${learnSession.id}:${learnSession.step}`,
				sessionId: learnSession.id,
				step: learnSession.step,
				questionId: `lq${step}`,
				packId: learnSession.packId,
				packVersion: 1,
				factId,
				factIds: [factId],
				kind: 'mcq',
				rung: 'recognition',
				given: null,
				correct,
				score: correct ? 1 : 0,
				perFact: [{ factId, correct }],
				certainty,
				marks: 0,
				responseMs: rand.int(90_000),
				answeredAt: now,
				studyDay: studyDay(now)
			};
			learnSession.step += 1;
			await store.learn.recordAnswer(
				answer,
				[{ factId, rating: correct ? 'good' : 'again' }],
				[],
				scheduler
			);
		}
		await onStep?.();
	}
}

describe('day tallies', () => {
	test.each([1, 2, 3, 4, 5, 6])(
		'equal a recount of the records after every write of a random study (seed %i)',
		async (seed) => {
			const store = open();
			await studyRandomly(store, seed, 60, async () => {
				expect(await store.db.dayTallies.toArray()).toEqual(await recount(store.db));
			});
			expect(await store.db.dayTallies.count()).toBeGreaterThan(3);
		}
	);

	test('equal a recount after a backup is merged in and after one replaces everything', async () => {
		const device = open();
		const other = open();
		await studyRandomly(device, 11, 40);
		await studyRandomly(other, 12, 40);
		const file = await other.backups.export({ appVersion: '0.1.0', now: start });
		await device.backups.restore(file, 'merge', scheduler);
		expect(await device.db.dayTallies.toArray()).toEqual(await recount(device.db));
		await device.backups.restore(file, 'replace', scheduler);
		expect(await device.db.dayTallies.toArray()).toEqual(await recount(device.db));
		expect(await device.db.dayTallies.toArray()).toEqual(await other.db.dayTallies.toArray());
	});

	test('are gone with the records they count: Reset leaves none', async () => {
		const store = open();
		await studyRandomly(store, 21, 20);
		await store.backups.eraseAll();
		expect(await store.db.dayTallies.count()).toBe(0);
	});

	test('name the study days of the streak: a day stays one while any rating is left on it', async () => {
		const store = open();
		const at = Date.UTC(2026, 10, 27, 3, 30);
		const rate = (now: number) =>
			store.memories.rate(
				{
					packId: 'pack-a',
					packVersion: 1,
					factId: 'fact-a',
					rating: 'good',
					now,
					source: 'flashcard',
					quizAnswerId: null,
					tabId: 'tab'
				},
				scheduler
			);
		await rate(at);
		await rate(at + hour);
		expect(await store.memories.studyDays('pack-a')).toEqual(['2026-11-26', '2026-11-27']);
		await store.memories.undoLastRating('pack-a', 'tab');
		expect(await store.memories.studyDays('pack-a')).toEqual(['2026-11-26']);
		expect(await store.memories.studyDays('pack-b')).toEqual([]);
	});
});
