import type { Question } from '$lib/domain/questions/question';
import { questionText } from '$lib/domain/quiz/answer-display';
import type { StudyServices } from './services';

/**
 * Reports a question as wrong or unclear, from a quiz or a Learn session (`sessionId`): it
 * is not asked again until unsuspended in Settings. Resolves `false` after a reported failure.
 */
export async function reportQuestion(
	services: StudyServices,
	question: Question,
	sessionId: string,
	reason: 'wrong' | 'unclear',
	note: string
): Promise<boolean> {
	try {
		const { quizzes } = await services.storage.writer();
		await quizzes.flag({
			questionId: question.id,
			packId: question.packId,
			packVersion: question.packVersion,
			factIds: question.factIds,
			prompt: questionText(question),
			quizId: sessionId,
			reason,
			note,
			flaggedAt: services.clock.now(),
			suspended: true
		});
		return true;
	} catch (error) {
		services.problems.report(error);
		return false;
	}
}
