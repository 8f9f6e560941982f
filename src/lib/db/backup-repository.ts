import { Dexie } from 'dexie';
import type { Scheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { exportBackup } from './backup/export';
import { backupTableNames, type Backup, type BackupTableName } from './backup/format';
import { importBackup, previewImport, type ImportPreview } from './backup/import';
import type { StudyDatabase } from './database';

/** Everything the learner made, as a whole: export, restore, erase, and how much study it holds. */
export class BackupRepository {
	constructor(private readonly db: StudyDatabase) {}

	export(meta: { appVersion: string; now: number }): Promise<Backup> {
		return exportBackup(this.db, meta);
	}

	preview(backup: Backup): Promise<ImportPreview> {
		return previewImport(this.db, backup);
	}

	restore(backup: Backup, mode: 'replace' | 'merge', scheduler: Scheduler): Promise<void> {
		return importBackup(this.db, backup, mode, scheduler);
	}

	/** Records per table, as Reset names what it would delete. */
	counts(): Promise<Record<BackupTableName, number>> {
		return this.db.transaction('r', this.db.tables, async () => {
			const entries = await Promise.all(
				backupTableNames.map(async (name) => [name, await this.db.table(name).count()] as const)
			);
			return Object.fromEntries(entries) as Record<BackupTableName, number>;
		});
	}

	/**
	 * Acts of study stored after `time` (every one when `null`): flashcard ratings, quiz and
	 * Learn answers, each once (an answer's own ratings are not counted again). Counted by
	 * index keys, never by reading records: the app counts these as it starts, and reading a
	 * year of ratings then held back every write behind it.
	 */
	studySince(time: number | null): Promise<number> {
		const after = time ?? -1;
		const { reviewLogs, quizAnswers, learnAnswers } = this.db;
		return this.db.transaction('r', [reviewLogs, quizAnswers, learnAnswers], async () => {
			// Flashcard ratings by pack, source and time: one index range per pack stored.
			const packIds = await reviewLogs.orderBy('packId').uniqueKeys();
			const perPack = await Promise.all(
				packIds.map((packId) =>
					reviewLogs
						.where('[packId+source+reviewedAt]')
						.between([packId, 'flashcard', after], [packId, 'flashcard', Dexie.maxKey], false)
						.count()
				)
			);
			const ratings = perPack.reduce((sum, count) => sum + count, 0);
			const answers = await quizAnswers.where('answeredAt').above(after).count();
			const learned = await learnAnswers.where('answeredAt').above(after).count();
			return ratings + answers + learned;
		});
	}

	/** Deletes every record of every table in one transaction; the database itself stays. */
	eraseAll(): Promise<void> {
		return this.db.transaction('rw', this.db.tables, async () => {
			for (const table of this.db.tables) await table.clear();
		});
	}
}
