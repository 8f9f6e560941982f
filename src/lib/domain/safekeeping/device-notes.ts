import * as v from 'valibot';

const time = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));

/**
 * What the app remembers about this device outside IndexedDB (in `localStorage`): when study
 * happened here, so that an emptied database is noticed instead of silently starting fresh,
 * and the answers to its offers (persistence asked, install card dismissed, last export).
 * Parsed on every read: another version of the app, or a person, may have written it.
 */
export const deviceNotesSchema = v.object({
	firstStudiedAt: time,
	lastStudiedAt: time,
	lastExportedAt: time,
	persistAskedAt: time,
	installDismissedAt: time,
	reminderSnoozedUntil: time
});

export type DeviceNotes = v.InferOutput<typeof deviceNotesSchema>;

export const emptyDeviceNotes: DeviceNotes = {
	firstStudiedAt: null,
	lastStudiedAt: null,
	lastExportedAt: null,
	persistAskedAt: null,
	installDismissedAt: null,
	reminderSnoozedUntil: null
};

/** The notes in `text`, or empty notes when there are none or they do not parse. */
export function parseDeviceNotes(text: string | null): DeviceNotes {
	if (!text) return emptyDeviceNotes;
	try {
		const parsed = v.safeParse(v.partial(deviceNotesSchema), JSON.parse(text));
		return parsed.success ? { ...emptyDeviceNotes, ...parsed.output } : emptyDeviceNotes;
	} catch {
		return emptyDeviceNotes;
	}
}

/** The notes after a rating or an answer was stored at `now`. */
export function withStudyAt(notes: DeviceNotes, now: number): DeviceNotes {
	return {
		...notes,
		firstStudiedAt: notes.firstStudiedAt ?? now,
		lastStudiedAt: Math.max(notes.lastStudiedAt ?? now, now)
	};
}
