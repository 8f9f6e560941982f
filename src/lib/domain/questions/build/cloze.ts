import type { PackIndex } from '../pack-index';
import { containsAnyFolded, padded } from '../phrases';
import { clozeBlank, type ClozeQuestion } from '../question';
import { answerSpan, questionBase } from './base';

/**
 * A fill-in-the-blank question on an entity, text or date fact: the statement with its answer
 * blanked; the answer as the statement writes it is shown first. `null` when the answer is
 * written twice, the rest of the sentence still gives an accepted answer away, the blank
 * would cut a coordination in half ("terrorism and ____"), or the claim is not exclusive
 * ("____ is one of the few countries…").
 */
export function buildCloze(index: PackIndex, position: number): ClozeQuestion | null {
	const info = index.info(position);
	if (!info || info.fact.object.type === 'number' || info.claim.nonExclusive) return null;
	const { fact } = info;
	const span = answerSpan(fact.statement, fact.answer);
	if (!span) return null;
	const before = fact.statement.slice(0, span[0]);
	const after = fact.statement.slice(span[1]);
	if (splitsCoordination(before, after)) return null;
	const text = before + clozeBlank + after;
	if (containsAnyFolded(padded(text), info.acceptedKeys)) return null;
	const object = fact.object;
	return {
		...questionBase(index, 'cloze', [position], 0, 'Fill in the blank.', fact.statement),
		kind: 'cloze',
		text,
		accepted: [...new Set([fact.answer, ...info.accepted])],
		...(object.type === 'date' ? { date: { value: object.value, precision: object.precision } } : {})
	};
}

/** Whether a blank between `before` and `after` is one half of "X and Y" or "X or Y". */
export function splitsCoordination(before: string, after: string): boolean {
	return /\b(and|or)\s*$/i.test(before) || /^\s*(and|or)\b/i.test(after);
}
