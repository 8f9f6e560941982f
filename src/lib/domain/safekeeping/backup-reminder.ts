const day = 24 * 60 * 60 * 1000;

/** Ratings and answers not in any exported backup that make a reminder worth its space. */
export const reminderAfterRecords = 100;
/** …or fewer, once this long has passed since the last export (or the first study). */
export const reminderAfterDays = 14;
const reminderMinimumRecords = 20;

/**
 * Whether to remind the learner to export a backup: much study since the last export, or
 * some study and a long time. Gentle by design: never for a handful of answers, and not
 * again while snoozed.
 */
export function backupReminderDue(input: {
	/** Ratings and quiz answers stored after the last export (all, when none was made). */
	unexported: number;
	lastExportedAt: number | null;
	firstStudiedAt: number | null;
	snoozedUntil: number | null;
	now: number;
}): boolean {
	if (input.snoozedUntil !== null && input.now < input.snoozedUntil) return false;
	if (input.unexported >= reminderAfterRecords) return true;
	const since = input.lastExportedAt ?? input.firstStudiedAt;
	if (since === null) return false;
	return input.unexported >= reminderMinimumRecords && input.now - since >= reminderAfterDays * day;
}

/** How long "Later" puts the reminder away. */
export const reminderSnooze = 7 * day;
