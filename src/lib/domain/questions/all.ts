import type { Pack } from '../pack/schema';
import { arrange } from './arrange';
import { buildQuestion, singleFactKinds } from './build';
import { isQuestionKind, questionKinds, type QuestionKind } from './kinds';
import { packIndex } from './pack-index';
import type { Question } from './question';
import { variants } from './question-id';
import { createRandom } from './random';
import { QuizOptionsError } from './quiz';
import { foldAnswer } from '../text/fold';

/** No distractor or swapped-in value appears in more questions of the bank than this. */
export const maxValueUses = 3;

/**
 * The question bank: one question per fact (in pack order), of the kind used least so far
 * among those the fact allows, with true and false statements kept even and no wrong value
 * (an option or a swapped-in value) used in more than `maxValueUses` questions; then matching
 * questions and timelines that each use a fact at most once per kind. A catalogue for review,
 * worksheets and the lint: each fact asked once, not the same fact in three formats.
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
	const kindUse = new Map<QuestionKind, number>();
	const valueUse = new Map<string, number>();
	const truths = { true: 0, false: 0 };

	index.facts.forEach((_, position) => {
		const built: Question[] = [];
		for (const kind of questionKinds) {
			if (!kinds.has(kind) || !singleFactKinds.has(kind)) continue;
			const variantsToTry =
				kind !== 'true-false'
					? [0]
					: truths.true > truths.false
						? [variants.falseStatement, variants.trueStatement]
						: truths.false > truths.true
							? [variants.trueStatement, variants.falseStatement]
							: random.int(0, 1) === 0
								? [variants.trueStatement, variants.falseStatement]
								: [variants.falseStatement, variants.trueStatement];
			for (const variant of variantsToTry) {
				const question = buildQuestion(index, kind, position, variant, everyFact, random);
				if (question && wrongValues(question).every((v) => (valueUse.get(v) ?? 0) < maxValueUses)) {
					built.push(question);
					break;
				}
			}
		}
		if (built.length === 0) return;
		// Least-used kind first; ties keep the kinds' order (recognition before recall).
		const question = built.reduce((best, q) =>
			(kindUse.get(q.kind) ?? 0) < (kindUse.get(best.kind) ?? 0) ? q : best
		);
		kindUse.set(question.kind, (kindUse.get(question.kind) ?? 0) + 1);
		for (const value of wrongValues(question)) valueUse.set(value, (valueUse.get(value) ?? 0) + 1);
		if (question.kind === 'true-false') truths[question.answer ? 'true' : 'false'] += 1;
		out.push(arrange(question, random));
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

/**
 * The wrong values a question shows, folded: its distractors, or the value swapped into a
 * false statement (the swapped statement's words that the true one does not have).
 */
export function wrongValues(question: Question): string[] {
	if (question.kind === 'mcq') {
		return question.options.filter((_, i) => i !== question.answerIndex).map(foldAnswer);
	}
	if (question.kind === 'true-false' && !question.answer) {
		const trueWords = new Set(foldAnswer(question.explanation).split(' '));
		const swapped = foldAnswer(question.statement)
			.split(' ')
			.filter((word) => !trueWords.has(word) && word !== 'according' && word !== 'article');
		return swapped.length ? [swapped.join(' ')] : [];
	}
	return [];
}
