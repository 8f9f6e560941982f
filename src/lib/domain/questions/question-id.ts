import type { QuestionKind } from './kinds';

/**
 * A question's stable id: kind, sorted fact ids joined by `+`, and a variant number, e.g.
 * `mcq:china-first:0` or `true-false:kazan-meeting:1`. The same question asked twice gets the
 * same id, whatever the order of its options, so reports and statistics can be keyed by it.
 */
export function questionId(
	kind: QuestionKind,
	factIds: readonly string[],
	variant: number
): string {
	return `${kind}:${[...factIds].sort().join('+')}:${variant}`;
}

/**
 * Variants: true/false `0` states the fact as it is, `1` a falsified copy; matching `0` pairs
 * cues with answers, `1` events with dates. Every other kind has only variant `0`.
 */
export const variants = {
	trueStatement: 0,
	falseStatement: 1,
	cueMatching: 0,
	eventMatching: 1
} as const;
