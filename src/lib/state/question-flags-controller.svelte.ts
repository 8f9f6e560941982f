import type { QuestionFlagRecord } from '$lib/db/records';
import type { Repositories } from '$lib/db/repositories';
import type { Pack } from '$lib/domain/pack/schema';
import { retiredFactIds } from '$lib/domain/pack/retired';
import { questionReview, type QuestionReview } from '$lib/domain/quiz/answer-display';
import type { StudyServices } from './services';

function reviewsOf(entries: [string, QuestionReview][]): ReadonlyMap<string, QuestionReview> {
	return new Map(entries);
}

/** Reported questions, for the list in settings with its "unsuspend". */
export class QuestionFlagsController {
	#flags = $state.raw<QuestionFlagRecord[]>([]);
	/**
	 * Each reported question as it was asked, by question id: its own text, the learner's
	 * answer and the right one, read from the quiz or Learn session that asked it.
	 */
	#reviews = $state.raw<ReadonlyMap<string, QuestionReview>>(reviewsOf([]));
	#loaded = $state(false);

	constructor(
		private readonly services: StudyServices,
		private readonly pack: Pack
	) {}

	get list() {
		return this.#flags;
	}

	get loaded() {
		return this.#loaded;
	}

	/**
	 * The question itself (its statement, sentence with the blank, or stem), what the learner
	 * answered (`null` if they did not) and the right answer, as the session that asked it
	 * stored them. Where that session is gone: the prompt saved with the report, and no answers.
	 */
	reviewOf(flag: QuestionFlagRecord): QuestionReview {
		return this.#reviews.get(flag.questionId) ?? { text: flag.prompt, given: null, right: [] };
	}

	/** The question itself, as `reviewOf` reads it. */
	textOf(flag: QuestionFlagRecord): string {
		return this.reviewOf(flag).text;
	}

	/** Whether a reported question tests a fact the current pack version no longer has. */
	isRetired(flag: QuestionFlagRecord): boolean {
		return retiredFactIds(this.pack, flag.packId, flag.factIds).length > 0;
	}

	async load(): Promise<void> {
		try {
			const repositories = await this.services.storage.reader();
			if (repositories) {
				const flags = await repositories.quizzes.flags();
				const reviews: [string, QuestionReview][] = [];
				for (const flag of flags) {
					const review = await reviewFromStorage(repositories, flag);
					if (review) reviews.push([flag.questionId, review]);
				}
				this.#reviews = reviewsOf(reviews);
				this.#flags = flags;
			}
		} catch (error) {
			this.services.problems.report(error);
		}
		this.#loaded = true;
	}

	async setSuspended(questionId: string, suspended: boolean): Promise<void> {
		try {
			const { quizzes } = await this.services.storage.writer();
			await quizzes.setSuspended(questionId, suspended);
			this.#flags = await quizzes.flags();
		} catch (error) {
			this.services.problems.report(error);
		}
	}
}

/**
 * A reported question read from the session that asked it (a quiz, or a Learn session: the
 * report's `quizId` names either), with the answer given there; `undefined` when that session
 * is gone or its question does not parse.
 */
async function reviewFromStorage(
	repositories: Repositories,
	flag: QuestionFlagRecord
): Promise<QuestionReview | undefined> {
	// The parsers of stored questions (valibot) load with the data, not with the page.
	const { restoreAnswers, restoreQuestion, restoreQuiz, restoreResponse } =
		await import('./restore-quiz');
	const quiz = await repositories.quizzes.session(flag.quizId);
	if (quiz) {
		const restored = restoreQuiz(quiz);
		const question = restored.ok
			? restored.questions.find((candidate) => candidate.id === flag.questionId)
			: undefined;
		if (!question) return undefined;
		const answers = restoreAnswers(await repositories.quizzes.answersOf(quiz.id));
		const answer = answers.find((candidate) => candidate.questionId === flag.questionId);
		return questionReview(question, restoreResponse(answer));
	}
	const learn = await repositories.learn.session(flag.quizId);
	if (!learn) return undefined;
	const question = learn.steps
		.flatMap((step) => restoreQuestion(step.question) ?? [])
		.find((candidate) => candidate.id === flag.questionId);
	if (!question) return undefined;
	const answer = (await repositories.learn.answersOf(learn.id)).findLast(
		(candidate) => candidate.questionId === flag.questionId
	);
	return questionReview(question, restoreResponse(answer));
}
