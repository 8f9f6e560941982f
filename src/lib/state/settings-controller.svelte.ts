import { defaultSettings } from '$lib/domain/default-settings';
import type { AppSettings, SettingKey } from '$lib/domain/settings';
import type { StudyServices } from './services';

/** What a controller needs of the settings: their current values. */
export interface SettingsView {
	readonly values: AppSettings;
}

/** The learner's settings, kept in step with IndexedDB (also across tabs). */
export class SettingsController implements SettingsView {
	#values = $state.raw<AppSettings>(defaultSettings);
	/** The settings as last read from IndexedDB, before any write still under way. */
	#stored: AppSettings = defaultSettings;
	/**
	 * Writes not yet committed, by key. IndexedDB reports each committed write in turn, so a
	 * report can predate a later change the learner already sees; these stay laid over it.
	 */
	// Not rendered: only `#values` is, so a plain Map.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#pending = new Map<SettingKey, { value: unknown; write: number }>();
	#writes = 0;
	#loaded = $state(false);
	#stopWatching: (() => void) | undefined;
	#stopped = false;

	constructor(private readonly services: StudyServices) {}

	get values(): AppSettings {
		return this.#values;
	}

	/** False until the stored settings have been read once (or found not to exist). */
	get loaded(): boolean {
		return this.#loaded;
	}

	/**
	 * Loads the stored settings and follows them (other tabs write too); call from the root
	 * layout's mount. Returns the stop function.
	 */
	load(): () => void {
		this.#stopped = false;
		void this.services.storage.storedData().then((state) => {
			if (state === 'present') return this.#watch();
			if (state === 'unavailable')
				this.services.problems.show({ kind: 'unavailable', detail: 'No IndexedDB.' });
			// Nothing stored yet: the defaults are the settings, and Dexie is not needed until a write.
			this.#loaded = true;
		});
		return () => {
			this.#stopped = true;
			this.#stopWatching?.();
			this.#stopWatching = undefined;
		};
	}

	/**
	 * Saves a setting, resolving once it is committed; false (with a banner) when it could not
	 * be. The new value shows at once and is taken back if the write fails.
	 */
	async set<K extends SettingKey>(key: K, value: AppSettings[K]): Promise<boolean> {
		const write = ++this.#writes;
		this.#pending.set(key, { value, write });
		this.#values = { ...this.#values, [key]: value };
		try {
			const { settings } = await this.services.storage.writer();
			await settings.set(key, value);
			this.#settle(key, write, value);
			await this.#watch();
			return true;
		} catch (error) {
			this.#settle(key, write, this.#stored[key]);
			this.services.problems.report(error);
			return false;
		}
	}

	/** Ends a write: its value becomes the stored one, unless a later write of the key is due. */
	#settle<K extends SettingKey>(key: K, write: number, value: AppSettings[K]): void {
		if (this.#pending.get(key)?.write !== write) return;
		this.#pending.delete(key);
		this.#stored = { ...this.#stored, [key]: value };
		this.#values = { ...this.#values, [key]: value };
	}

	#show(stored: AppSettings): void {
		this.#stored = stored;
		const shown: Record<string, unknown> = { ...stored };
		for (const [key, { value }] of this.#pending) shown[key] = value;
		this.#values = shown as unknown as AppSettings;
	}

	async #watch(): Promise<void> {
		if (this.#stopWatching || this.#stopped) return;
		try {
			const { settings } = await this.services.storage.writer();
			if (this.#stopWatching || this.#stopped) return;
			this.#stopWatching = settings.watch(
				(values) => {
					this.#show(values);
					this.#loaded = true;
				},
				(error) => this.services.problems.report(error)
			);
		} catch (error) {
			this.services.problems.report(error);
			this.#loaded = true;
		}
	}
}
