import type { MemoryState } from '../scheduling/memory';

/** Anki's line between young and mature cards: an interval of 21 days. */
export const matureIntervalDays = 21;

/**
 * Where a fact stands, as Anki counts it: new (never reviewed), learning, relearning (forgotten
 * and being learnt again), young (in review, interval under 21 days) or mature (21 or more).
 * Suspended facts are counted apart, whatever their memory.
 */
export type FactState = 'new' | 'learning' | 'relearning' | 'young' | 'mature';

export const factStates: readonly FactState[] = [
	'new',
	'learning',
	'relearning',
	'young',
	'mature'
];

export const factStateLabels: Record<FactState, string> = {
	new: 'New',
	learning: 'Learning',
	relearning: 'Relearning',
	young: 'Young',
	mature: 'Mature'
};

export function factState(memory: MemoryState | undefined): FactState {
	if (!memory || memory.state === 'new') return 'new';
	if (memory.state === 'learning') return 'learning';
	if (memory.state === 'relearning') return 'relearning';
	return memory.scheduledDays >= matureIntervalDays ? 'mature' : 'young';
}

/** How many facts are in each state, and how many are suspended (counted apart). */
export interface StateCounts {
	byState: Record<FactState, number>;
	suspended: number;
}

export function countStates(
	factIds: readonly string[],
	memories: ReadonlyMap<string, MemoryState>,
	suspended: ReadonlySet<string>
): StateCounts {
	const byState: Record<FactState, number> = {
		new: 0,
		learning: 0,
		relearning: 0,
		young: 0,
		mature: 0
	};
	let suspendedCount = 0;
	for (const id of factIds) {
		if (suspended.has(id)) suspendedCount += 1;
		else byState[factState(memories.get(id))] += 1;
	}
	return { byState, suspended: suspendedCount };
}
