import type { MemoryState } from '../scheduling/memory';
import { addDays } from '../time/day-names';
import { studyDay } from '../time/study-day';

/** Reviews falling due on one study day. */
export interface ForecastDay {
	day: string;
	due: number;
}

/**
 * Reviews due on each of the next `days` study days, today first (today includes everything
 * overdue). New and suspended facts are left out by the caller; a memory counts on the study
 * day its due moment falls in (days roll over at 04:00 local time).
 */
export function dueForecast(
	memories: readonly MemoryState[],
	now: number,
	days = 14
): ForecastDay[] {
	const today = studyDay(now);
	const counts = new Map<string, number>();
	for (const memory of memories) {
		if (memory.state === 'new') continue;
		const day = memory.due <= now ? today : studyDay(memory.due);
		counts.set(day, (counts.get(day) ?? 0) + 1);
	}
	return Array.from({ length: days }, (_, index) => {
		const day = addDays(today, index);
		return { day, due: counts.get(day) ?? 0 };
	});
}
