import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/**
 * A seeded source of integers. The generator takes one instead of calling `Math.random`, so a
 * seed always yields the same quiz.
 */
export interface Random {
	/** A uniformly drawn integer in `[min, max]`, both inclusive. */
	int(min: number, max: number): number;
}

/**
 * A `Random` on pure-rand's xoroshiro128+. Seeds outside the 32-bit range are hashed first, so
 * that large seeds (e.g. from the command line) stay distinct instead of wrapping.
 */
export function createRandom(seed: number): Random {
	const safe = Number.isInteger(seed) && seed === (seed | 0) ? seed : hashSeed(String(seed));
	const generator = xoroshiro128plus(safe);
	return { int: (min, max) => unsafeUniformIntDistribution(min, max, generator) };
}

/** FNV-1a, 32 bits: a stable seed from a string (e.g. a question id). */
export function hashSeed(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i += 1) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash | 0;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i -= 1) {
		const j = random.int(0, i);
		const item = out[i] as T;
		out[i] = out[j] as T;
		out[j] = item;
	}
	return out;
}

/**
 * The indices `0 … n-1` in random order, drawn one at a time: a Fisher–Yates shuffle that only
 * records the swaps it made, so taking k items costs O(k) whatever n is.
 */
export class LazyShuffle {
	#taken = 0;
	readonly #swapped = new Map<number, number>();

	constructor(
		private readonly size: number,
		private readonly random: Random
	) {}

	/** The next index, or `undefined` once all have been drawn. */
	next(): number | undefined {
		if (this.#taken >= this.size) return undefined;
		const i = this.#taken;
		const j = this.random.int(i, this.size - 1);
		const atJ = this.#swapped.get(j) ?? j;
		this.#swapped.set(j, this.#swapped.get(i) ?? i);
		this.#swapped.delete(i);
		this.#taken += 1;
		return atJ;
	}
}
