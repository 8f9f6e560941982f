import type { StudyDatabase } from '../database';
import { withoutStatus } from '../quiz-status';
import { backupFormatName, backupFormatVersion, backupTableNames, type Backup } from './format';

/**
 * Everything stored, table by table, read in one transaction so the file is one consistent
 * moment of the learner's data.
 */
export async function exportBackup(
	db: StudyDatabase,
	meta: { appVersion: string; now: number }
): Promise<Backup> {
	const tables = await db.transaction('r', db.tables, async () => {
		const entries = await Promise.all(
			backupTableNames.map(async (name) => [name, await db.table(name).toArray()] as const)
		);
		return Object.fromEntries(entries) as Backup['tables'];
	});
	// A quiz's status is derived from its other fields: restoring gives it again.
	tables.quizSessions = tables.quizSessions.map(withoutStatus);
	const packs = new Map<string, number>();
	for (const row of [...tables.memories, ...tables.quizSessions, ...tables.reviewLogs]) {
		packs.set(row.packId, Math.max(packs.get(row.packId) ?? 0, row.packVersion));
	}
	return {
		format: backupFormatName,
		version: backupFormatVersion,
		appVersion: meta.appVersion,
		schemaVersion: db.verno,
		exportedAt: meta.now,
		packs: [...packs].map(([id, version]) => ({ id, version })),
		counts: Object.fromEntries(
			backupTableNames.map((name) => [name, tables[name].length])
		) as Backup['counts'],
		tables
	};
}

/** `sourced-backup-2026-11-29.json`: the day of the export in the file's name. */
export function backupFileName(now: number): string {
	return `sourced-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
