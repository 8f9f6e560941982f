import type { McqQuestion, TrueFalseQuestion } from '../questions/question';
import { wholeGrade, type Grade } from './grade';

/** A multiple-choice answer: right when the chosen option index is the key's. */
export function gradeMcq(question: McqQuestion, choice: number): Grade {
	return wholeGrade(question.factIds, choice === question.answerIndex);
}

/** A true/false answer: right when it agrees with the article. */
export function gradeTrueFalse(question: TrueFalseQuestion, value: boolean): Grade {
	return wholeGrade(question.factIds, value === question.answer);
}
