import { replaceDateIn } from '../dates';
import { chooseDistractors } from '../distractors';
import { replaceNumberIn } from '../numbers';
import type { FactInfo, PackIndex } from '../pack-index';
import { containsAnyFolded, padded } from '../phrases';
import type { TrueFalseQuestion } from '../question';
import { questionId, variants } from '../question-id';
import { accordingToArticle } from '../sentence';
import type { Value } from '../values';
import { answerSpan, contentRandom, questionBase } from './base';

/**
 * A true/false question on one fact. Variant 0 states the fact; variant 1 swaps its answer for
 * a value the article uses in the same role (never by adding "not", never a lure or a made-up
 * date or number, so the false statement is as plausible as the true one). Both start
 * "According to the article, …". `null` for either variant when no false one can be made:
 * a negated claim (its swap would stay true), an answer written twice or not as a date or
 * number, or no distractor; so true/false questions are true or false with equal odds.
 */
export function buildTrueFalse(
	index: PackIndex,
	position: number,
	variant: number
): TrueFalseQuestion | null {
	const info = index.info(position);
	if (!info || info.claim.negated || info.claim.nonExclusive || !falsifiable(info)) return null;
	let falseStatement = index.falseStatements.get(position);
	if (falseStatement === undefined) {
		falseStatement = falsify(index, info);
		index.falseStatements.set(position, falseStatement);
	}
	if (falseStatement === null) return null;
	const { fact } = info;
	const isTrue = variant === variants.trueStatement;
	return {
		...questionBase(index, 'true-false', [position], variant, 'True or false?', fact.statement),
		kind: 'true-false',
		statement: accordingToArticle(
			isTrue ? fact.statement : falseStatement.statement,
			index.properWords
		),
		answer: isTrue,
		...(isTrue ? {} : { correction: `The article says ${inSentence(fact.answer)}, not ${inSentence(falseStatement.swapped)}.` })
	};
}

/**
 * Whether swapping the value can make the claim false. A lower bound on a number ("more than
 * 2 years") stays true of larger ones, and any bound but "since" may hold of the other side;
 * "since July 2022" is false of any earlier start.
 */
function falsifiable(info: FactInfo): boolean {
	const { side } = info.claim;
	return side === 'any' || (side === 'below' && info.value.date !== undefined);
}

/** The statement with its answer swapped, and the value swapped in, as written there. */
export interface FalseStatement {
	statement: string;
	swapped: string;
}

function falsify(index: PackIndex, info: FactInfo): FalseStatement | null {
	const { fact } = info;
	const span = answerSpan(fact.statement, fact.answer);
	if (!span) return null;
	const before = fact.statement.slice(0, span[0]);
	const after = fact.statement.slice(span[1]);
	// The rest of the sentence must not state the answer again, or the swap contradicts itself.
	if (containsAnyFolded(padded(`${before} … ${after}`), info.acceptedKeys)) return null;
	const random = contentRandom(questionId('true-false', [fact.id], variants.falseStatement));
	// A value the article itself uses in the same role: a plausible false statement.
	const options = { articleOnly: true };
	for (const value of chooseDistractors(index, info, 3, info.statementText, random, options)) {
		const swapped = writeLike(fact.answer, value);
		if (swapped !== null && swapped !== fact.answer) {
			return { statement: before + swapped + after, swapped };
		}
	}
	return null;
}

/** `value` written the way `answer` is: same date or number style, same leading article. */
function writeLike(answer: string, value: Value): string | null {
	if (value.date) return replaceDateIn(answer, value.date.value, value.date.precision);
	if (value.number) return replaceNumberIn(answer, value.number.value, value.number.unit);
	const article = /^(the|a|an) /i.exec(answer)?.[0];
	if (article && !/^(the|a|an) /i.test(value.label)) return `${article}${value.label}`;
	if (!article && /^[A-Z]/.test(answer)) return value.label.charAt(0).toUpperCase() + value.label.slice(1);
	return value.label;
}

/** A phrase as it reads inside a sentence: "The aggression …" becomes "the aggression …". */
function inSentence(phrase: string): string {
	return phrase.replace(/^(The|A|An) /, (article) => article.toLowerCase());
}
