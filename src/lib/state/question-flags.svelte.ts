import { loadBuiltinPack } from '$lib/content/builtin-pack';
import type { QuestionFlagRecord } from '$lib/db/records';
import { retiredFactIds } from '$lib/domain/pack/retired';
import { storedDataState } from '$lib/db/stored-data';
import { repositories } from './services';
import { storageStatus } from './storage-status.svelte';

/** Reported questions, for the list in settings with its "unsuspend". */
class QuestionFlags {
	#flags = $state.raw<QuestionFlagRecord[]>([]);
	#loaded = $state(false);

	get list() {
		return this.#flags;
	}

	get loaded() {
		return this.#loaded;
	}

	/** Whether a reported question tests a fact the current pack version no longer has. */
	isRetired(flag: QuestionFlagRecord): boolean {
		return retiredFactIds(loadBuiltinPack(), flag.packId, flag.factIds).length > 0;
	}

	async load(): Promise<void> {
		try {
			if ((await storedDataState()) === 'present') {
				const { quizzes } = await repositories();
				this.#flags = await quizzes.flags();
			}
		} catch (error) {
			storageStatus.report(error);
		}
		this.#loaded = true;
	}

	async setSuspended(questionId: string, suspended: boolean): Promise<void> {
		try {
			const { quizzes } = await repositories();
			await quizzes.setSuspended(questionId, suspended);
			this.#flags = await quizzes.flags();
		} catch (error) {
			storageStatus.report(error);
		}
	}
}

export const questionFlags = new QuestionFlags();
