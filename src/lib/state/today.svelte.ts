import { storedDataState } from '$lib/db/stored-data';
import { storageStatus } from './storage-status.svelte';

/** Due and new counts for today on the home screen; none on a first visit (nothing stored). */
class Today {
	#counts = $state.raw<{ due: number; new: number } | null>(null);
	#loaded = $state(false);

	get counts() {
		return this.#counts;
	}

	get loaded() {
		return this.#loaded;
	}

	async load(newCardsPerDay: number): Promise<void> {
		try {
			if ((await storedDataState()) === 'present') {
				const { loadTodayCounts } = await import('./today-counts');
				this.#counts = await loadTodayCounts(newCardsPerDay);
			}
		} catch (error) {
			storageStatus.report(error);
		}
		this.#loaded = true;
	}
}

export const today = new Today();
