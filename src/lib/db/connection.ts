import type { StudyDatabase } from './database';
import type { StorageProblem } from './storage-error';

/**
 * Makes a connection a good citizen across tabs. When another tab opens a newer schema,
 * this one closes at once (so the other tab is not left blocked) and says the page must be
 * reloaded; when this tab's upgrade waits on an old tab, the learner is told why.
 */
export function watchConnection(
	db: StudyDatabase,
	report: (problem: StorageProblem) => void
): void {
	db.on('versionchange', (event) => {
		db.close();
		report({
			kind: 'outdated',
			detail: `Another tab opened schema version ${String(event.newVersion)}.`
		});
		// Returning false replaces Dexie's default handler (which closes and only logs).
		return false;
	});
	db.on('blocked', () => {
		report({ kind: 'blocked', detail: 'An older tab still holds the database open.' });
	});
}
