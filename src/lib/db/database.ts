import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { SettingRecord } from './records';
import { declareSchema } from './schema';
import { databaseName } from './stored-data';

/** The app's one IndexedDB database, typed. */
export class StudyDatabase extends Dexie {
	settings!: EntityTable<SettingRecord, 'key'>;

	constructor(name = databaseName, options?: DexieOptions) {
		super(name, options);
		declareSchema(this);
	}
}
