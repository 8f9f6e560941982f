import { describe, expect, test } from 'vitest';
import {
	buildReviewQueue,
	dayCounts,
	nextDueAfter,
	studyAheadQueue,
	type QueueInput
} from '$lib/domain/scheduling/review-queue';
import { day, hour, minute, now, queueMemory } from './helpers';

const factIds = ['f1', 'f2', 'f3', 'f4', 'f5', 'f6'];

function input(overrides: Partial<QueueInput> = {}): QueueInput {
	return {
		packId: 'pack',
		memories: [],
		factIds,
		now,
		newCardsPerDay: 20,
		newIntroducedToday: 0,
		...overrides
	};
}

const ids = (queue: { factId: string }[]) => queue.map((entry) => entry.factId);

describe('buildReviewQueue', () => {
	test('with no memories every fact is new, in pack order', () => {
		const queue = buildReviewQueue(input());
		expect(ids(queue)).toEqual(factIds);
		expect(queue[0]).toEqual({ factId: 'f1', memoryId: 'pack:f1', isNew: true });
	});

	test('due facts come first, most overdue first, then new facts in pack order', () => {
		const queue = buildReviewQueue(
			input({
				memories: [
					queueMemory({ id: 'pack:f2', due: now - 1 * day }),
					queueMemory({ id: 'pack:f4', due: now - 3 * day }),
					queueMemory({ id: 'pack:f5', state: 'learning', due: now - 2 * minute }),
					queueMemory({ id: 'pack:f6', state: 'new', due: now - 9 * day })
				]
			})
		);
		expect(ids(queue)).toEqual(['f4', 'f2', 'f5', 'f1', 'f3', 'f6']);
		expect(queue.map((entry) => entry.isNew)).toEqual([false, false, false, true, true, true]);
	});

	test('a review memory is due all study day; a learning memory only once its time has come', () => {
		const queue = buildReviewQueue(
			input({
				factIds: ['f1', 'f2', 'f3', 'f4'],
				memories: [
					// Due tonight: still today's study day, which ends at 04:00 tomorrow.
					queueMemory({ id: 'pack:f1', due: new Date(2025, 2, 10, 23, 59).getTime() }),
					// Due at 04:00 tomorrow: the next study day.
					queueMemory({ id: 'pack:f2', due: new Date(2025, 2, 11, 4, 0).getTime() }),
					queueMemory({ id: 'pack:f3', state: 'learning', due: now + 5 * minute }),
					queueMemory({ id: 'pack:f4', state: 'relearning', due: now })
				],
				newCardsPerDay: 0
			})
		);
		expect(ids(queue)).toEqual(['f4', 'f1']);
	});

	test('facts due at the same time keep pack order', () => {
		const memories = ['f3', 'f1', 'f2'].map((factId) => queueMemory({ id: `pack:${factId}` }));
		expect(ids(buildReviewQueue(input({ memories, factIds: ['f1', 'f2', 'f3'] })))).toEqual([
			'f1',
			'f2',
			'f3'
		]);
	});

	test('new facts are limited to what is left of the daily limit', () => {
		expect(ids(buildReviewQueue(input({ newCardsPerDay: 3 })))).toEqual(['f1', 'f2', 'f3']);
		expect(ids(buildReviewQueue(input({ newCardsPerDay: 3, newIntroducedToday: 2 })))).toEqual([
			'f1'
		]);
		expect(buildReviewQueue(input({ newCardsPerDay: 3, newIntroducedToday: 5 }))).toEqual([]);
	});

	test('the new-card limit never holds back due facts', () => {
		const memories = [queueMemory({ id: 'pack:f6', due: now - day })];
		const queue = buildReviewQueue(input({ memories, newCardsPerDay: 1, newIntroducedToday: 1 }));
		expect(ids(queue)).toEqual(['f6']);
	});

	test('memories of other packs and of facts no longer in the pack are ignored', () => {
		const memories = [
			queueMemory({ id: 'other:f1', due: now - day }),
			queueMemory({ id: 'pack:gone', due: now - day })
		];
		const queue = buildReviewQueue(input({ memories, factIds: ['f1'] }));
		expect(queue).toEqual([{ factId: 'f1', memoryId: 'pack:f1', isNew: true }]);
	});
});

describe('dayCounts', () => {
	test('counts due facts and the new facts still on offer today', () => {
		const memories = [
			queueMemory({ id: 'pack:f1', due: now - day }),
			queueMemory({ id: 'pack:f2', due: now + 2 * day })
		];
		expect(dayCounts(input({ memories, newCardsPerDay: 5, newIntroducedToday: 2 }))).toEqual({
			due: 1,
			new: 3
		});
	});
});

describe('nextDueAfter', () => {
	test('finds the earliest due time still to come among studied facts', () => {
		const memories = [
			queueMemory({ id: 'pack:f1', due: now - day }),
			queueMemory({ id: 'pack:f2', due: now + 3 * hour }),
			queueMemory({ id: 'pack:f3', due: now + 2 * day }),
			queueMemory({ id: 'pack:f4', state: 'new', due: now + hour })
		];
		expect(nextDueAfter(memories, now)).toBe(now + 3 * hour);
	});

	test('is undefined when nothing is scheduled ahead', () => {
		expect(nextDueAfter([], now)).toBeUndefined();
		expect(nextDueAfter([queueMemory({ id: 'pack:f1', due: now })], now)).toBeUndefined();
	});
});

describe('studyAheadQueue', () => {
	test('offers studied facts soonest due first, never new ones, up to the limit', () => {
		const memories = [
			{ id: 'pack:a', due: 3_000, state: 'review' as const },
			{ id: 'pack:b', due: 1_000, state: 'learning' as const },
			{ id: 'pack:c', due: 0, state: 'new' as const },
			{ id: 'pack:d', due: 2_000, state: 'review' as const }
		];
		const queue = studyAheadQueue(
			{ packId: 'pack', memories, factIds: ['a', 'b', 'c', 'd', 'e'] },
			2
		);
		expect(queue).toEqual([
			{ factId: 'b', memoryId: 'pack:b', isNew: false },
			{ factId: 'd', memoryId: 'pack:d', isNew: false }
		]);
	});
});
