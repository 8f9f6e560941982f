// `npm run bench`: question generation speed. Figures are reported by vitest bench, never
// asserted (timings vary with the machine); `npm run bench` compares their medians with the
// recorded ones. Per-question cost = median / 1,000; per-fact index cost = index median / facts.
import { bench, describe } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import type { Pack } from '$lib/domain/pack/schema';
import { PackIndex, packIndex } from '$lib/domain/questions/pack-index';
import { generateQuiz } from '$lib/domain/questions/quiz';
import { syntheticPack } from '../unit/questions/synthetic-pack';
import { sizeLabel, sizes } from './synthetic-records';

const article = loadBuiltinPack();
const packs = new Map<number, Pack>(
	sizes.map((facts) => [facts, syntheticPack({ facts, seed: 1 })])
);
for (const pack of packs.values()) packIndex(pack);

/**
 * Five runs after one warm-up, the same for every figure: the table reads the median, which one
 * slow run (the first after the code is compiled, a garbage collection) does not make. A quiz
 * of 1,000 questions takes seconds on a busy two-core machine: 23 runs of each took ten minutes
 * for the 1k-fact pack alone there. `time: 0`: no extra runs to fill a minimum time.
 */
const runs = { warmupIterations: 1, iterations: 5, time: 0 };

/** A counter, so each run draws a new quiz rather than repeating one. */
function seeds() {
	let seed = 0;
	return () => (seed += 1);
}

describe(`1,000 questions from the article pack (${article.facts.length} facts): 100 quizzes of 10`, () => {
	const next = seeds();
	bench(
		'questions: article, 100 quizzes of 10',
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
			`questions: one quiz of 1,000, ${sizeLabel(size)} facts (index built)`,
			() => {
				generateQuiz(pack, { count: 1000 }, one());
			},
			runs
		);
		const ten = seeds();
		bench(
			`questions: 10 quizzes of 100, ${sizeLabel(size)} facts (index built)`,
			() => {
				for (let i = 0; i < 10; i += 1) generateQuiz(pack, { count: 100 }, ten());
			},
			runs
		);
		bench(
			`questions: build the pack index (once per pack), ${sizeLabel(size)} facts`,
			() => {
				new PackIndex(pack);
			},
			runs
		);
		const cold = seeds();
		bench(
			`questions: index + first quiz of 1,000, ${sizeLabel(size)} facts (cold)`,
			() => {
				// A shallow copy is a new pack object, so its index is built afresh.
				generateQuiz({ ...pack }, { count: 1000 }, cold());
			},
			runs
		);
	});
}
