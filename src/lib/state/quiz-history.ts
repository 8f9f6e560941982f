import type { QuizRepository } from '$lib/db/quiz-repository';
import { summariseQuiz, type QuizResults } from '$lib/domain/quiz/results';

export interface HistoryEntry {
	id: string;
	startedAt: number;
	results: QuizResults;
	/** The kinds of question it asked, in first-asked order. */
	kinds: string[];
}

/** One page of past quizzes, and where the next begins. */
export interface HistoryPage {
	entries: HistoryEntry[];
	/** Where the next page starts: the quizzes read so far, unreadable ones included. */
	next: number;
	/** Whether older finished quizzes follow. */
	more: boolean;
}

/**
 * Finished quizzes, newest first, each scored from its stored questions and answers. A quiz
 * whose questions do not parse is left out of the list (its data stays).
 */
export async function readHistory(quizzes: QuizRepository, limit = 20): Promise<HistoryEntry[]> {
	return (await readHistoryPage(quizzes, limit)).entries;
}

/** `limit` finished quizzes from `offset`, newest first, scored as `readHistory` scores them. */
export async function readHistoryPage(
	quizzes: QuizRepository,
	limit: number,
	offset = 0
): Promise<HistoryPage> {
	// The stored-quiz parser (valibot) loads with the data, not with the page: while it is read.
	const [{ restoreAnswers, restoreQuiz }, page] = await Promise.all([
		import('./restore-quiz'),
		quizzes.listedPage(limit, offset)
	]);
	const entries = page.entries.flatMap(({ session, answers }) => {
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
	return { entries, next: offset + page.entries.length, more: page.more };
}

/**
 * The list with a further page below it; a quiz already listed is not listed twice (one
 * finished in another tab since moves the pages on by one).
 */
export function withOlder(listed: readonly HistoryEntry[], older: readonly HistoryEntry[]) {
	const ids = new Set(listed.map((entry) => entry.id));
	return [...listed, ...older.filter((entry) => !ids.has(entry.id))];
}
