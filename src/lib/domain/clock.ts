/**
 * A source of the current time. Everything below the UI takes one instead of calling
 * `Date.now()`, so tests can pin time and simulate days of study.
 */
export interface Clock {
	/** Milliseconds since the Unix epoch. */
	now(): number;
}

/** A clock that stands still at `start` until moved; for tests and simulations. */
export function fixedClock(
	start: number
): Clock & { set(ms: number): void; advance(ms: number): void } {
	let current = start;
	return {
		now: () => current,
		set: (ms) => {
			current = ms;
		},
		advance: (ms) => {
			current += ms;
		}
	};
}
