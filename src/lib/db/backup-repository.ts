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
	 * Learn answers, each once (an answer's own ratings are not counted again). The app counts
	 * these as it starts, and Chromium counts an index range entry by entry: every act ever is
	 * the sum of the day tallies, and those after a time are counted over that time only.
	 */
	studySince(time: number | null): Promise<number> {
		const { reviewLogs, quizAnswers, learnAnswers, dayTallies } = this.db;
		const tables = [reviewLogs, quizAnswers, learnAnswers, dayTallies];
		return this.db.transaction('r', tables, async () => {
			const tallies = await dayTallies.toArray();
			if (time === null) {
				return tallies.reduce((sum, tally) => sum + tally.ratings + tally.answers, 0);
			}
			// A pack with a flashcard rating has a tally for its day.
			const packIds = [...new Set(tallies.map((tally) => tally.packId))];
			const perPack = await Promise.all(
				packIds.map((packId) =>
					reviewLogs
						.where('[packId+source+reviewedAt]')
						.between([packId, 'flashcard', time], [packId, 'flashcard', Dexie.maxKey], false)
						.count()
				)
			);
			const ratings = perPack.reduce((sum, count) => sum + count, 0);
			const answers = await quizAnswers.where('answeredAt').above(time).count();
			const learned = await learnAnswers.where('answeredAt').above(time).count();
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
