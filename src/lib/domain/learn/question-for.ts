import type { Pack } from '../pack/schema';
import { arrange, rearrange } from '../questions/arrange';
import { buildQuestion, kindVariants } from '../questions/build';
import type { QuestionKind } from '../questions/kinds';
import { packIndex } from '../questions/pack-index';
import type { Question } from '../questions/question';
import { createRandom, shuffle } from '../questions/random';
import { rungKinds, type Rung } from './ladder';

/** Where to look when a fact has no question on its rung: nearest rungs first, lower first. */
const fallbacks: Record<Rung, readonly Rung[]> = {
	recognition: ['recognition', 'recall'],
	recall: ['recall', 'recognition'],
	integration: ['integration', 'recall', 'recognition']
};

export interface LearnQuestion {
	question: Question;
	/** The rung it was asked at: the one wanted, or the nearest the fact allows. */
	rung: Rung;
}

/**
 * A question on `factId` at `rung`, or at the nearest rung its fact allows (not every fact
 * has a date for a timeline or a number to type). Matching and timeline questions gather
 * only facts in `known` besides this one, so that Learn never rates an unmet fact. Questions
 * in `exclude` (reported ones) are never taken; those in `avoid` (asked before in the
 * session, as they were shown) only when the rung has no other: a fact missed on options
 * comes back on options, not as a harder question, rearranged so that its key has moved.
 * Deterministic given the seed.
 */
export function learnQuestion(
	pack: Pack,
	factId: string,
	rung: Rung,
	options: {
		seed: number;
		known: ReadonlySet<string>;
		avoid?: ReadonlyMap<string, Question>;
		exclude?: ReadonlySet<string>;
	}
): LearnQuestion | null {
	const index = packIndex(pack);
	const position = index.factPosition.get(factId);
	if (position === undefined) return null;
	const random = createRandom(options.seed);
	const filter = {
		isFree: (other: number) => {
			const id = index.facts[other]?.id;
			return other === position || (id !== undefined && options.known.has(id));
		}
	};
	for (const tried of fallbacks[rung]) {
		let avoided: LearnQuestion | null = null;
		for (const kind of shuffle(rungKinds[tried], random) as QuestionKind[]) {
			for (const variant of shuffle(kindVariants[kind], random)) {
				const built = buildQuestion(index, kind, position, variant, filter, random);
				if (!built || !built.factIds.includes(factId) || options.exclude?.has(built.id)) continue;
				const before = options.avoid?.get(built.id);
				if (!before) return { question: arrange(built, random), rung: tried };
				avoided ??= { question: rearrange(before, random), rung: tried };
			}
		}
		if (avoided) return avoided;
	}
	return null;
}
