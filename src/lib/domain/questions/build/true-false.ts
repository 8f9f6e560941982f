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
 * a same-type value the article does not support (never by adding "not"). Both start
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
	if (!info || info.claim.negated) return null;
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
		statement: accordingToArticle(isTrue ? fact.statement : falseStatement, index.properWords),
		answer: isTrue
	};
}

function falsify(index: PackIndex, info: FactInfo): string | null {
	const { fact } = info;
	const span = answerSpan(fact.statement, fact.answer);
	if (!span) return null;
	const before = fact.statement.slice(0, span[0]);
	const after = fact.statement.slice(span[1]);
	// The rest of the sentence must not state the answer again, or the swap contradicts itself.
	if (containsAnyFolded(padded(`${before} … ${after}`), info.acceptedKeys)) return null;
	const random = contentRandom(questionId('true-false', [fact.id], variants.falseStatement));
	for (const value of chooseDistractors(index, info, 3, info.statementText, random)) {
		const swapped = writeLike(fact.answer, value);
		if (swapped !== null && swapped !== fact.answer) return before + swapped + after;
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
