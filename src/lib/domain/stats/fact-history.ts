import type { MemoryStateName, Rating } from '../scheduling/memory';

/** One rating of a fact's memory, as its history lists it. */
export interface HistoryRating {
	reviewedAt: number;
	source: 'flashcard' | 'quiz' | 'learn';
	rating: Rating;
	stateBefore: MemoryStateName;
	/** Days until the next review after this rating (0 while in steps). */
	scheduledDays: number;
	/** For a quiz rating: the answer behind it. */
	quizAnswerId: string | null;
}

/** A quiz answer on the fact, with the question as it was asked. */
export interface HistoryAnswer {
	id: string;
	correct: boolean;
	overridden: boolean;
	/** The question itself (statement, sentence with its blank, stem), or null if lost. */
	question: string | null;
	questionId: string;
}

/** One line of a fact's history, newest first. */
export interface HistoryLine {
	at: number;
	source: 'flashcard' | 'quiz' | 'learn';
	rating: Rating;
	/** Days to the next review this rating set (0 while in learning steps). */
	scheduledDays: number;
	answer: HistoryAnswer | null;
}

/** A fact's ratings, newest first, each quiz rating with its answer and question. */
export function factHistory(
	ratings: readonly HistoryRating[],
	answers: readonly HistoryAnswer[]
): HistoryLine[] {
	const byId = new Map(answers.map((answer) => [answer.id, answer]));
	return [...ratings]
		.sort((a, b) => b.reviewedAt - a.reviewedAt)
		.map((rating) => ({
			at: rating.reviewedAt,
			source: rating.source,
			rating: rating.rating,
			scheduledDays: rating.scheduledDays,
			answer: rating.quizAnswerId ? (byId.get(rating.quizAnswerId) ?? null) : null
		}));
}

/** The questions asked on a fact, each once, with how often it was answered right. */
export function questionsAsked(
	answers: readonly HistoryAnswer[]
): { questionId: string; question: string | null; right: number; asked: number }[] {
	const byQuestion = new Map<
		string,
		{ questionId: string; question: string | null; right: number; asked: number }
	>();
	for (const answer of answers) {
		const entry = byQuestion.get(answer.questionId) ?? {
			questionId: answer.questionId,
			question: answer.question,
			right: 0,
			asked: 0
		};
		entry.asked += 1;
		if (answer.correct) entry.right += 1;
		entry.question ??= answer.question;
		byQuestion.set(answer.questionId, entry);
	}
	return [...byQuestion.values()];
}
