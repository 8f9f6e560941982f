import type { Table } from 'dexie';
import type { Scheduler } from '$lib/domain/scheduling/fsrs-adapter';
import type { StudyDatabase } from '../database';
import { retallyAll } from '../day-tallies';
import { replayMemory } from '../memory-writes';
import { quizStatus } from '../quiz-status';
import type { QuizSessionRecord, ReviewLogRecord } from '../records';
import { backupTableNames, backupTables, type Backup, type BackupTableName } from './format';

/** What restoring a backup would do, table by table, before anything is written. */
export interface ImportPreview {
	/** Records in the file. */
	file: Record<BackupTableName, number>;
	/** Records on this device now. */
	device: Record<BackupTableName, number>;
	/** Records of the file this device does not have (what a merge adds). */
	added: Record<BackupTableName, number>;
}

type Row = Record<string, unknown>;

function keyOf(name: BackupTableName, row: Row): string {
	return String(row[backupTables[name].key]);
}

/** A row of the file as the device stores it: a quiz gets its status (not in backups) back. */
function asStored(name: BackupTableName, row: Row): Row {
	if (name !== 'quizSessions') return row;
	return { ...row, status: quizStatus(row as unknown as QuizSessionRecord) };
}

export async function previewImport(db: StudyDatabase, backup: Backup): Promise<ImportPreview> {
	const preview: ImportPreview = { file: counts(), device: counts(), added: counts() };
	await db.transaction('r', db.tables, async () => {
		for (const name of backupTableNames) {
			const rows = backup.tables[name] as readonly Row[];
			const keys = new Set((await db.table(name).toCollection().primaryKeys()).map(String));
			preview.file[name] = rows.length;
			preview.device[name] = keys.size;
			preview.added[name] = rows.filter((row) => !keys.has(keyOf(name, row))).length;
		}
	});
	return preview;
}

/**
 * Restores a backup in one transaction: all of it or nothing. `replace` makes the device hold
 * exactly the file; `merge` keeps the union (the same record twice is one record), and a
 * memory that both sides rated differently is rebuilt from the union of its ratings.
 */
export async function importBackup(
	db: StudyDatabase,
	backup: Backup,
	mode: 'replace' | 'merge',
	scheduler: Scheduler
): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		if (mode === 'replace') {
			for (const name of backupTableNames) {
				await db.table(name).clear();
				await db
					.table(name)
					.bulkPut((backup.tables[name] as Row[]).map((row) => asStored(name, row)));
			}
		} else {
			for (const name of backupTableNames) {
				if (name === 'memories' || name === 'reviewLogs') continue;
				await mergeRows(db.table(name), name, backup.tables[name] as Row[]);
			}
			await mergeMemories(db, backup, scheduler);
		}
		// Tallies are not in backups: counted again from what the device now holds.
		await retallyAll(db);
	});
}

/** Rows of the file the device lacks are added; for one on both, the rule of its table. */
async function mergeRows(table: Table, name: BackupTableName, rows: readonly Row[]) {
	for (const row of rows) {
		const stored = (await table.get(keyOf(name, row))) as Row | undefined;
		if (!stored || prefersFile(name, stored, row)) await table.put(asStored(name, row));
	}
}

/** Which copy of a record present on both sides stands. */
function prefersFile(name: BackupTableName, device: Row, file: Row): boolean {
	switch (name) {
		case 'settings':
			return Number(file.updatedAt) > Number(device.updatedAt);
		case 'questionFlags':
		case 'factFlags':
			return Number(file.flaggedAt) > Number(device.flaggedAt);
		case 'quizSessions':
			// A quiz finished on either side is finished.
			return device.finishedAt === null && file.finishedAt !== null;
		default:
			// An answer already given stands, as between two tabs.
			return false;
	}
}

async function mergeMemories(db: StudyDatabase, backup: Backup, scheduler: Scheduler) {
	const fileLogs = backup.tables.reviewLogs;
	const touched = new Set<string>();
	for (const log of fileLogs) {
		if (!(await db.reviewLogs.get(log.id))) {
			await db.reviewLogs.put(log);
			touched.add(log.memoryId);
		}
	}
	for (const memory of backup.tables.memories) {
		const stored = await db.memories.get(memory.id);
		if (!stored) {
			await db.memories.put(memory);
			touched.delete(memory.id);
			const ownLogs = fileLogs.filter((log) => log.memoryId === memory.id).length;
			const allLogs = await db.reviewLogs.where('memoryId').equals(memory.id).count();
			// Ratings from this device too: the memory must be rebuilt from all of them.
			if (allLogs > ownLogs) touched.add(memory.id);
		}
	}
	for (const id of touched) {
		const logs: ReviewLogRecord[] = (
			await db.reviewLogs.where('memoryId').equals(id).toArray()
		).sort((a, b) => a.reviewedAt - b.reviewedAt);
		const first = logs[0];
		if (first) await replayMemory(db, scheduler, id, first.log.before);
	}
}

function counts(): Record<BackupTableName, number> {
	return Object.fromEntries(backupTableNames.map((name) => [name, 0])) as Record<
		BackupTableName,
		number
	>;
}
