import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	State,
	type Card,
	type Grade
} from 'ts-fsrs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { StudyDatabase } from '$lib/db/database';
import { MemoryRepository } from '$lib/db/memory-repository';
import { QuizRepository } from '$lib/db/quiz-repository';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import type { Rating as AppRating } from '$lib/domain/scheduling/memory';
import { quizRating } from '$lib/domain/scheduling/quiz-rating';
import { buildReviewQueue } from '$lib/domain/scheduling/review-queue';
import { defaultSchedulerSettings } from '$lib/domain/scheduling/settings';
import { studyDay, studyDayWindow } from '$lib/domain/time/study-day';
import { freshDatabaseName } from './helpers';

// A scripted learner studies 20 facts for 60 days through the real repositories (IndexedDB via
// fake-indexeddb), mixing flashcard sessions and quizzes. Beside it, ts-fsrs is driven directly
// with the same ratings at the same times; every stored memory must equal its card.

const factIds = Array.from({ length: 20 }, (_, i) => `fact-${i + 1}`);
const grades: Record<AppRating, Grade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};
const states: Record<State, string> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

/** A small deterministic pseudo-random sequence (LCG), so the learner is the same every run. */
function sequence(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

let db: StudyDatabase;

beforeEach(() => {
	db = new StudyDatabase(freshDatabaseName());
});

afterEach(() => db.close());

test('60 days of flashcards and quizzes give exactly the due dates and states ts-fsrs gives', async () => {
	const scheduler = createScheduler();
	const memories = new MemoryRepository(db);
	const quizzes = new QuizRepository(db);
	const engine = fsrs(
		generatorParameters({
			request_retention: defaultSchedulerSettings.desiredRetention,
			maximum_interval: defaultSchedulerSettings.maximumInterval,
			learning_steps: defaultSchedulerSettings.learningSteps,
			relearning_steps: defaultSchedulerSettings.relearningSteps,
			enable_fuzz: false
		})
	);
	const cards = new Map<string, Card>();
	const random = sequence(42);
	let checks = 0;

	const expectSame = async (factId: string) => {
		const stored = await memories.get(`pack:${factId}`);
		const card = cards.get(factId);
		if (!stored || !card) throw new Error(`missing ${factId}`);
		expect({
			due: stored.memory.due,
			stability: stored.memory.stability,
			difficulty: stored.memory.difficulty,
			reps: stored.memory.reps,
			lapses: stored.memory.lapses,
			state: stored.memory.state
		}).toEqual({
			due: card.due.getTime(),
			stability: card.stability,
			difficulty: card.difficulty,
			reps: card.reps,
			lapses: card.lapses,
			state: states[card.state]
		});
		checks += 1;
	};
	const reference = (factId: string, rating: AppRating, now: number) => {
		const card: Card = cards.get(factId) ?? createEmptyCard<Card>(new Date(now));
		cards.set(factId, engine.next(card, new Date(now), grades[rating]).card);
	};

	for (let dayIndex = 0; dayIndex < 60; dayIndex++) {
		let now = new Date(2026, 0, 1 + dayIndex, 8, Math.floor(random() * 50)).getTime();
		if (random() < 0.1) continue; // a day off

		// A flashcard session: everything due now, then new facts up to the limit.
		const stored = await memories.forPack('pack');
		const queue = buildReviewQueue({
			packId: 'pack',
			memories: stored.map((record) => ({ id: record.id, ...record.memory })),
			factIds,
			now,
			newCardsPerDay: 5,
			newIntroducedToday: await memories
				.newIntroducedBySource(studyDayWindow(now), 'pack')
				.then((met) => met.flashcard + met.quiz + met.learn)
		});
		for (const entry of queue) {
			const roll = random();
			const rating: AppRating =
				roll < 0.15 ? 'again' : roll < 0.3 ? 'hard' : roll < 0.9 ? 'good' : 'easy';
			await memories.rate(
				{
					packId: 'pack',
					packVersion: 1,
					factId: entry.factId,
					rating,
					now,
					source: 'flashcard',
					quizAnswerId: null
				},
				scheduler
			);
			reference(entry.factId, rating, now);
			await expectSame(entry.factId);
			now += 15_000;
		}

		// Every other day, an evening quiz on three facts already met.
		if (dayIndex % 2 === 1 && cards.size >= 3) {
			now = new Date(2026, 0, 1 + dayIndex, 20, 0).getTime();
			const quizId = `quiz-${dayIndex}`;
			await quizzes.start({
				id: quizId,
				packId: 'pack',
				packVersion: 1,
				seed: dayIndex,
				options: { length: 5, kinds: ['mcq'], topics: [] },
				questions: [],
				startedAt: now,
				finishedAt: null,
				abandoned: false,
				retryOf: null
			});
			const met = [...cards.keys()];
			for (let q = 0; q < 3; q++) {
				const factId = met[Math.floor(random() * met.length)] ?? 'fact-1';
				const correct = random() < 0.75;
				const responseMs = random() < 0.2 ? 25_000 : 6_000;
				now += responseMs;
				await quizzes.recordAnswer(
					{
						id: `${quizId}:${q}`,
						quizId,
						questionIndex: q,
						questionId: `mcq:${factId}:0`,
						packId: 'pack',
						packVersion: 1,
						factIds: [factId],
						kind: 'mcq',
						given: { kind: 'mcq', choice: 0 },
						correct,
						score: correct ? 1 : 0,
						perFact: [{ factId, correct }],
						overridden: false,
						responseMs,
						answeredAt: now,
						studyDay: studyDay(now)
					},
					scheduler
				);
				reference(factId, quizRating({ correct, overridden: false, responseMs }), now);
				await expectSame(factId);
			}
		}
	}

	for (const factId of cards.keys()) await expectSame(factId);
	expect(cards.size).toBe(20);
	expect(checks).toBeGreaterThan(200);
	const logs = await db.reviewLogs.toArray();
	expect(new Set(logs.map((log) => log.source))).toEqual(new Set(['flashcard', 'quiz']));
});
