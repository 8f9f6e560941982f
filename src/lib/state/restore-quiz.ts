import * as v from 'valibot';
import type { QuizAnswerRecord, QuizSessionRecord } from '$lib/db/records';
import { QuestionResponse } from '$lib/domain/grading/response';
import { questionKinds } from '$lib/domain/questions/kinds';
import { Question } from '$lib/domain/questions/question';

/** How a quiz was set up, as stored with it. */
export const QuizSetup = v.object({
	length: v.union([v.picklist([5, 10, 20]), v.literal('all')]),
	kinds: v.array(v.picklist(questionKinds)),
	topics: v.array(v.string()),
	/** Only these facts ("Drill my weakest"); absent for a quiz on every fact. */
	facts: v.optional(v.array(v.string()))
});

export type QuizSetup = v.InferOutput<typeof QuizSetup>;

/** A stored quiz, parsed whole: every question, or the quiz cannot be restored. */
export type RestoredQuiz =
	{ ok: true; questions: Question[]; setup: QuizSetup | null } | { ok: false; problem: string };

/**
 * Parses what a stored quiz asked. Stored data is never trusted (an older release, a damaged
 * record): a quiz with any question that does not parse is not restored at all, so that no
 * answer is ever shown against another question. Its answers stay stored.
 */
export function restoreQuiz(session: QuizSessionRecord): RestoredQuiz {
	const questions = v.safeParse(v.array(Question), session.questions);
	if (!questions.success) {
		const issue = questions.issues[0];
		const at = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
		return { ok: false, problem: `question ${at}: ${issue?.message ?? 'does not parse'}` };
	}
	const setup = v.safeParse(QuizSetup, session.options);
	return { ok: true, questions: questions.output, setup: setup.success ? setup.output : null };
}

/**
 * A stored answer's response (a quiz's or Learn's), parsed; `null` when it is not one (then
 * it is not shown).
 */
export function restoreResponse(
	answer: Pick<QuizAnswerRecord, 'given'> | undefined
): QuestionResponse | null {
	const parsed = v.safeParse(QuestionResponse, answer?.given);
	return parsed.success ? parsed.output : null;
}

/** A stored answer, checked field by field (see `QuizAnswerRecord`). */
const StoredAnswer = v.object({
	id: v.string(),
	quizId: v.string(),
	questionIndex: v.pipe(v.number(), v.integer(), v.minValue(0)),
	questionId: v.string(),
	packId: v.string(),
	packVersion: v.number(),
	factIds: v.array(v.string()),
	kind: v.string(),
	given: v.unknown(),
	correct: v.boolean(),
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	perFact: v.array(v.object({ factId: v.string(), correct: v.boolean() })),
	overridden: v.boolean(),
	typo: v.optional(v.boolean()),
	responseMs: v.pipe(v.number(), v.minValue(0)),
	answeredAt: v.number(),
	studyDay: v.string()
});

/**
 * A quiz's stored answers, parsed: one that does not parse is left out of what is shown and
 * scored (it stays stored, and its ratings stay in the memories).
 */
export function restoreAnswers(records: readonly unknown[]): QuizAnswerRecord[] {
	return records.flatMap((record) => {
		const parsed = v.safeParse(StoredAnswer, record);
		return parsed.success ? [parsed.output] : [];
	});
}

/**
 * The stored draft of `question` (see `QuizSessionRecord.draft`), parsed: `null` when there is
 * none, it belongs to another question, or it does not fit this one.
 */
export function restoreDraft(
	session: QuizSessionRecord,
	question: Question
): QuestionResponse | null {
	if (session.draft?.questionId !== question.id) return null;
	const parsed = v.safeParse(QuestionResponse, session.draft.response);
	if (!parsed.success) return null;
	const draft = parsed.output;
	if (draft.kind === 'cloze' || draft.kind === 'numeric') {
		return draft.kind === question.kind ? draft : null;
	}
	if (draft.kind === 'matching' && question.kind === 'matching') {
		return draft.rights.length === question.pairs.length &&
			draft.rights.every((right) => right === '' || question.shuffledRights.includes(right))
			? draft
			: null;
	}
	if (draft.kind === 'timeline' && question.kind === 'timeline') {
		return draft.order.length === question.events.length &&
			question.events.every((event) => draft.order.includes(event.id))
			? draft
			: null;
	}
	return null;
}

/** A stored question (a Learn step's), parsed; `null` when it does not parse. */
export function restoreQuestion(value: unknown): Question | null {
	const parsed = v.safeParse(Question, value);
	return parsed.success ? parsed.output : null;
}
