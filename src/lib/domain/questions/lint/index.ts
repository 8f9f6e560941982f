import type { Pack } from '../../pack/schema';
import { generateAll } from '../all';
import { packIndex } from '../pack-index';
import { generateQuiz, quizCapacity } from '../quiz';
import { lintCard, lintQuestion } from './item-rules';
import { LintContext } from './context';
import { lintBank, lintQuiz } from './set-rules';
import type { LintViolation } from './violation';

export { formatViolation, lintRules, type LintRule, type LintViolation } from './violation';

export interface LintOptions {
	/** The bank's seed, and the first of the quiz seeds (default 1). */
	seed?: number;
	/** How many default quizzes (10 questions, every kind) to check, from `seed` on (default 100). */
	quizzes?: number;
}

/**
 * Every rule violation of a pack's questions: the bank (`generateAll`), default quizzes over a
 * run of seeds, a quiz of "All" per seed, and every fact's flashcard. Empty when the pack is
 * clean.
 */
export function lintPack(pack: Pack, options: LintOptions = {}): LintViolation[] {
	const seed = options.seed ?? 1;
	const context = new LintContext(pack);
	const index = packIndex(pack);
	const out: LintViolation[] = [];
	const seen = new Set<string>();
	const once = (violations: LintViolation[]) => {
		for (const violation of violations) {
			const key = `${violation.item}\u0000${violation.rule}\u0000${violation.message}`;
			if (!seen.has(key)) {
				seen.add(key);
				out.push(violation);
			}
		}
	};

	const bank = generateAll(pack, {}, seed);
	for (const question of bank) once(lintQuestion(question, context));
	once(lintBank(bank));
	for (const fact of pack.facts) once(lintCard(fact));

	for (let quizSeed = seed; quizSeed < seed + (options.quizzes ?? 100); quizSeed += 1) {
		const quiz = generateQuiz(pack, {}, quizSeed);
		const kinds = new Set(generateAll(pack, {}, quizSeed).map((q) => q.kind));
		for (const question of quiz) once(lintQuestion(question, context));
		const capacity = quizCapacity(pack, {}, quizSeed);
		once(lintQuiz(quiz, index, `quiz:${quizSeed}`, kinds.size, { asked: 10, capacity }));
	}
	return out;
}
