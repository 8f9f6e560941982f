import { storedDataState } from '$lib/db/stored-data';
import { defaultSettings, type AppSettings, type SettingKey } from '$lib/domain/settings';
import { repositories } from './services';
import { storageStatus } from './storage-status.svelte';

/** The learner's settings, kept in step with IndexedDB (also across tabs). */
class SettingsState {
	#values = $state.raw<AppSettings>(defaultSettings);
	#loaded = $state(false);
	#stopWatching: (() => void) | undefined;
	#stopped = false;

	get values(): AppSettings {
		return this.#values;
	}

	/** False until the stored settings have been read once (or found not to exist). */
	get loaded(): boolean {
		return this.#loaded;
	}

	/** Starts following stored settings; call from the root layout's mount. Returns the stop function. */
	start(): () => void {
		this.#stopped = false;
		void storedDataState().then((state) => {
			if (state === 'present') return this.#watch();
			if (state === 'unavailable')
				storageStatus.show({ kind: 'unavailable', detail: 'No IndexedDB.' });
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
		const previous = this.#values;
		this.#values = { ...previous, [key]: value };
		try {
			const { settings } = await repositories();
			await settings.set(key, value);
			await this.#watch();
			return true;
		} catch (error) {
			this.#values = previous;
			storageStatus.report(error);
			return false;
		}
	}

	async #watch(): Promise<void> {
		if (this.#stopWatching || this.#stopped) return;
		try {
			const { settings } = await repositories();
			if (this.#stopWatching || this.#stopped) return;
			this.#stopWatching = settings.watch(
				(values) => {
					this.#values = values;
					this.#loaded = true;
				},
				(error) => storageStatus.report(error)
			);
		} catch (error) {
			storageStatus.report(error);
			this.#loaded = true;
		}
	}
}

export const settings = new SettingsState();
