import {
	classifyStorageError,
	storageProblemMessage,
	type StorageProblem
} from '$lib/db/storage-error';

/** The latest storage problem the learner should know about, shown as a banner. */
class StorageStatus {
	#problem = $state<StorageProblem | null>(null);

	get problem(): StorageProblem | null {
		return this.#problem;
	}

	get message(): string | null {
		return this.#problem ? storageProblemMessage(this.#problem) : null;
	}

	show(problem: StorageProblem): void {
		this.#problem = problem;
	}

	report(error: unknown): void {
		// Kept in the console for diagnosis; the learner sees the banner.
		console.error(error);
		this.#problem = classifyStorageError(error);
	}

	dismiss(): void {
		// A closed connection stays closed: only a reload can clear that one.
		if (this.#problem?.kind !== 'outdated') this.#problem = null;
	}
}

export const storageStatus = new StorageStatus();
