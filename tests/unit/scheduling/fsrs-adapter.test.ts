import { describe, expect, test } from 'vitest';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { ratings, undoRating, type ReviewLog } from '$lib/domain/scheduling/memory';
import { defaultSchedulerSettings } from '$lib/domain/scheduling/settings';
import { day, minute, now, throughStorage } from './helpers';

const scheduler = createScheduler();

describe('the FSRS adapter', () => {
	test('a new memory is due at once and has never been reviewed', () => {
		expect(scheduler.newMemory(now)).toEqual({
			due: now,
			stability: 0,
			difficulty: 0,
			elapsedDays: 0,
			scheduledDays: 0,
			learningStep: 0,
			reps: 0,
			lapses: 0,
			state: 'new',
			lastReview: null
		});
	});

	test('a new fact follows the learning steps: again 1m, hard 6m, good 10m', () => {
		const preview = scheduler.preview(scheduler.newMemory(now), now);
		expect(preview.again).toEqual({ due: now + minute, interval: '1m' });
		expect(preview.hard).toEqual({ due: now + 6 * minute, interval: '6m' });
		expect(preview.good).toEqual({ due: now + 10 * minute, interval: '10m' });
		expect(preview.easy.interval).toMatch(/^\d+d$/);
	});

	test('rating a memory moves it on and logs what changed', () => {
		const before = scheduler.newMemory(now);
		const { memory, log } = scheduler.rate(before, 'good', now);
		expect(memory).toMatchObject({ state: 'learning', reps: 1, lastReview: now });
		expect(memory.due).toBe(now + 10 * minute);
		expect(log).toEqual({
			rating: 'good',
			reviewedAt: now,
			stateBefore: 'new',
			stateAfter: 'learning',
			dueBefore: now,
			dueAfter: now + 10 * minute,
			elapsedDays: 0,
			scheduledDays: 0,
			stabilityAfter: memory.stability,
			difficultyAfter: memory.difficulty,
			before
		});
	});

	test('the preview matches what each rating then does', () => {
		const learnt = scheduler.rate(scheduler.newMemory(now), 'good', now).memory;
		const later = now + 10 * minute;
		const preview = scheduler.preview(learnt, later);
		for (const rating of ratings) {
			expect(scheduler.rate(learnt, rating, later).memory.due).toBe(preview[rating].due);
		}
	});

	test('forgetting a review memory counts a lapse and sends it to relearning', () => {
		let memory = scheduler.rate(scheduler.newMemory(now), 'easy', now).memory;
		expect(memory.state).toBe('review');
		memory = scheduler.rate(memory, 'again', memory.due).memory;
		expect(memory).toMatchObject({ state: 'relearning', lapses: 1, reps: 2 });
	});

	test('undo restores the previous memory, which then rates exactly as before', () => {
		const first = scheduler.rate(scheduler.newMemory(now), 'good', now).memory;
		const at = now + 2 * day;
		const rated = scheduler.rate(throughStorage(first), 'hard', at);
		const storedLog = JSON.parse(JSON.stringify(rated.log)) as ReviewLog;
		const restored = undoRating(storedLog);
		expect(restored).toEqual(first);
		expect(scheduler.rate(restored, 'hard', at)).toEqual(rated);
	});

	test('a memory survives storage as JSON unchanged', () => {
		const memory = scheduler.rate(scheduler.newMemory(now), 'good', now).memory;
		expect(throughStorage(memory)).toEqual(memory);
	});

	test('a higher desired retention gives shorter intervals', () => {
		const strict = createScheduler({ ...defaultSchedulerSettings, desiredRetention: 0.97 });
		const memory = scheduler.newMemory(now);
		expect(strict.preview(memory, now).easy.due).toBeLessThan(
			scheduler.preview(memory, now).easy.due
		);
	});

	test('settings out of range are refused, each named, and those at the limits taken', () => {
		const refused = (change: Partial<typeof defaultSchedulerSettings>) => () =>
			createScheduler({ ...defaultSchedulerSettings, ...change });
		expect(refused({ desiredRetention: 1.2 })).toThrow(/desired retention 1.2/);
		expect(refused({ maximumInterval: 1.5 })).toThrow(/maximum interval 1.5/);
		expect(refused({ maximumInterval: 0 })).toThrow(RangeError);
		expect(refused({ learningSteps: ['1.5m'] as never })).toThrow(/steps 1.5m/);
		expect(refused({ relearningSteps: Array(11).fill('1m') })).toThrow(RangeError);
		expect(refused({ desiredRetention: 0.7, maximumInterval: 36500 })).not.toThrow();
		expect(refused({ desiredRetention: 0.99, learningSteps: Array(10).fill('1d') })).not.toThrow();
	});

	test('a clock set back before the last review is not an error: no time has passed', () => {
		// Regression: a device clock corrected backwards made ts-fsrs throw
		// FSRSValidationError: Invalid delta_t "-1", and every quiz answer failed to save.
		const reviewed = scheduler.rate(scheduler.newMemory(now), 'good', now).memory;
		const { memory: later } = scheduler.rate(reviewed, 'good', now + 3 * day);
		const earlier = now + 3 * day - 2 * day;
		const { memory, log } = scheduler.rate(later, 'good', earlier);
		expect(log.reviewedAt).toBe(earlier);
		expect(log.elapsedDays).toBe(0);
		expect(memory.due).toBeGreaterThan(later.lastReview ?? 0);
		expect(() => scheduler.preview(later, earlier)).not.toThrow();
	});
});
