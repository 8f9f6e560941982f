import { describe, expect, test } from 'vitest';
import { dueLaterToday } from '$lib/domain/learn/later-today';
import type { MemoryState } from '$lib/domain/scheduling/memory';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';

const hour = 3_600_000;
// 15:00 local time: the study day ends at 04:00 tomorrow, 13 hours on.
const now = new Date(2026, 10, 29, 15).getTime();
const scheduler = createScheduler();

function rated(rating: 'again' | 'good' | 'easy', at: number): MemoryState {
	return scheduler.rate(scheduler.newMemory(at), rating, at).memory;
}

describe('facts due again before the study day ends', () => {
	test('a fact missed half a minute ago comes back within the day; one known well does not', () => {
		const missed = rated('again', now - 30_000);
		const known = rated('easy', now - 30_000);
		expect(missed.due).toBeGreaterThan(now);
		expect(known.due).toBeGreaterThan(now + 13 * hour);
		expect(dueLaterToday([missed, known], now)).toEqual({ count: 1, first: missed.due });
	});

	test('the first one named is the earliest; one already due makes it "now"', () => {
		const soon = { ...rated('again', now), due: now + hour };
		const later = { ...soon, due: now + 5 * hour };
		expect(dueLaterToday([later, soon], now)).toEqual({ count: 2, first: now + hour });
		expect(dueLaterToday([later, { ...soon, due: now - 1 }], now)).toEqual({
			count: 2,
			first: null
		});
	});

	test('due at the rollover (04:00) is tomorrow, and a new fact is never counted', () => {
		const atRollover = new Date(2026, 10, 30, 4).getTime();
		const memory = { ...rated('again', now), due: atRollover };
		expect(dueLaterToday([memory, { ...memory, due: atRollover - 1 }], now)).toEqual({
			count: 1,
			first: atRollover - 1
		});
		expect(dueLaterToday([scheduler.newMemory(now)], now)).toBeNull();
		expect(dueLaterToday([], now)).toBeNull();
	});
});
