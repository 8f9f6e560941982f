import type { LearnAnswerRecord, QuizAnswerRecord } from './records';

// The writes another tab can get to first. They live apart from the repositories that throw
// them so that a screen can tell them apart without loading Dexie for its first paint.

/**
 * The question already has an answer, given elsewhere (another tab) since this one last read
 * it: the stored answer stands, and comes with the error to be shown.
 */
export class AnswerTakenError extends Error {
	override name = 'AnswerTakenError';

	constructor(readonly stored: QuizAnswerRecord) {
		super(`Question ${stored.questionId} of quiz ${stored.quizId} was answered elsewhere`);
	}
}

/** The step was answered meanwhile (another tab): that answer stands. */
export class LearnStepTakenError extends Error {
	override name = 'LearnStepTakenError';
	constructor(readonly stored: LearnAnswerRecord) {
		super(`Step ${stored.step} of ${stored.sessionId} is already answered`);
	}
}

/** The card was rated elsewhere (another tab) after this screen showed it. */
export class StaleRatingError extends Error {
	override name = 'StaleRatingError';
}
