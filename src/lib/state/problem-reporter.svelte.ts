import {
	classifyStorageError,
	storageProblemMessage,
	type StorageProblem
} from '$lib/db/storage-error';

/**
 * The problem the learner should know about, shown as a banner: a storage problem (with what
 * to do) or a bug (said honestly, with details to copy). One per app, in `StudyServices`.
 */
export class ProblemReporter {
	#problem = $state<StorageProblem | null>(null);

	get problem(): StorageProblem | null {
		return this.#problem;
	}

	get message(): string | null {
		return this.#problem ? storageProblemMessage(this.#problem) : null;
	}

	/** A problem already told apart (a closed connection, a blocked upgrade). */
	show(problem: StorageProblem): void {
		this.#problem = problem;
	}

	/** A caught error: classified as a storage problem or, when it is none, as a bug. */
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
