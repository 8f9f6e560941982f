import type { BackupTableName } from '$lib/db/backup/format';
import { backupReminderDue, reminderSnooze } from '$lib/domain/safekeeping/backup-reminder';
import { emptyDeviceNotes, type DeviceNotes } from '$lib/domain/safekeeping/device-notes';
import { installAdvice, type InstallAdvice } from '$lib/domain/safekeeping/install-advice';
import { progressLost } from '$lib/domain/safekeeping/progress-lost';
import type { InstallPrompt } from './device';
import type { StudyServices } from './services';

/**
 * Keeping progress safe on this device: how much is stored and whether the browser keeps it,
 * the last export and a reminder, installing, a loss noticed, and Reset. Made once at the
 * root (the install prompt comes early); each screen that shows it calls `load`.
 */
export class SafekeepingController {
	#notes = $state.raw<DeviceNotes>(emptyDeviceNotes);
	#usage = $state.raw<{ usage: number; quota: number } | null>(null);
	#persisted = $state<boolean | null>(null);
	#persistRefused = $state(false);
	#unexported = $state(0);
	#stored = $state.raw<Record<BackupTableName, number> | null>(null);
	#lost = $state(false);
	#loaded = $state(false);
	#installPrompt = $state.raw<InstallPrompt | null>(null);
	#loading: Promise<void> | null = null;

	constructor(private readonly services: StudyServices) {}

	get notes() {
		return this.#notes;
	}
	/** Bytes this site uses and may use, as the browser estimates them; `null` if it will not say. */
	get usage() {
		return this.#usage;
	}
	/** Whether the browser keeps this site's storage under pressure; `null` if it will not say. */
	get persisted() {
		return this.#persisted;
	}
	/** The learner asked to keep the storage, and the browser said no. */
	get persistRefused() {
		return this.#persistRefused;
	}
	/** Ratings and quiz answers stored since the last export (all of them, if none). */
	get unexported() {
		return this.#unexported;
	}
	/** Records per table on this device (what Reset would delete); `null` before `load`. */
	get stored() {
		return this.#stored;
	}
	/** Study was stored here before, and IndexedDB now holds none. */
	get lost() {
		return this.#lost;
	}
	get loaded() {
		return this.#loaded;
	}
	get installPromptReady() {
		return this.#installPrompt !== null;
	}

	get reminderDue(): boolean {
		return backupReminderDue({
			unexported: this.#unexported,
			lastExportedAt: this.#notes.lastExportedAt,
			firstStudiedAt: this.#notes.firstStudiedAt,
			snoozedUntil: this.#notes.reminderSnoozedUntil,
			now: this.services.clock.now()
		});
	}

	/** What to say about installing now; never while `inSession`. */
	installAdvice(inSession: boolean): InstallAdvice {
		const device = this.services.device;
		return installAdvice({
			iosSafari: device.iosSafari(),
			standalone: device.standalone(),
			promptReady: this.#installPrompt !== null,
			hasStudied: this.#notes.lastStudiedAt !== null,
			inSession,
			dismissed: this.#notes.installDismissedAt !== null
		});
	}

	/** Follows the browser's install prompt; call from the root layout's mount. */
	listen(): () => void {
		return this.services.device.onInstallPrompt((prompt) => {
			this.#installPrompt = prompt;
		});
	}

	/** Reads the notes, what is stored, and what the browser says about its storage. */
	load(): Promise<void> {
		// The layout and a screen may both ask as the app starts: one read serves both.
		this.#loading ??= this.#load().finally(() => {
			this.#loading = null;
		});
		return this.#loading;
	}

	async #load(): Promise<void> {
		const device = this.services.device;
		this.#notes = device.readNotes();
		const [usage, persisted] = await Promise.all([device.estimate(), device.persisted()]);
		this.#usage = usage;
		this.#persisted = persisted;
		try {
			const repositories = await this.services.storage.reader();
			const study = repositories ? await repositories.backups.studySince(null) : 0;
			this.#unexported = repositories
				? await repositories.backups.studySince(this.#notes.lastExportedAt)
				: 0;
			this.#lost = progressLost(this.#notes, study);
		} catch (error) {
			this.services.problems.report(error);
		}
		this.#loaded = true;
	}

	/**
	 * Counts the records of every table, for Reset to name what it would delete. Not part of
	 * `load`: Chromium counts a table record by record, and every screen loads this controller.
	 */
	async countStored(): Promise<void> {
		try {
			const repositories = await this.services.storage.reader();
			this.#stored = repositories ? await repositories.backups.counts() : null;
		} catch (error) {
			this.services.problems.report(error);
		}
	}

	/** Asks the browser to keep this site's storage; call from a tap. */
	async keepSafe(): Promise<void> {
		const granted = await this.services.device.persist();
		this.#update({ persistAskedAt: this.services.clock.now() });
		this.#persisted = granted ?? (await this.services.device.persisted());
		this.#persistRefused = granted === false;
	}

	/** Shows the browser's install prompt; resolves whether the app was installed. */
	async install(): Promise<boolean> {
		const prompt = this.#installPrompt;
		if (!prompt) return false;
		this.#installPrompt = null;
		const accepted = await prompt();
		if (!accepted) this.dismissInstall();
		return accepted;
	}

	dismissInstall(): void {
		this.#update({ installDismissedAt: this.services.clock.now() });
	}

	snoozeReminder(): void {
		this.#update({ reminderSnoozedUntil: this.services.clock.now() + reminderSnooze });
	}

	/** The loss is acknowledged: study starts afresh, and the notice goes. */
	startFresh(): void {
		this.#update({ firstStudiedAt: null, lastStudiedAt: null, lastExportedAt: null });
		this.#lost = false;
	}

	/**
	 * Deletes everything this device holds for the app, in one transaction, and the notes of
	 * study with it (so that it is not taken for a loss). Resolves `true` once done.
	 */
	async reset(): Promise<boolean> {
		try {
			const { backups } = await this.services.storage.writer();
			await backups.eraseAll();
		} catch (error) {
			this.services.problems.report(error);
			return false;
		}
		this.#update({
			firstStudiedAt: null,
			lastStudiedAt: null,
			lastExportedAt: null,
			reminderSnoozedUntil: null
		});
		this.#unexported = 0;
		this.#lost = false;
		return true;
	}

	#update(change: Partial<DeviceNotes>): void {
		// Read afresh: another tab, or a controller, may have written since `load`.
		this.#notes = { ...this.services.device.readNotes(), ...change };
		this.services.device.writeNotes(this.#notes);
	}
}
