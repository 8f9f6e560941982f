import type { StudyDatabase } from './database';
import type { FactFlagRecord } from './records';

/** Facts taken out of study (see `FactFlagRecord`): suspended, reported, or leeches. */
export class FactFlagRepository {
	constructor(private readonly db: StudyDatabase) {}

	/** Takes a fact out of study (a report or a suspension replaces an earlier flag). */
	async flag(record: FactFlagRecord): Promise<void> {
		await this.db.factFlags.put(record);
	}

	async setSuspended(id: string, suspended: boolean): Promise<void> {
		await this.db.factFlags.update(id, { suspended });
	}

	get(id: string): Promise<FactFlagRecord | undefined> {
		return this.db.factFlags.get(id);
	}

	/** Every flag of a pack, newest first. */
	async forPack(packId: string): Promise<FactFlagRecord[]> {
		const flags = await this.db.factFlags.where('packId').equals(packId).toArray();
		return flags.sort((a, b) => b.flaggedAt - a.flaggedAt);
	}

	/** The pack's facts out of study now. */
	async suspendedFactIds(packId: string): Promise<string[]> {
		return (await this.forPack(packId)).filter((flag) => flag.suspended).map((flag) => flag.factId);
	}
}
