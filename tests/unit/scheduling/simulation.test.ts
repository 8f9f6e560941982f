import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating as FsrsRating,
	State,
	type Card,
	type Grade
} from 'ts-fsrs';
import { describe, expect, test } from 'vitest';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { undoRating, type MemoryState, type Rating } from '$lib/domain/scheduling/memory';
import { memoryId } from '$lib/domain/scheduling/memory-id';
import { quizRating } from '$lib/domain/scheduling/quiz-rating';
import { buildReviewQueue, nextDueAfter } from '$lib/domain/scheduling/review-queue';
import { defaultSchedulerSettings, type SchedulerSettings } from '$lib/domain/scheduling/settings';
import { studyDay } from '$lib/domain/time/study-day';
import { hour, seededRandom, throughStorage } from './helpers';

/**
 * A scripted learner studies 20 facts for 60 days through the adapter, with every memory
 * stored as JSON between ratings, while the same ratings go straight to ts-fsrs. The two must
 * agree at every step: the adapter adds no scheduling of its own and loses nothing in storage.
 */

const packId = 'simulated-pack';
const factIds = Array.from({ length: 20 }, (_, i) => `f${i + 1}`);
const newCardsPerDay = 5;

const fsrsRatings: Record<Rating, Grade> = {
	again: FsrsRating.Again,
	hard: FsrsRating.Hard,
	good: FsrsRating.Good,
	easy: FsrsRating.Easy
};
const stateNames = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
} as const;

/** The FSRS fields of a memory and of a card, side by side in the same shape. */
const fromMemory = (m: MemoryState) => ({
	due: m.due,
	stability: m.stability,
	difficulty: m.difficulty,
	reps: m.reps,
	lapses: m.lapses,
	state: m.state,
	elapsedDays: m.elapsedDays,
	scheduledDays: m.scheduledDays,
	learningStep: m.learningStep,
	lastReview: m.lastReview
});
const fromCard = (c: Card) => ({
	due: c.due.getTime(),
	stability: c.stability,
	difficulty: c.difficulty,
	reps: c.reps,
	lapses: c.lapses,
	state: stateNames[c.state],
	elapsedDays: c.elapsed_days,
	scheduledDays: c.scheduled_days,
	learningStep: c.learning_steps,
	lastReview: c.last_review ? c.last_review.getTime() : null
});

/** The learner's answer: half flashcards rated by hand, half quiz answers mapped to a rating. */
function scriptedRating(random: () => number): { rating: Rating; via: 'flashcard' | 'quiz' } {
	if (random() < 0.5) {
		const roll = random();
		const rating = roll < 0.15 ? 'again' : roll < 0.3 ? 'hard' : roll < 0.9 ? 'good' : 'easy';
		return { rating, via: 'flashcard' };
	}
	const rating = quizRating({
		correct: random() < 0.8,
		overridden: random() < 0.05,
		responseMs: 2_000 + Math.floor(random() * 28_000)
	});
	return { rating, via: 'quiz' };
}

const cases: { name: string; settings: SchedulerSettings; seed: number }[] = [
	{ name: 'default settings', settings: defaultSchedulerSettings, seed: 1 },
	{
		name: '85 % retention, one 5-minute step, two relearning steps, one-year cap',
		settings: {
			desiredRetention: 0.85,
			learningSteps: ['5m'],
			relearningSteps: ['5m', '1h'],
			maximumInterval: 365
		},
		seed: 2
	}
];

describe('a 60-day simulation', () => {
	test.each(cases)(
		'the adapter schedules exactly like ts-fsrs with $name',
		({ settings, seed }) => {
			const random = seededRandom(seed);
			const scheduler = createScheduler(settings);
			const engine = fsrs(
				generatorParameters({
					request_retention: settings.desiredRetention,
					maximum_interval: settings.maximumInterval,
					learning_steps: settings.learningSteps,
					relearning_steps: settings.relearningSteps,
					enable_fuzz: false
				})
			);
			const stored = new Map<string, string>();
			const cards = new Map<string, Card>();
			const tally = { ratings: 0, quiz: 0, undone: 0, days: 0 };

			for (let dayIndex = 0; dayIndex < 60; dayIndex += 1) {
				// Some days are missed, so some facts come back overdue.
				if (random() < 0.15) continue;
				tally.days += 1;
				const startHour = 6 + Math.floor(random() * 17);
				let now = new Date(2025, 0, 6 + dayIndex, startHour, Math.floor(random() * 60)).getTime();
				const today = studyDay(now);
				let introducedToday = 0;

				for (let guard = 0; guard < 1000; guard += 1) {
					const memories = [...stored].map(([id, json]) => ({
						id,
						...(JSON.parse(json) as MemoryState)
					}));
					const [entry] = buildReviewQueue({
						packId,
						memories,
						factIds,
						now,
						newCardsPerDay,
						newIntroducedToday: introducedToday
					});
					if (entry === undefined) {
						// Wait for a learning step that ends within the hour; otherwise the session is over.
						const next = nextDueAfter(memories, now);
						if (next === undefined || next - now > hour || studyDay(next) !== today) break;
						now = next;
						continue;
					}

					const id = memoryId(packId, entry.factId);
					const json = stored.get(id);
					const before =
						json === undefined
							? scheduler.newMemory(now)
							: throughStorage(JSON.parse(json) as MemoryState);
					const card = cards.get(id) ?? createEmptyCard<Card>(new Date(now));
					if (entry.isNew) introducedToday += 1;
					expect(fromMemory(before)).toEqual(fromCard(card));

					const { rating, via } = scriptedRating(random);
					const result = scheduler.rate(before, rating, now);
					const expected = engine.next(card, new Date(now), fsrsRatings[rating]).card;
					expect(fromMemory(result.memory), `${id} rated ${rating} at ${now}`).toEqual(
						fromCard(expected)
					);
					expect(result.log.dueAfter).toBe(expected.due.getTime());

					// Now and then the learner undoes the rating and gives it again.
					if (random() < 0.1) {
						const restored = throughStorage(undoRating(JSON.parse(JSON.stringify(result.log))));
						expect(restored).toEqual(before);
						expect(scheduler.rate(restored, rating, now)).toEqual(result);
						tally.undone += 1;
					}

					stored.set(id, JSON.stringify(result.memory));
					cards.set(id, expected);
					tally.ratings += 1;
					if (via === 'quiz') tally.quiz += 1;
					now += 5_000 + Math.floor(random() * 40_000);
				}
			}

			// The script really exercised the scheduler: every fact, many reviews, some lapses.
			const finals = [...stored.values()].map((json) => JSON.parse(json) as MemoryState);
			expect(finals).toHaveLength(factIds.length);
			expect(tally.ratings).toBeGreaterThan(100);
			expect(tally.quiz).toBeGreaterThan(40);
			expect(tally.undone).toBeGreaterThan(5);
			expect(finals.some((memory) => memory.lapses > 0)).toBe(true);
			expect(finals.some((memory) => memory.scheduledDays >= 7)).toBe(true);
		}
	);
});
