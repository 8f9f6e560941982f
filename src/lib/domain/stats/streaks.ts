import { addDays, daysBetween } from '../time/day-names';

/**
 * Streaks by a humane rule, stated on the progress page: a day counts with any study, and one
 * missed day in any 7 consecutive days is forgiven (two misses at least 7 days apart are both
 * forgiven; two closer together end the streak). A streak's length is the days it spans, from
 * its first study day to its last, forgiven days included. Today, not yet over, never breaks
 * a streak.
 */
export interface Streaks {
	current: number;
	best: number;
	/** Days forgiven within the current streak. */
	forgiven: number;
}

/** Days within which a second missed day ends a streak. */
export const forgivenessWindow = 7;

interface Run {
	start: string;
	end: string;
	forgiven: number;
}

export function streaks(studied: ReadonlySet<string>, today: string): Streaks {
	if (studied.size === 0) return { current: 0, best: 0, forgiven: 0 };
	const first = [...studied].sort()[0] ?? today;
	// Today counts once studied; until then the scan stops at yesterday.
	const lastCounted = studied.has(today) ? today : addDays(today, -1);
	const runs: Run[] = [];
	let run: Run | null = null;
	let lastMiss: string | null = null;
	let lastStudied: string | null = null;
	for (let day = first; daysBetween(day, lastCounted) >= 0; day = addDays(day, 1)) {
		if (studied.has(day)) {
			run ??= { start: day, end: day, forgiven: 0 };
			run.end = day;
			lastStudied = day;
			continue;
		}
		if (!run) continue;
		const previousMissed = lastStudied !== addDays(day, -1);
		if (previousMissed) {
			// Two days in a row: the streak ends.
			runs.push(run);
			run = null;
			lastMiss = null;
		} else if (lastMiss !== null && daysBetween(lastMiss, day) < forgivenessWindow) {
			// A second miss within 7 days: the streak ends; one may begin after the first miss.
			runs.push(run);
			const restart = addDays(lastMiss, 1);
			run = { start: restart, end: lastStudied ?? restart, forgiven: 1 };
			lastMiss = day;
		} else {
			run.forgiven += 1;
			lastMiss = day;
		}
	}
	// A run still open after the last day counted is the current streak (a forgiven miss
	// yesterday leaves it open).
	const current = run;
	if (run) runs.push(run);
	const length = (item: Run) => daysBetween(item.start, item.end) + 1;
	return {
		current: current ? length(current) : 0,
		best: Math.max(0, ...runs.map(length)),
		forgiven: current?.forgiven ?? 0
	};
}
