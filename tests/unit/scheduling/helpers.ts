import type { MemoryState } from '$lib/domain/scheduling/memory';
import type { QueueMemory } from '$lib/domain/scheduling/review-queue';

/** A fixed instant: Monday 10 March 2025, 12:00 local time. */
export const now = new Date(2025, 2, 10, 12, 0).getTime();

export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

/** A stored memory as the queue sees it; a review memory due at `now` unless overridden. */
export function queueMemory(overrides: Partial<QueueMemory> & { id: string }): QueueMemory {
	return { state: 'review', due: now, ...overrides };
}

/** Stores and reads back a memory as IndexedDB would: plain JSON data only. */
export function throughStorage(memory: MemoryState): MemoryState {
	return JSON.parse(JSON.stringify(memory)) as MemoryState;
}

/** mulberry32: a tiny seeded generator of floats in [0, 1), so simulations repeat exactly. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
