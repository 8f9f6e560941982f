import * as v from 'valibot';
import {
	Backup,
	backupFormatName,
	backupFormatVersion,
	backupTableNames,
	backupTables
} from './format';

/** Above this a file is refused unread: 100,000 reviews make about 80 MB. */
export const backupSizeLimit = 200 * 1024 * 1024;

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problems: string[] };

/**
 * Parses a backup file's text: never trusted, and refused whole (with every problem named, and
 * where) unless it is exactly a backup this version of the app can restore.
 */
export function parseBackup(text: string, sizeLimit = backupSizeLimit): ParsedBackup {
	if (text.length > sizeLimit) {
		return fail(
			`The file is ${megabytes(text.length)} MB; a backup can be at most ${megabytes(sizeLimit)} MB.`
		);
	}
	let data: unknown;
	const poisoned: string[] = [];
	try {
		data = JSON.parse(text, function (this: unknown, key: string, value: unknown) {
			if (key === '__proto__' || key === 'constructor' || key === 'prototype') poisoned.push(key);
			return value;
		});
	} catch (error) {
		return fail(
			`This is not a backup: the file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}); it may be cut short.`
		);
	}
	if (poisoned.length) {
		return fail(`The file holds a "${poisoned[0]}" key, which no backup has: it is refused.`);
	}
	if (!isObject(data) || data.format !== backupFormatName) {
		return fail(`This is not a Sourced backup (its "format" is not "${backupFormatName}").`);
	}
	if (typeof data.version === 'number' && data.version > backupFormatVersion) {
		return fail(
			`This backup is from a newer version of the app (format ${data.version}; this one reads ${backupFormatVersion}). Update the app, then restore it.`
		);
	}
	const parsed = v.safeParse(Backup, upgradeFormat(data));
	if (!parsed.success) {
		return { ok: false, problems: parsed.issues.slice(0, 10).map(describeIssue) };
	}
	const backup = parsed.output;
	const problems: string[] = [];
	for (const name of backupTableNames) {
		const rows = backup.tables[name] as readonly Record<string, unknown>[];
		const key = backupTables[name].key;
		const seen = new Set<unknown>();
		rows.forEach((row, index) => {
			if (seen.has(row[key]))
				problems.push(`tables.${name}[${index}]: the ${key} "${String(row[key])}" appears twice.`);
			seen.add(row[key]);
		});
		if (backup.counts[name] !== rows.length) {
			problems.push(
				`counts.${name}: says ${backup.counts[name]} but the file holds ${rows.length}; the file is incomplete or edited.`
			);
		}
	}
	return problems.length ? { ok: false, problems } : { ok: true, backup };
}

/** Tables added since format 1, read as empty from a file that predates them. */
const addedInFormat2 = ['learnSessions', 'learnAnswers'] as const;

function upgradeFormat(data: Record<string, unknown>): Record<string, unknown> {
	if (data.version !== 1 || !isObject(data.tables) || !isObject(data.counts)) return data;
	const tables = { ...data.tables };
	const counts = { ...data.counts };
	for (const name of addedInFormat2) {
		tables[name] ??= [];
		counts[name] ??= 0;
	}
	return { ...data, tables, counts };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = (issue.path ?? [])
		.map((item, index) =>
			typeof item.key === 'number'
				? `[${item.key}]`
				: `${index === 0 ? '' : '.'}${String(item.key)}`
		)
		.join('');
	return `${path || 'the file'}: ${issue.message}`;
}

function fail(problem: string): ParsedBackup {
	return { ok: false, problems: [problem] };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A size in MB as messages give it: two decimals under 1 MB, whole above. */
export function megabytes(length: number): string {
	return (length / 1024 / 1024).toFixed(length < 1024 * 1024 ? 2 : 0);
}
