import type { Fact } from '../pack/schema';
import { monthNames } from './dates';
import { tens, units } from './number-words';

/**
 * What the wording of a fact allows a distractor to be.
 *
 * - A negated claim ("China does not recognise the Taliban government") stays true for most
 *   other values, so it yields no multiple-choice options and no falsified statement.
 * - A bounded value ("more than 2 years", "since July 2022") is also true of the values beyond
 *   the bound ("more than 1 year", "since March 2023"): distractors must lie on the other side.
 */
export interface Claim {
	negated: boolean;
	/**
	 * The claim does not make its answer the only one ("Russia is one of the few countries
	 * that…", "Like China, Russia…", "…among others"), so the answer cannot be asked as a
	 * single-answer "which", nor swapped for another value to make a false statement.
	 */
	nonExclusive: boolean;
	/** Where a distractor must lie relative to the value: `above`, `below`, `far` or `any`. */
	side: 'above' | 'below' | 'far' | 'any';
}

/** Wording after the answer that makes it one of several ("Russia is one of the few …"). */
const oneOfSeveralAfter =
	/^(?: (?:is|was|are|were|has been|have been) (?:one of|among)\b|,? like\b| (?:also|too|as well)\b)/i;
/** Wording before the answer that does ("Like China, Russia …", "… such as Russia"). */
const oneOfSeveralBefore = /(?:^Like [^,]+, |\b(?:such as|among others|including) )$/i;

/** Whether the statement makes its answer one of several ("Russia is one of the few …"). */
function answerIsOneOfSeveral(statement: string, answer: string): boolean {
	const at = statement.indexOf(answer);
	if (at < 0) return false;
	return (
		oneOfSeveralAfter.test(statement.slice(at + answer.length)) ||
		oneOfSeveralBefore.test(statement.slice(0, at))
	);
}

const negation = /\b(not|no|never|nor|neither|without|cannot|nobody|nothing|none)\b|n[’']t\b/i;

type Sides = [RegExp, Claim['side']][];

const numberSides: Sides = [
	[/\b(more than|over|at least|above|in excess of|upwards of)\s*$/i, 'above'],
	[/\b(less than|fewer than|under|at most|below|up to|nearly|almost)\s*$/i, 'below'],
	[/\b(about|around|approximately|roughly|some|circa|an estimated)\s*$/i, 'far']
];

// "since July 2022" is also true since any later date; "before 2024" before any later year.
const dateSides: Sides = [
	[/\b(after|later than)\s*$/i, 'above'],
	[/\b(since|from|before|by|until|till|earlier than)\s*$/i, 'below'],
	[/\b(about|around|circa)\s*$/i, 'far']
];

const valueStart = new RegExp(
	`\\d|\\b(${[...monthNames, ...units.slice(1), ...tens.slice(2)].join('|')})\\b`,
	'i'
);

/** Reads a fact's statement and cue for negation and for a bound on its answer. */
export function readClaim(fact: Fact): Claim {
	const negated = negation.test(fact.statement) || negation.test(fact.cue);
	const nonExclusive = asksWhich(fact.cue) && answerIsOneOfSeveral(fact.statement, fact.answer);
	const type = fact.object.type;
	if (type !== 'date' && type !== 'number') return { negated, nonExclusive, side: 'any' };
	const at = fact.statement.indexOf(fact.answer);
	// Words before the answer, plus any qualifier inside the answer before its number or date.
	const cut = fact.answer.search(valueStart);
	const inside = cut < 0 ? fact.answer : fact.answer.slice(0, cut);
	const lead = `${at >= 0 ? fact.statement.slice(0, at) : ''}${inside}`;
	const sides = type === 'date' ? dateSides : numberSides;
	const side = sides.find(([pattern]) => pattern.test(lead.trimEnd()))?.[1] ?? 'any';
	return { negated, nonExclusive, side };
}

/** Whether a cue asks for one answer by "which …" or "who …". */
export function asksWhich(cue: string): boolean {
	return /^(which|who|whom|whose)\b/i.test(cue.trim());
}

/** Whether a distractor at `order` keeps clear of the true value at `keyOrder` given the claim. */
export function sideAllows(side: Claim['side'], order: number, keyOrder: number): boolean {
	switch (side) {
		case 'above':
			return order > keyOrder;
		case 'below':
			return order < keyOrder;
		case 'far':
			return Math.abs(order - keyOrder) > Math.abs(keyOrder) * 0.25;
		default:
			return true;
	}
}
