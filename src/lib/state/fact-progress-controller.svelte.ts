import { bandOf, viewsOf, type FactProgressView } from './fact-progress-views';
import type { StudyServices } from './services';

export class FactProgressController {
	#views = $state.raw<ReadonlyMap<string, FactProgressView>>(viewsOf([], [], 0));

	constructor(private readonly services: StudyServices) {}

	of(factId: string): FactProgressView | undefined {
		return this.#views.get(factId);
	}

	/** The memory-map band of a sentence (its facts' ids), for the reader's map. */
	bandOf(factIds: readonly string[]) {
		return bandOf(this.#views, factIds);
	}

	/** Reads the memories of a pack's facts; nothing to read (and no Dexie) before any study. */
	async load(packId: string): Promise<void> {
		try {
			const repositories = await this.services.storage.reader();
			if (!repositories) return;
			const now = this.services.clock.now();
			const records = await repositories.memories.forPack(packId);
			const suspended = await repositories.factFlags.suspendedFactIds(packId);
			this.#views = viewsOf(records, suspended, now);
		} catch (error) {
			this.services.problems.report(error);
		}
	}
}
