import type { QuestionKind } from '../kinds';
import type { PackIndex } from '../pack-index';
import type { Question } from '../question';
import type { Random } from '../random';
import { buildCloze } from './cloze';
import { buildMatching } from './matching';
import { buildMcq } from './mcq';
import { buildNumeric } from './numeric';
import { buildTimeline } from './timeline';
import { buildTrueFalse } from './true-false';
import type { FactFilter } from './selection';

/** The kinds asked about one fact alone; the others gather several facts. */
export const singleFactKinds: ReadonlySet<QuestionKind> = new Set([
	'mcq',
	'true-false',
	'cloze',
	'numeric'
]);

/** The variants a kind has (see `variants`). */
export const kindVariants: Record<QuestionKind, readonly number[]> = {
	mcq: [0],
	'true-false': [0, 1],
	cloze: [0],
	numeric: [0],
	matching: [0, 1],
	timeline: [0]
};

/**
 * A question of `kind` and `variant` on the fact at `position` (and, for matching and
 * timeline, other facts that `filter` lets it use); `null` when the kind does not apply.
 */
export function buildQuestion(
	index: PackIndex,
	kind: QuestionKind,
	position: number,
	variant: number,
	filter: FactFilter,
	random: Random
): Question | null {
	if (singleFactKinds.has(kind)) {
		// Its content is fixed by its id: build it once per pack (see `PackIndex.built`).
		const key = `${kind}\u0000${position}\u0000${variant}`;
		const cached = index.built.get(key);
		if (cached !== undefined) return cached;
		const question = buildSingle(index, kind, position, variant);
		index.remember(key, question);
		return question;
	}
	switch (kind) {
		case 'matching':
			return buildMatching(index, position, variant, filter, random);
		case 'timeline':
			return buildTimeline(index, position, filter, random);
		default:
			return null;
	}
}

function buildSingle(
	index: PackIndex,
	kind: QuestionKind,
	position: number,
	variant: number
): Question | null {
	switch (kind) {
		case 'mcq':
			return buildMcq(index, position);
		case 'true-false':
			return buildTrueFalse(index, position, variant);
		case 'cloze':
			return buildCloze(index, position);
		case 'numeric':
			return buildNumeric(index, position);
		default:
			return null;
	}
}
