import type { MemoryState } from '../scheduling/memory';
import { nextStudyDayStart } from '../time/study-day';

/** Facts that come due again before the study day ends, and when the first of them does. */
export interface LaterToday {
	count: number;
	/** When the first is due, epoch ms; `null` when one is due already. */
	first: number | null;
}

/**
 * After a finished Learn session: the studied facts due again before this study day ends (a
 * short relearning step after a miss), so the end of the session
 * does not read as the end of the day. `null` when none are.
 */
export function dueLaterToday(memories: Iterable<MemoryState>, now: number): LaterToday | null {
	const dayEnds = nextStudyDayStart(now);
	let count = 0;
	let first = Infinity;
	for (const memory of memories) {
		if (memory.state === 'new' || memory.due >= dayEnds) continue;
		count += 1;
		first = Math.min(first, memory.due);
	}
	if (count === 0) return null;
	return { count, first: first > now ? first : null };
}
