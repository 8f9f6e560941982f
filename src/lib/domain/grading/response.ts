import * as v from 'valibot';
import type { Pack } from '../pack/schema';
import type { Question } from '../questions/question';
import { gradeMcq, gradeTrueFalse } from './choice';
import { gradeCloze } from './cloze';
import type { Grade } from './grade';
import { gradeMatching } from './matching';
import { gradeNumeric } from './numeric';
import { gradeTimeline } from './timeline';

/** A learner's answer to a question, by kind. */
export const QuestionResponse = v.variant('kind', [
	v.object({ kind: v.literal('mcq'), choice: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
	v.object({ kind: v.literal('true-false'), value: v.boolean() }),
	v.object({ kind: v.literal('cloze'), text: v.string() }),
	v.object({ kind: v.literal('numeric'), text: v.string() }),
	/** For each pair, in display order, the right placed against it. */
	v.object({ kind: v.literal('matching'), rights: v.array(v.string()) }),
	/** Event ids in the learner's order, earliest first. */
	v.object({ kind: v.literal('timeline'), order: v.array(v.string()) })
]);

export type QuestionResponse = v.InferOutput<typeof QuestionResponse>;

/** A response of another kind than its question. */
export class ResponseKindError extends TypeError {
	override name = 'ResponseKindError';
}

/** Grades any response with its kind's function; `pack` supplies entity names for typed answers. */
export function gradeResponse(question: Question, response: QuestionResponse, pack: Pack): Grade {
	if (question.kind === 'mcq' && response.kind === 'mcq')
		return gradeMcq(question, response.choice);
	if (question.kind === 'true-false' && response.kind === 'true-false') {
		return gradeTrueFalse(question, response.value);
	}
	if (question.kind === 'cloze' && response.kind === 'cloze') {
		return gradeCloze(question, response.text, pack);
	}
	if (question.kind === 'numeric' && response.kind === 'numeric') {
		return gradeNumeric(question, response.text);
	}
	if (question.kind === 'matching' && response.kind === 'matching') {
		return gradeMatching(question, response.rights);
	}
	if (question.kind === 'timeline' && response.kind === 'timeline') {
		return gradeTimeline(question, response.order);
	}
	throw new ResponseKindError(`a ${response.kind} response to a ${question.kind} question`);
}
