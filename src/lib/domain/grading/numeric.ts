import type { NumericQuestion } from '../questions/question';
import { foldAnswer } from '../text/fold';
import { wholeGrade, type Grade } from './grade';
import { parseNumberAnswer } from './parse-number';

/**
 * A typed number: right when it is the value, however written (`98`, `98%`, `98 percent`,
 * `ninety-eight`), with no unit or the question's unit. Exact: 89 is not 98.
 */
export function gradeNumeric(question: NumericQuestion, text: string): Grade {
	const parsed = parseNumberAnswer(text);
	const folded = foldAnswer(text);
	const correct =
		(parsed !== null &&
			Math.abs(parsed.value - question.value) < 1e-9 &&
			(parsed.unit === null || parsed.unit === question.unit)) ||
		(folded.length > 0 && question.accepted.some((answer) => foldAnswer(answer) === folded));
	return wholeGrade(question.factIds, correct);
}
