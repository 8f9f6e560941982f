import type { Transaction } from 'dexie';
import { quizAnswerId } from './quiz-answer-id';
import type { QuizAnswerRecord, ReviewLogRecord } from './records';

/**
 * Schema v6's upgrade: answers were keyed by their question's position (`<quiz>:<index>`), so
 * an answer could be laid against the wrong question; now by the question's id. The ratings an
 * answer gave follow it to its new id. Nothing is dropped: an answer whose question id is
 * missing keeps its old id.
 */
export async function keyAnswersByQuestion(tx: Transaction): Promise<void> {
	const answers = tx.table<QuizAnswerRecord, string>('quizAnswers');
	const logs = tx.table<ReviewLogRecord, string>('reviewLogs');
	for (const answer of await answers.toArray()) {
		if (!answer.questionId) continue;
		const id = quizAnswerId(answer.quizId, answer.questionId);
		if (id === answer.id) continue;
		await answers.delete(answer.id);
		await answers.put({ ...answer, id });
		await logs.where('quizAnswerId').equals(answer.id).modify({ quizAnswerId: id });
	}
}
