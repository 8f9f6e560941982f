import type { QuizRepository } from '$lib/db/quiz-repository';
import { summariseQuiz, type QuizResults } from '$lib/domain/quiz/results';
import { restoreAnswers, restoreQuiz } from './restore-quiz';

export interface HistoryEntry {
	id: string;
	startedAt: number;
	results: QuizResults;
	/** The kinds of question it asked, in first-asked order. */
	kinds: string[];
}

/**
 * Finished quizzes, newest first, each scored from its stored questions and answers. A quiz
 * whose questions do not parse is left out of the list (its data stays).
 */
export async function readHistory(quizzes: QuizRepository, limit = 20): Promise<HistoryEntry[]> {
	return (await quizzes.history(limit)).flatMap(({ session, answers }) => {
		const restored = restoreQuiz(session);
		if (!restored.ok) return [];
		return [
			{
				id: session.id,
				startedAt: session.startedAt,
				results: summariseQuiz(restored.questions, restoreAnswers(answers), session.startedAt),
				kinds: [...new Set(restored.questions.map((question) => question.kind))]
			}
		];
	});
}
