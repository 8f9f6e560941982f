import { describe, expect, test } from 'vitest';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import type { MemoryState } from '$lib/domain/scheduling/memory';
import { countStates, factState } from '$lib/domain/stats/fact-states';
import { dueForecast } from '$lib/domain/stats/forecast';
import {
	articleRecall,
	groupMemory,
	groupRecall,
	recallBand,
	recallByFact
} from '$lib/domain/stats/recall';
import { topicMastery } from '$lib/domain/stats/topics';

const scheduler = createScheduler();
const day = 86_400_000;
const now = Date.UTC(2026, 10, 28, 12);

function reviewed(stability: number, lastReviewDaysAgo: number, scheduledDays = 10): MemoryState {
	const base = scheduler.rate(scheduler.newMemory(now - 100 * day), 'good', now - 100 * day).memory;
	return {
		...base,
		state: 'review',
		stability,
		scheduledDays,
		lastReview: now - lastReviewDaysAgo * day,
		due: now - lastReviewDaysAgo * day + scheduledDays * day
	};
}

describe('recall of the article', () => {
	test('the mean over every fact, new ones at 0; projected 7 and 30 days on', () => {
		// Reviewed just now with stability 10: recall 1 now, 0.9 in 10 days.
		const memories = new Map([['a', reviewed(10, 0)]]);
		const recall = articleRecall(['a', 'b'], memories, now);
		expect(recall.now).toBeCloseTo(0.5);
		expect(recall.in7Days).toBeLessThan(recall.now);
		expect(recall.in30Days).toBeLessThan(recall.in7Days);
		expect(articleRecall(['a'], memories, now + 10 * day).now).toBeCloseTo(0.9, 5);
		expect(recall.studied).toBe(1);
		expect(articleRecall([], memories, now).now).toBe(0);
	});

	test('bands name each level; a group never studied is "not studied yet"', () => {
		expect([null, 0.2, 0.69, 0.7, 0.89, 0.9, 1].map(recallBand)).toEqual([
			'unstudied',
			'fading',
			'fading',
			'holding',
			'holding',
			'strong',
			'strong'
		]);
		const recall = recallByFact(['a', 'b'], new Map([['a', reviewed(10, 0)]]), now);
		expect(groupRecall(['a', 'b'], recall, new Set(['a']))).toBeCloseTo(0.5);
		expect(groupRecall(['b'], recall, new Set(['a']))).toBeNull();
	});

	test('a sentence with some facts not yet studied is partly studied, not fading', () => {
		const band = (recalls: (number | null)[]) => groupMemory(recalls).band;
		expect(band([null, null])).toBe('unstudied');
		// One fact just recalled, two not met yet: a mean of a third, yet nothing is forgotten.
		expect(band([1, null, null])).toBe('partial');
		expect(band([0.2, null])).toBe('partial');
		expect(band([0.95, 0.6])).toBe('holding');
		expect(band([0.95, 0.92])).toBe('strong');
		expect(band([0.5, 0.6])).toBe('fading');
	});
});

describe('where the facts stand', () => {
	test('Anki’s states: young under 21 days, mature from 21; suspended apart', () => {
		const memories = new Map<string, MemoryState>([
			['young', reviewed(10, 1, 20)],
			['mature', reviewed(40, 1, 21)],
			['learning', { ...reviewed(1, 0), state: 'learning' }],
			['relearning', { ...reviewed(1, 0), state: 'relearning' }],
			['held', reviewed(40, 1, 30)]
		]);
		expect(factState(memories.get('young'))).toBe('young');
		expect(factState(memories.get('mature'))).toBe('mature');
		expect(factState(undefined)).toBe('new');
		expect(
			countStates(
				['young', 'mature', 'learning', 'relearning', 'held', 'new'],
				memories,
				new Set(['held'])
			)
		).toEqual({
			byState: { new: 1, learning: 1, relearning: 1, young: 1, mature: 1 },
			suspended: 1
		});
		const [topic] = topicMastery(
			[{ topic: 'x', factIds: ['young', 'new'] }],
			memories,
			recallByFact(['young', 'new'], memories, now),
			new Set()
		);
		expect(topic).toMatchObject({ topic: 'x', facts: 2 });
		expect(topic?.recall).toBeGreaterThan(0);
		expect(topic?.recall).toBeLessThan(0.5);
	});
});

describe('due forecast', () => {
	test('14 study days from today; overdue counts today; a due time before 04:00 counts the day before', () => {
		const zone = process.env.TZ;
		try {
			process.env.TZ = 'Europe/Berlin';
			const noon = new Date(2026, 10, 28, 12).getTime();
			const at = (date: number, hour: number) => new Date(2026, 10, date, hour).getTime();
			const memories: MemoryState[] = [
				{ ...reviewed(5, 3), due: at(20, 10) },
				{ ...reviewed(5, 3), due: at(28, 18) },
				{ ...reviewed(5, 3), due: at(30, 3) },
				{ ...reviewed(5, 3), due: at(30, 5) },
				{ ...reviewed(5, 3), due: at(30 + 20, 5) },
				{ ...reviewed(5, 3), state: 'new', due: at(28, 1) }
			];
			const forecast = dueForecast(memories, noon);
			expect(forecast).toHaveLength(14);
			expect(forecast.slice(0, 3)).toEqual([
				{ day: '2026-11-28', due: 2 },
				{ day: '2026-11-29', due: 1 },
				{ day: '2026-11-30', due: 1 }
			]);
			expect(forecast.reduce((sum, entry) => sum + entry.due, 0)).toBe(4);
		} finally {
			process.env.TZ = zone;
		}
	});
});
