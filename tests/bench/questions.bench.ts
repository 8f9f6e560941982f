// `npm run bench`: question generation speed. Figures are reported by vitest bench, never
// asserted (timings vary with the machine). Per-question cost = mean / 1,000; per-fact index
// cost = index mean / facts.
import { bench, describe } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import type { Pack } from '$lib/domain/pack/schema';
import { PackIndex, packIndex } from '$lib/domain/questions/pack-index';
import { generateQuiz } from '$lib/domain/questions/quiz';
import { syntheticPack } from '../unit/questions/synthetic-pack';

const article = loadBuiltinPack();
const sizes = [1_000, 10_000, 50_000] as const;
const packs = new Map<number, Pack>(
	sizes.map((facts) => [facts, syntheticPack({ facts, seed: 1 })])
);
for (const pack of packs.values()) packIndex(pack);

/**
 * Enough runs that one slow run (the first after the code is compiled, a garbage collection)
 * does not make the mean; the same for every figure.
 */
const runs = { warmupIterations: 3, iterations: 20 };

/** A counter, so each run draws a new quiz rather than repeating one. */
function seeds() {
	let seed = 0;
	return () => (seed += 1);
}

describe('1,000 questions from the article pack (54 facts): 100 quizzes of 10', () => {
	const next = seeds();
	bench(
		'article: 100 × 10 questions',
		() => {
			for (let i = 0; i < 100; i += 1) generateQuiz(article, { count: 10 }, next());
		},
		runs
	);
});

for (const size of sizes) {
	const pack = packs.get(size) as Pack;
	describe(`${size.toLocaleString('en')} facts`, () => {
		const one = seeds();
		bench(
			`${size} facts: one quiz of 1,000 questions (index built)`,
			() => {
				generateQuiz(pack, { count: 1000 }, one());
			},
			runs
		);
		const ten = seeds();
		bench(
			`${size} facts: 10 quizzes of 100 questions (index built)`,
			() => {
				for (let i = 0; i < 10; i += 1) generateQuiz(pack, { count: 100 }, ten());
			},
			runs
		);
		bench(`${size} facts: build the pack index (once per pack)`, () => {
			new PackIndex(pack);
		});
		const cold = seeds();
		bench(`${size} facts: index + first quiz of 1,000 questions (cold)`, () => {
			// A shallow copy is a new pack object, so its index is built afresh.
			generateQuiz({ ...pack }, { count: 1000 }, cold());
		});
	});
}
