import { cueGivesAway, type PackIndex } from '../pack-index';
import type { NumericQuestion } from '../question';
import { questionBase } from './base';

const unitHints = {
	percent: 'a percentage',
	years: 'in years',
	months: 'in months',
	count: 'a number'
} as const;

/** A typed-number question on a number fact: its cue, with the unit expected. */
export function buildNumeric(index: PackIndex, position: number): NumericQuestion | null {
	const info = index.info(position);
	const object = info?.fact.object;
	if (!info || object?.type !== 'number') return null;
	const { fact } = info;
	if (cueGivesAway(info)) return null;
	const prompt = `${fact.cue} (${unitHints[object.unit]})`;
	return {
		...questionBase(index, 'numeric', [position], 0, prompt, fact.statement),
		kind: 'numeric',
		value: object.value,
		unit: object.unit,
		accepted: info.accepted
	};
}
