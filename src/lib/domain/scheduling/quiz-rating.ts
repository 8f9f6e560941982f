import type { Rating } from './memory';

/** A right answer that took longer than this (ms) was effortful recall: rated `hard`. */
export const slowAnswerMs = 20_000;

/** How a quiz question was answered. */
export interface QuizAnswer {
	/** The grader's verdict. */
	correct: boolean;
	/** The learner pressed "I was right" on an answer the grader marked wrong. */
	overridden: boolean;
	/** Time from showing the question to the answer, ms. */
	responseMs: number;
}

/**
 * The FSRS rating a quiz answer gives the fact's memory, so quizzes and flashcards feed the
 * same schedule. Quizzes never rate `easy`: a correct choice does not show effortless recall.
 */
export function quizRating(answer: QuizAnswer): Rating {
	// An override turns the answer right, whatever `correct` says; it is rated `hard` because
	// the answer was not the expected one.
	if (answer.overridden) return 'hard';
	if (!answer.correct) return 'again';
	return answer.responseMs > slowAnswerMs ? 'hard' : 'good';
}
