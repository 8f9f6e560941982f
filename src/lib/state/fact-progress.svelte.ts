/**
 * What the learner's progress says about each fact, for places that show a fact outside a
 * study session (the reader's fact panel). Until a fact has been studied it has no entry.
 */
export interface FactProgressView {
	/** A short, human description, e.g. "Due in 3 days" or "Learning". */
	label: string;
}

class FactProgress {
	#views = $state.raw<ReadonlyMap<string, FactProgressView>>(new Map());

	of(factId: string): FactProgressView | undefined {
		return this.#views.get(factId);
	}

	/** Replaces every view at once (the progress layer calls this when it has read its data). */
	replace(views: ReadonlyMap<string, FactProgressView>): void {
		this.#views = views;
	}
}

export const factProgress = new FactProgress();
