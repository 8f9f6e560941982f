import type { FactFlagRecord } from '$lib/db/records';
import type { Fact, Pack } from '$lib/domain/pack/schema';
import { factsById } from '$lib/domain/pack/facts-by-id';
import type { StudyServices } from './services';

/** Facts taken out of study (suspended cards, reported cards, leeches), for the list in settings. */
export class FactFlagsController {
	#flags = $state.raw<FactFlagRecord[]>([]);
	#loaded = $state(false);
	readonly #facts: ReadonlyMap<string, Fact>;

	constructor(
		private readonly services: StudyServices,
		private readonly pack: Pack
	) {
		this.#facts = factsById(pack);
	}

	get list() {
		return this.#flags;
	}

	get loaded() {
		return this.#loaded;
	}

	/** The flagged fact as the pack has it; `undefined` when the pack no longer has it (retired). */
	factOf(flag: FactFlagRecord): Fact | undefined {
		return this.#facts.get(flag.factId);
	}

	async load(): Promise<void> {
		try {
			const repositories = await this.services.storage.reader();
			if (repositories) this.#flags = await repositories.factFlags.forPack(this.pack.meta.id);
		} catch (error) {
			this.services.problems.report(error);
		}
		this.#loaded = true;
	}

	async setSuspended(id: string, suspended: boolean): Promise<void> {
		try {
			const { factFlags } = await this.services.storage.writer();
			await factFlags.setSuspended(id, suspended);
			this.#flags = await factFlags.forPack(this.pack.meta.id);
		} catch (error) {
			this.services.problems.report(error);
		}
	}
}
