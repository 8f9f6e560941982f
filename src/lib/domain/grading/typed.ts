import { foldAnswer } from '../text/fold';
import { allowedTypos, editDistance } from './edit-distance';
import type { NameIndex } from './names';

export interface TypedMatch {
	correct: boolean;
	/** Accepted, but with a spelling slip. */
	typo?: boolean;
	/** Rejected: the answer names (or is closest to) this other entity of the pack. */
	otherEntity?: string;
}

const digits = (text: string) => text.replace(/\D+/g, '');

/**
 * Lenient matching of a typed answer against accepted answers, the way a person would mark
 * it: case, accents, punctuation and a leading article do not matter; any accepted answer
 * counts; a typo scaled to the answer's length is forgiven (never in a digit). Strict about a
 * different entity: the name of another entity of the pack is wrong even when it is within
 * typo reach ("Kazan" for "Kabul"), and so is a slip at least as close to another name.
 */
export function matchTyped(
	typed: string,
	accepted: readonly string[],
	names: NameIndex
): TypedMatch {
	const answer = foldAnswer(typed);
	if (!answer) return { correct: false };
	const keys = new Set(accepted.map(foldAnswer).filter(Boolean));
	if (keys.has(answer)) return { correct: true };
	const named = names.get(answer);
	if (named !== undefined) return { correct: false, otherEntity: named };

	let best = Infinity;
	for (const key of keys) {
		const allowed = allowedTypos(key);
		if (allowed === 0 || Math.abs(key.length - answer.length) > allowed) continue;
		if (digits(key) !== digits(answer)) continue;
		const distance = editDistance(answer, key);
		if (distance <= allowed && distance < best) best = distance;
	}
	if (best === Infinity) return { correct: false };

	for (const [name, owner] of names) {
		if (keys.has(name) || Math.abs(name.length - answer.length) > best) continue;
		if (editDistance(answer, name) <= best) return { correct: false, otherEntity: owner };
	}
	return { correct: true, typo: true };
}
