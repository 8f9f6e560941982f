import type { QuestionFlagRecord } from '$lib/db/records';
import type { Pack } from '$lib/domain/pack/schema';
import { retiredFactIds } from '$lib/domain/pack/retired';
import type { StudyServices } from './services';

/** Reported questions, for the list in settings with its "unsuspend". */
export class QuestionFlagsController {
	#flags = $state.raw<QuestionFlagRecord[]>([]);
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

	/** Whether a reported question tests a fact the current pack version no longer has. */
	isRetired(flag: QuestionFlagRecord): boolean {
		return retiredFactIds(this.pack, flag.packId, flag.factIds).length > 0;
	}

	async load(): Promise<void> {
		try {
			const repositories = await this.services.storage.reader();
			if (repositories) this.#flags = await repositories.quizzes.flags();
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
