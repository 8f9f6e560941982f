import { liveQuery } from 'dexie';
import type { Clock } from '$lib/domain/clock';
import {
	parseSetting,
	settingsFromEntries,
	type AppSettings,
	type SettingKey
} from '$lib/domain/settings';
import type { StudyDatabase } from './database';

/** Reads and writes user settings; values are validated on the way in and out. */
export class SettingsRepository {
	constructor(
		private readonly db: StudyDatabase,
		private readonly clock: Clock
	) {}

	async load(): Promise<AppSettings> {
		return settingsFromEntries(await this.db.settings.toArray());
	}

	/** Writes one setting; resolves once it is committed. Rejects an invalid value unwritten. */
	async set<K extends SettingKey>(key: K, value: AppSettings[K]): Promise<void> {
		if (parseSetting(key, value) === undefined) {
			throw new RangeError(`Invalid value for setting "${key}": ${JSON.stringify(value)}`);
		}
		await this.db.settings.put({ key, value, updatedAt: this.clock.now() });
	}

	/** Calls `onChange` with the current settings now and after every change, in any tab. */
	watch(onChange: (settings: AppSettings) => void, onError: (error: unknown) => void): () => void {
		const subscription = liveQuery(() => this.load()).subscribe({
			next: onChange,
			error: onError
		});
		return () => subscription.unsubscribe();
	}
}
