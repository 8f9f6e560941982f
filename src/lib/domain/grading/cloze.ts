import type { Pack } from '../pack/schema';
import type { ClozeQuestion } from '../questions/question';
import { foldAnswer } from '../text/fold';
import { wholeGrade, type Grade } from './grade';
import { packNames } from './names';
import { parseDateAnswer, sameDate } from './parse-date';
import { matchTyped } from './typed';

/**
 * A typed cloze answer. Names and texts: lenient matching (see `matchTyped`), strict about
 * other entities of `pack`. Dates: any way of writing the date at its precision; no slip in
 * its digits, since "2032" for "2023" is another year.
 */
export function gradeCloze(question: ClozeQuestion, text: string, pack: Pack): Grade {
	if (question.date) {
		const parsed = parseDateAnswer(text);
		const folded = foldAnswer(text);
		const correct =
			(parsed !== null && sameDate(parsed, question.date.value, question.date.precision)) ||
			(folded.length > 0 && question.accepted.some((answer) => foldAnswer(answer) === folded));
		return wholeGrade(question.factIds, correct);
	}
	const match = matchTyped(text, question.accepted, packNames(pack));
	const grade = wholeGrade(question.factIds, match.correct);
	if (match.typo) grade.typo = true;
	if (match.otherEntity !== undefined) grade.otherEntity = match.otherEntity;
	return grade;
}
