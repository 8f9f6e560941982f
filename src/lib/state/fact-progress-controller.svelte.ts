import type { MemoryRecord } from '$lib/db/records';
import { describeMemory } from '$lib/domain/scheduling/describe';
import type { StudyServices } from './services';

/**
 * What the learner's progress says about each fact, for places that show a fact outside a
 * study session (the reader's fact panel). Until a fact has been studied it has no entry.
 */
export interface FactProgressView {
	/** A short, human description, e.g. "Due in 3 days" or "Learning". */
	label: string;
}

/** Each studied fact's view, replaced whole on every load (so a plain map, not a reactive one). */
function viewsOf(
	records: readonly MemoryRecord[],
	now: number
): ReadonlyMap<string, FactProgressView> {
	return new Map(
		records.map((record) => [record.factId, { label: describeMemory(record.memory, now) }])
	);
}

export class FactProgressController {
	#views = $state.raw<ReadonlyMap<string, FactProgressView>>(viewsOf([], 0));

	constructor(private readonly services: StudyServices) {}

	of(factId: string): FactProgressView | undefined {
		return this.#views.get(factId);
	}

	/** Reads the memories of a pack's facts; nothing to read (and no Dexie) before any study. */
	async load(packId: string): Promise<void> {
		try {
			const repositories = await this.services.storage.reader();
			if (!repositories) return;
			const now = this.services.clock.now();
			const records = await repositories.memories.forPack(packId);
			this.#views = viewsOf(records, now);
		} catch (error) {
			this.services.problems.report(error);
		}
	}
}
