import { backupFile, readBackupFile, type BackupFile } from '$lib/db/backup/file';
import { backupTableNames, type Backup, type BackupTableName } from '$lib/db/backup/format';
import type { ImportPreview } from '$lib/db/backup/import';
import { parseBackup } from '$lib/db/backup/parse';
import { lastStudyIn, noteStudy } from './safekeeping';
import { schedulerFor } from './scheduler';
import type { StudyServices } from './services';
import type { SettingsView } from './settings-controller.svelte';

export { backupTableNames, type BackupTableName };

export type BackupPhase = 'idle' | 'checking' | 'preview' | 'restoring' | 'restored';

/**
 * Export and restore: the file is parsed whole and previewed before anything is written, and
 * a restore is one transaction. A file that is not a backup changes nothing and says why.
 */
export class BackupController {
	#phase = $state<BackupPhase>('idle');
	#problems = $state.raw<string[]>([]);
	#preview = $state.raw<ImportPreview | null>(null);
	#fileName = $state('');
	#backup: Backup | null = null;

	constructor(
		private readonly services: StudyServices,
		private readonly settings: SettingsView,
		private readonly appVersion: string
	) {}

	get phase() {
		return this.#phase;
	}
	get problems() {
		return this.#problems;
	}
	get preview() {
		return this.#preview;
	}
	get fileName() {
		return this.#fileName;
	}

	/** Everything stored, as a file (gzip-compressed JSON); `null` after a reported failure. */
	async exportFile(): Promise<BackupFile | null> {
		try {
			const { backups } = await this.services.storage.writer();
			const now = this.services.clock.now();
			const backup = await backups.export({ appVersion: this.appVersion, now });
			const file = await backupFile(JSON.stringify(backup), now);
			// Noted once the file exists: the reminder counts study after this moment.
			this.services.device.writeNotes({ ...this.services.device.readNotes(), lastExportedAt: now });
			return file;
		} catch (error) {
			this.services.problems.report(error);
			return null;
		}
	}

	/**
	 * Reads a chosen file (plain or gzip-compressed JSON) and previews what restoring it would
	 * do; nothing is written.
	 */
	async check(name: string, file: Blob): Promise<void> {
		this.#fileName = name;
		this.#phase = 'checking';
		this.#backup = null;
		this.#preview = null;
		const read = await readBackupFile(file);
		if (!read.ok) {
			this.#problems = [read.problem];
			this.#phase = 'idle';
			return;
		}
		const parsed = parseBackup(read.text);
		if (!parsed.ok) {
			this.#problems = parsed.problems;
			this.#phase = 'idle';
			return;
		}
		this.#problems = [];
		try {
			const { backups } = await this.services.storage.writer();
			this.#preview = await backups.preview(parsed.backup);
			this.#backup = parsed.backup;
			this.#phase = 'preview';
		} catch (error) {
			this.services.problems.report(error);
			this.#phase = 'idle';
		}
	}

	/** Restores the previewed file; resolves `true` once committed. */
	async restore(mode: 'replace' | 'merge'): Promise<boolean> {
		const backup = this.#backup;
		if (!backup) return false;
		this.#phase = 'restoring';
		try {
			const { backups } = await this.services.storage.writer();
			await backups.restore(backup, mode, schedulerFor(this.settings.values));
			// A device restored from a file holds study again: an emptied database is noticed.
			const last = lastStudyIn(backup);
			if (last !== null) noteStudy(this.services.device, last);
			this.#phase = 'restored';
			return true;
		} catch (error) {
			this.services.problems.report(error);
			this.#phase = 'preview';
			return false;
		}
	}

	cancel(): void {
		this.#backup = null;
		this.#preview = null;
		this.#problems = [];
		this.#phase = 'idle';
	}
}
