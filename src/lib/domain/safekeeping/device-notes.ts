/**
 * What the app remembers about this device outside IndexedDB (in `localStorage`): when study
 * happened here, so that an emptied database is noticed instead of silently starting fresh,
 * and the answers to its offers (persistence asked, install card dismissed, last export).
 * Each field is a time in milliseconds, or `null` for never.
 */
export interface DeviceNotes {
	firstStudiedAt: number | null;
	lastStudiedAt: number | null;
	lastExportedAt: number | null;
	persistAskedAt: number | null;
	installDismissedAt: number | null;
	reminderSnoozedUntil: number | null;
}

export const emptyDeviceNotes: DeviceNotes = {
	firstStudiedAt: null,
	lastStudiedAt: null,
	lastExportedAt: null,
	persistAskedAt: null,
	installDismissedAt: null,
	reminderSnoozedUntil: null
};

const fields = Object.keys(emptyDeviceNotes) as (keyof DeviceNotes)[];

const isTime = (value: unknown): value is number =>
	typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/**
 * The notes in `text`, or empty notes when there are none or they are not notes. Another
 * version of the app, or a person, may have written them: every field is checked. (Checked
 * by hand, not by valibot: six numbers do not justify valibot on every first visit.)
 */
export function parseDeviceNotes(text: string | null): DeviceNotes {
	if (!text) return emptyDeviceNotes;
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return emptyDeviceNotes;
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
		return emptyDeviceNotes;
	const record = parsed as Record<string, unknown>;
	const notes = { ...emptyDeviceNotes };
	for (const field of fields) {
		if (!Object.hasOwn(record, field)) continue;
		const value = record[field];
		if (value === null) continue;
		if (!isTime(value)) return emptyDeviceNotes;
		notes[field] = value;
	}
	return notes;
}

/** The notes after a rating or an answer was stored at `now`. */
export function withStudyAt(notes: DeviceNotes, now: number): DeviceNotes {
	return {
		...notes,
		firstStudiedAt: notes.firstStudiedAt ?? now,
		lastStudiedAt: Math.max(notes.lastStudiedAt ?? now, now)
	};
}
