import type { Backup } from '$lib/db/backup/format';
import { withStudyAt } from '$lib/domain/safekeeping/device-notes';
import type { Device } from './device';

/** Notes outside IndexedDB that study is stored here; call once a rating or answer is committed. */
export function noteStudy(device: Device, at: number): void {
	device.writeNotes(withStudyAt(device.readNotes(), at));
}

/**
 * Asks the browser to keep this site's storage (`navigator.storage.persist()`), once: call
 * from a tap that ends the first finished session. Chromium decides by itself from how the
 * site is used; Firefox asks the learner, which is why it waits for a calm moment.
 */
export async function askPersistenceOnce(device: Device, now: number): Promise<void> {
	const notes = device.readNotes();
	if (notes.persistAskedAt !== null) return;
	device.writeNotes({ ...notes, persistAskedAt: now });
	if ((await device.persisted()) !== false) return;
	await device.persist();
}

/** The time of the latest rating or answer a backup holds, or `null` when it holds none. */
export function lastStudyIn(backup: Backup): number | null {
	let last: number | null = null;
	for (const log of backup.tables.reviewLogs) last = Math.max(last ?? 0, log.reviewedAt);
	for (const answer of backup.tables.quizAnswers) last = Math.max(last ?? 0, answer.answeredAt);
	return last;
}
