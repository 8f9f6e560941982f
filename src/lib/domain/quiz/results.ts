import type { QuestionKind } from '../questions/kinds';

/** The part of a stored answer the results need. */
export interface AnsweredQuestion {
	/** The question it answers: answers are matched to questions by id, never by position. */
	questionId: string;
	kind: string;
	correct: boolean;
	score: number;
	answeredAt: number;
}

/**
 * One scoring rule: a question is worth one point; matching and timeline earn part of a point
 * for each pair or event in place. The percentage, the points and the table all count points,
 * and the percentage is computed from the points as shown, so the two never disagree.
 */
export interface QuizResults {
	total: number;
	answered: number;
	/** Answers fully right. */
	correct: number;
	/** Answers that earned part of a point (some pairs or events in place). */
	partly: number;
	/** Sum of scores, to two decimals (see `roundPoints`). */
	points: number;
	/** `points` (as rounded) over the number of questions, 0..100, rounded. */
	percent: number;
	/** From the start to the last answer, in ms. */
	durationMs: number;
	/** Points per kind: each row's sum of scores, rounded as `points` is. */
	byKind: { kind: QuestionKind; asked: number; correct: number; points: number }[];
	/** Indexes of the questions answered wrong (not fully right), in quiz order. */
	mistakes: number[];
}

export function summariseQuiz(
	questions: readonly { id: string; kind: QuestionKind }[],
	answers: readonly AnsweredQuestion[],
	startedAt: number
): QuizResults {
	const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
	const kinds = new Map<
		QuestionKind,
		{ kind: QuestionKind; asked: number; correct: number; points: number }
	>();
	let scoreSum = 0;
	let correct = 0;
	let partly = 0;
	const mistakes: number[] = [];
	questions.forEach((question, index) => {
		const entry = kinds.get(question.kind) ?? {
			kind: question.kind,
			asked: 0,
			correct: 0,
			points: 0
		};
		kinds.set(question.kind, entry);
		entry.asked += 1;
		const answer = byQuestion.get(question.id);
		if (!answer) return;
		scoreSum += answer.score;
		// Summed exactly and rounded once, below: rounding each step would drift (three 2/3
		// credits are 2 points, not 0.7 + 0.7 + 0.7).
		entry.points += answer.score;
		if (!answer.correct && answer.score > 0) partly += 1;
		if (answer.correct) {
			correct += 1;
			entry.correct += 1;
		} else {
			mistakes.push(index);
		}
	});
	const lastAnswer = Math.max(startedAt, ...answers.map((answer) => answer.answeredAt));
	const points = roundPoints(scoreSum);
	return {
		total: questions.length,
		answered: questions.filter((question) => byQuestion.has(question.id)).length,
		correct,
		partly,
		points,
		percent: questions.length ? Math.round((points / questions.length) * 100) : 0,
		durationMs: lastAnswer - startedAt,
		byKind: [...kinds.values()].map((entry) => ({ ...entry, points: roundPoints(entry.points) })),
		mistakes
	};
}

/** "4 min 05 s", "48 s": a duration as a learner reads it. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	return minutes ? `${minutes} min ${String(rest).padStart(2, '0')} s` : `${rest} s`;
}

/**
 * Points to two decimals, as shown ("6.67 of 10 points"): fine enough that the percentage
 * computed from them stays true to the exact score (one decimal would turn 1.67 of 3, 56 %,
 * into 1.7 of 3 and 57 %).
 */
function roundPoints(points: number): number {
	return Math.round(points * 100) / 100;
}

/** Points as a learner reads them: "2", "1.5", "1.67" (no trailing zeros). */
export function formatPoints(points: number): string {
	return String(roundPoints(points));
}
