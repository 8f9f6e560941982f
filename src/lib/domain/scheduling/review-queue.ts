import { nextStudyDayStart } from '../time/study-day';
import type { MemoryState } from './memory';
import { memoryId } from './memory-id';

/**
 * What the flashcard screen studies next, and the counts on the home screen.
 *
 * When a memory is due:
 * - a (re)learning memory when its `due` has passed: its steps are minutes long, and showing
 *   it early would turn a 10-minute step into an immediate repeat;
 * - a review memory any time on the study day it falls due (before the next 04:00), like
 *   Anki: its interval is in days, and FSRS accounts for the few hours early from
 *   `lastReview`, so the learner can clear the day in one sitting.
 */

/** The parts of a stored memory the queue reads. */
export type QueueMemory = Pick<MemoryState, 'due' | 'state'> & { id: string };

export interface QueueInput {
	packId: string;
	/** The stored memories; those of other packs or of facts no longer in the pack are ignored. */
	memories: readonly QueueMemory[];
	/** Every fact of the pack, in pack order. */
	factIds: readonly string[];
	/** Epoch ms. */
	now: number;
	/** The learner's limit of facts seen for the first time per study day. */
	newCardsPerDay: number;
	/** New facts already introduced in the current study day. */
	newIntroducedToday: number;
	/** Local hour at which the study day starts; 4 by default. */
	rolloverHour?: number;
}

export interface QueueEntry {
	factId: string;
	memoryId: string;
	/** Seen for the first time: no memory yet, or a memory never rated. */
	isNew: boolean;
}

/** Due facts first, most overdue first; then new facts in pack order, up to today's limit. */
export function buildReviewQueue(input: QueueInput): QueueEntry[] {
	const byId = new Map(input.memories.map((memory) => [memory.id, memory]));
	const dayEnd = nextStudyDayStart(input.now, input.rolloverHour);
	const due: { entry: QueueEntry; due: number; order: number }[] = [];
	const fresh: QueueEntry[] = [];

	input.factIds.forEach((factId, order) => {
		const id = memoryId(input.packId, factId);
		const memory = byId.get(id);
		if (memory === undefined || memory.state === 'new') {
			fresh.push({ factId, memoryId: id, isNew: true });
		} else if (isDue(memory, input.now, dayEnd)) {
			due.push({ entry: { factId, memoryId: id, isNew: false }, due: memory.due, order });
		}
	});

	// Ties keep pack order, so the queue is the same every time it is built.
	due.sort((a, b) => a.due - b.due || a.order - b.order);
	const newLimit = Math.max(0, input.newCardsPerDay - input.newIntroducedToday);
	return [...due.map((item) => item.entry), ...fresh.slice(0, newLimit)];
}

/** How many facts are due and how many new ones are on offer now, for the home screen. */
export function dayCounts(input: QueueInput): { due: number; new: number } {
	const queue = buildReviewQueue(input);
	const fresh = queue.filter((entry) => entry.isNew).length;
	return { due: queue.length - fresh, new: fresh };
}

/**
 * The earliest due time after `now` among memories already studied, epoch ms; `undefined`
 * when there is none. For "Nothing due — next card in 3h".
 */
export function nextDueAfter(memories: readonly QueueMemory[], now: number): number | undefined {
	let next: number | undefined;
	for (const memory of memories) {
		if (memory.state === 'new' || memory.due <= now) continue;
		if (next === undefined || memory.due < next) next = memory.due;
	}
	return next;
}

function isDue(memory: QueueMemory, now: number, dayEnd: number): boolean {
	return memory.state === 'review' ? memory.due < dayEnd : memory.due <= now;
}

/**
 * Study ahead: facts already studied, soonest due first (due or not), for a learner with time
 * to spare before a test. At most `limit` entries.
 */
export function studyAheadQueue(
	input: Pick<QueueInput, 'packId' | 'memories' | 'factIds'>,
	limit = 10
): QueueEntry[] {
	const byId = new Map(input.memories.map((memory) => [memory.id, memory]));
	return input.factIds
		.flatMap((factId, order) => {
			const id = memoryId(input.packId, factId);
			const memory = byId.get(id);
			return memory && memory.state !== 'new' ? [{ factId, id, due: memory.due, order }] : [];
		})
		.sort((a, b) => a.due - b.due || a.order - b.order)
		.slice(0, limit)
		.map(({ factId, id }) => ({ factId, memoryId: id, isNew: false }));
}
