/**
 * What the learner's progress says about each fact, for places that show a fact outside a
 * study session (the reader's fact panel). Until a fact has been studied it has no entry.
 */
export interface FactProgressView {
	/** A short, human description, e.g. "Due in 3 days" or "Learning". */
	label: string;
}

import { storedDataState } from '$lib/db/stored-data';
import { describeMemory } from '$lib/domain/scheduling/describe';
import { repositories, systemClock } from './services';
import { storageStatus } from './storage-status.svelte';

class FactProgress {
	#views = $state.raw<ReadonlyMap<string, FactProgressView>>(new Map());

	of(factId: string): FactProgressView | undefined {
		return this.#views.get(factId);
	}

	/** Replaces every view at once (the progress layer calls this when it has read its data). */
	replace(views: ReadonlyMap<string, FactProgressView>): void {
		this.#views = views;
	}

	/** Reads the memories of a pack's facts; nothing to read (and no Dexie) before any study. */
	async load(packId: string): Promise<void> {
		try {
			if ((await storedDataState()) !== 'present') return;
			const { memories } = await repositories();
			const now = systemClock.now();
			const records = await memories.forPack(packId);
			this.replace(
				new Map(
					records.map((record) => [record.factId, { label: describeMemory(record.memory, now) }])
				)
			);
		} catch (error) {
			storageStatus.report(error);
		}
	}
}

export const factProgress = new FactProgress();
