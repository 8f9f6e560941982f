/** Shapes of the records stored in IndexedDB. Fields are documented where they are stored. */

/** One user setting (schema v1+). */
export interface SettingRecord {
	/** A `SettingKey` of the domain; unknown keys are kept, not deleted. */
	key: string;
	/** The value, validated by the domain's setting schema when read. */
	value: unknown;
	/** When the setting was last written, in ms since the epoch (v2+; 0 for rows from v1). */
	updatedAt: number;
}
