import type { QuestionFlagRecord } from '$lib/db/records';
import type { Pack } from '$lib/domain/pack/schema';
import { retiredFactIds } from '$lib/domain/pack/retired';
import { questionText } from '$lib/domain/quiz/answer-display';
import { restoreQuiz } from './restore-quiz';
import type { StudyServices } from './services';

function textsOf(entries: [string, string][]): ReadonlyMap<string, string> {
	return new Map(entries);
}

/** Reported questions, for the list in settings with its "unsuspend". */
export class QuestionFlagsController {
	#flags = $state.raw<QuestionFlagRecord[]>([]);
	/** The reported questions' own text, by question id, read from the quizzes that asked them. */
	#texts = $state.raw<ReadonlyMap<string, string>>(textsOf([]));
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
	 * The question itself (its statement, sentence with the blank, or stem) as the quiz that
	 * asked it stored it; the prompt saved with the report where that quiz is gone.
	 */
	textOf(flag: QuestionFlagRecord): string {
		return this.#texts.get(flag.questionId) ?? flag.prompt;
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
				const texts: [string, string][] = [];
				for (const flag of flags) {
					const session = await repositories.quizzes.session(flag.quizId);
					const restored = session ? restoreQuiz(session) : null;
					const question = restored?.ok
						? restored.questions.find((candidate) => candidate.id === flag.questionId)
						: undefined;
					if (question) texts.push([flag.questionId, questionText(question)]);
				}
				this.#texts = textsOf(texts);
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
