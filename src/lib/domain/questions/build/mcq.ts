import { chooseDistractors } from '../distractors';
import { cueGivesAway, type PackIndex } from '../pack-index';
import type { McqQuestion } from '../question';
import { questionId } from '../question-id';
import { contentRandom, questionBase } from './base';
import { keyLabel } from './key-label';

/**
 * A multiple-choice question on one fact: its cue as the stem, the key and 2–3 distractors
 * (see `chooseDistractors`), key first; `arrange` shuffles them for display. `null` when the
 * claim is negated (a negation is true of most distractors) or not exclusive ("one of the
 * few"), or fewer than 2 distractors fill the stem's role: the fact is then asked another way.
 */
export function buildMcq(index: PackIndex, position: number): McqQuestion | null {
	const info = index.info(position);
	if (!info || info.claim.negated || info.claim.nonExclusive) return null;
	const { fact } = info;
	if (cueGivesAway(info)) return null;
	const random = contentRandom(questionId('mcq', [fact.id], 0));
	const key = keyLabel(info, fact.cue);
	const distractors = chooseDistractors(index, info, 3, info.cueText, random, { shownKey: key });
	if (distractors.length < 2) return null;
	return {
		...questionBase(index, 'mcq', [position], 0, fact.cue, fact.statement),
		kind: 'mcq',
		options: [key, ...distractors.map((value) => value.label)],
		answerIndex: 0,
		optionNotes: [null, ...distractors.map((value) => index.noteFor(value, position))]
	};
}
