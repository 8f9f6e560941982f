import type { DeviceNotes } from './device-notes';

/**
 * Whether progress this device once held is gone: the notes kept outside IndexedDB say a
 * rating or an answer was stored here, and IndexedDB now holds none (the database is missing,
 * or was emptied). A browser that evicts the site removes the notes too, so this catches only
 * a partial loss; the real defences are persistence, installing and exports.
 */
export function progressLost(notes: DeviceNotes, storedStudyRecords: number): boolean {
	return notes.lastStudiedAt !== null && storedStudyRecords === 0;
}
