import type { QuestionKind } from '../kinds';
import type { PackIndex } from '../pack-index';
import { questionId } from '../question-id';
import type { QuestionSource } from '../question';
import { createRandom, hashSeed, type Random } from '../random';
import { at } from '../at';

/** The fields every question has, for facts at `positions` of the pack. */
export interface QuestionBase {
	id: string;
	packId: string;
	packVersion: number;
	prompt: string;
	explanation: string;
	factIds: string[];
	sources: QuestionSource[];
}

export function questionBase(
	index: PackIndex,
	kind: QuestionKind,
	positions: readonly number[],
	variant: number,
	prompt: string,
	explanation: string
): QuestionBase {
	const facts = [...new Set(positions)].map((position) => at(index.facts, position));
	facts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const factIds = facts.map((fact) => fact.id);
	return {
		id: questionId(kind, factIds, variant),
		packId: index.pack.meta.id,
		packVersion: index.pack.meta.version,
		prompt,
		explanation,
		factIds,
		sources: facts.map((fact) => ({
			factId: fact.id,
			block: fact.source.block,
			quote: fact.source.quote
		}))
	};
}

/**
 * The random source for a question's content (distractors, the swapped value), seeded by its
 * id: the same question always has the same content; only display order depends on the quiz.
 */
export function contentRandom(id: string): Random {
	return createRandom(hashSeed(id));
}

/** The one place `answer` is written in `statement` as whole words, or `null`. */
export function answerSpan(statement: string, answer: string): [number, number] | null {
	const at = statement.indexOf(answer);
	if (at < 0 || statement.indexOf(answer, at + 1) >= 0) return null;
	return [at, at + answer.length];
}
