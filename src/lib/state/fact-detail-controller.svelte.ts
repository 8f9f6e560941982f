import type { Pack } from '$lib/domain/pack/schema';
import { readFactDetail, type FactDetail } from './fact-detail';
import type { StudyServices } from './services';

/** The per-fact view (`/progress/fact?id=`), read from storage; nothing created on a first visit. */
export class FactDetailController {
	#detail = $state.raw<FactDetail | null>(null);
	#missing = $state(false);

	constructor(
		private readonly services: StudyServices,
		readonly pack: Pack
	) {}

	get detail() {
		return this.#detail;
	}

	/** The id asked for is no fact of this pack. */
	get missing() {
		return this.#missing;
	}

	async load(factId: string): Promise<void> {
		const fact = this.pack.facts.find((candidate) => candidate.id === factId);
		this.#missing = !fact;
		if (!fact) {
			this.#detail = null;
			return;
		}
		const now = this.services.clock.now();
		try {
			const repositories = await this.services.storage.reader();
			if (!repositories) {
				this.#detail = {
					fact,
					memory: null,
					state: 'new',
					recall: 0,
					flag: null,
					history: [],
					questions: []
				};
				return;
			}
			this.#detail = await readFactDetail(repositories, this.pack, fact, now);
		} catch (error) {
			this.services.problems.report(error);
		}
	}
}
