import type { Pack } from '../pack/schema';
import { arrange } from './arrange';
import { buildQuestion, singleFactKinds } from './build';
import { isQuestionKind, questionKinds, type QuestionKind } from './kinds';
import { packIndex } from './pack-index';
import type { Question } from './question';
import { variants } from './question-id';
import { createRandom } from './random';
import { QuizOptionsError } from './quiz';

/**
 * Every applicable kind for every fact once: per fact (in pack order) its mcq, true/false
 * (variant drawn from `seed`), cloze and numeric questions, then matching questions and
 * timelines that each use a fact at most once per kind. A catalogue (for review and the
 * worksheet), not a quiz: questions on one fact appear together.
 */
export function generateAll(
	pack: Pack,
	options: { kinds?: readonly QuestionKind[] } = {},
	seed = 1
): Question[] {
	for (const kind of options.kinds ?? []) {
		if (!isQuestionKind(kind)) throw new QuizOptionsError(`unknown question kind "${kind}"`);
	}
	const kinds = new Set(options.kinds?.length ? options.kinds : questionKinds);
	const index = packIndex(pack);
	const random = createRandom(seed);
	const out: Question[] = [];
	const everyFact = { isFree: () => true };

	index.facts.forEach((_, position) => {
		for (const kind of questionKinds) {
			if (!kinds.has(kind) || !singleFactKinds.has(kind)) continue;
			const variant = kind === 'true-false' ? random.int(0, 1) : 0;
			const question = buildQuestion(index, kind, position, variant, everyFact, random);
			if (question) out.push(arrange(question, random));
		}
	});

	for (const kind of ['matching', 'timeline'] as const) {
		if (!kinds.has(kind)) continue;
		const used = new Set<number>();
		const filter = { isFree: (position: number) => !used.has(position) };
		const kindVariants = kind === 'matching' ? [variants.cueMatching, variants.eventMatching] : [0];
		index.facts.forEach((_, position) => {
			if (used.has(position)) return;
			for (const variant of kindVariants) {
				const question = buildQuestion(index, kind, position, variant, filter, random);
				if (!question) continue;
				for (const id of question.factIds) {
					const factPosition = index.factPosition.get(id);
					if (factPosition !== undefined) used.add(factPosition);
				}
				out.push(arrange(question, random));
				break;
			}
		});
	}
	return out;
}
