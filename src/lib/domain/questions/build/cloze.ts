import type { PackIndex } from '../pack-index';
import { containsAnyFolded, padded } from '../phrases';
import { clozeBlank, type ClozeQuestion } from '../question';
import { answerSpan, questionBase } from './base';

/**
 * A fill-in-the-blank question on an entity, text or date fact: the statement with its answer
 * blanked. `null` when the answer is written twice, or the rest of the sentence still gives
 * an accepted answer away.
 */
export function buildCloze(index: PackIndex, position: number): ClozeQuestion | null {
	const info = index.info(position);
	if (!info || info.fact.object.type === 'number') return null;
	const { fact } = info;
	const span = answerSpan(fact.statement, fact.answer);
	if (!span) return null;
	const text = fact.statement.slice(0, span[0]) + clozeBlank + fact.statement.slice(span[1]);
	if (containsAnyFolded(padded(text), info.acceptedKeys)) return null;
	const object = fact.object;
	return {
		...questionBase(index, 'cloze', [position], 0, 'Fill in the blank.', fact.statement),
		kind: 'cloze',
		text,
		accepted: info.accepted,
		...(object.type === 'date' ? { date: { value: object.value, precision: object.precision } } : {})
	};
}
