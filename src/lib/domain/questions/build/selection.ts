import type { Random } from '../random';
import { shuffle } from '../random';
import { at } from '../at';

/** Which facts a multi-fact question may still use (unused in this quiz, on its topics). */
export interface FactFilter {
	isFree(position: number): boolean;
}

/** Every fact free: for `generateAll` and single questions. */
export const allFree: FactFilter = { isFree: () => true };

/** How many candidates to draw from a large group before giving up. */
const draws = 64;

/**
 * Candidates from `items` in random order: all of them shuffled when few, else up to 64
 * random draws, so that a huge group costs no more than a small one.
 */
export function sampleCandidates<T>(items: readonly T[], random: Random): T[] {
	if (items.length <= draws) return shuffle(items, random);
	const out: T[] = [];
	for (let i = 0; i < draws; i += 1) out.push(at(items, random.int(0, items.length - 1)));
	return out;
}
