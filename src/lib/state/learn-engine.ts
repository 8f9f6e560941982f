// What a Learn session needs beyond its first paint: the question engine, grading, and the
// parsers of stored steps and answers (valibot). `LearnController.load` brings it in, so the
// route's own JavaScript stays small; nothing else imports it.
import * as v from 'valibot';
import { QuestionResponse } from '$lib/domain/grading/response';
import { rungs } from '$lib/domain/learn/ladder';
import { Question } from '$lib/domain/questions/question';

export { gradeResponse } from '$lib/domain/grading';
export { learnQuestion } from '$lib/domain/learn/question-for';

const StoredStep = v.object({
	factId: v.string(),
	rung: v.picklist(rungs),
	question: Question
});

/** A stored step (its fact, rung and question), parsed; `null` when it does not parse. */
export function parseStep(value: unknown): v.InferOutput<typeof StoredStep> | null {
	const parsed = v.safeParse(StoredStep, value);
	return parsed.success ? parsed.output : null;
}

/** A stored answer's response, parsed; `null` when it is not one (then it is not shown). */
export function parseResponse(value: unknown): QuestionResponse | null {
	const parsed = v.safeParse(QuestionResponse, value);
	return parsed.success ? parsed.output : null;
}
