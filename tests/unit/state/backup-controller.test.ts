import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { readBackupFile } from '$lib/db/backup/file';
import { BackupController } from '$lib/state/backup-controller.svelte';
import { FlashcardController } from '$lib/state/flashcard-controller.svelte';
import { settingsView, testServices } from './test-services';

const pack = loadBuiltinPack();

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('BackupController', () => {
	test('a bad file is named with its problems and changes nothing; a good one is previewed, then merged', async () => {
		const services = testServices();
		const cards = new FlashcardController(services, settingsView, pack);
		await cards.load();
		cards.flip();
		await cards.rate('good');
		const backups = new BackupController(services, settingsView, '0.1.0');
		const file = await backups.exportFile();
		expect(file?.name).toBe('sourced-backup-2026-11-28.json.gz');

		await backups.check('notes.txt', new Blob(['not json']));
		expect(backups.phase).toBe('idle');
		expect(backups.problems[0]).toMatch(/not valid JSON/);

		// Another device's backup: that device rated the next card too.
		const other = testServices();
		const otherCards = new FlashcardController(other, settingsView, pack);
		await otherCards.load();
		for (let i = 0; i < 2; i += 1) {
			other.clock.advance(60_000);
			otherCards.flip();
			await otherCards.rate('easy');
		}
		const otherFile = await new BackupController(other, settingsView, '0.1.0').exportFile();
		await backups.check(otherFile?.name ?? '', otherFile?.blob ?? new Blob());
		expect(backups.problems).toEqual([]);
		expect(backups.phase).toBe('preview');
		expect(backups.preview?.file.reviewLogs).toBe(2);
		expect(backups.preview?.added.reviewLogs).toBe(2);
		expect(await backups.restore('merge')).toBe(true);
		const { db } = await services.storage.writer();
		expect(await db.reviewLogs.count()).toBe(3);
		expect(await db.memories.count()).toBe(2);
	});
});

describe('a bad file changes nothing', () => {
	test('each kind of bad file leaves every table exactly as it was', async () => {
		const services = testServices();
		const cards = new FlashcardController(services, settingsView, pack);
		await cards.load();
		for (const rating of ['good', 'again'] as const) {
			services.clock.advance(5_000);
			cards.flip();
			await cards.rate(rating);
		}
		const backups = new BackupController(services, settingsView, '0.1.0');
		const exported = await backups.exportFile();
		const read = exported ? await readBackupFile(exported.blob) : null;
		if (!read?.ok) throw new Error('the export does not read back');
		const good = JSON.parse(read.text) as {
			version: number;
			counts: Record<string, number>;
			tables: Record<string, Record<string, unknown>[]>;
		};
		const { db } = await services.storage.writer();
		const dump = async () =>
			Object.fromEntries(
				await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()]))
			);
		const before = await dump();
		const edited = (change: (file: typeof good) => void) => {
			const copy = structuredClone(good);
			change(copy);
			return JSON.stringify(copy);
		};
		const cases: Record<string, string> = {
			truncated: JSON.stringify(good).slice(0, 300),
			'not JSON': 'PK\u0003\u0004 a zip file',
			'wrong format': edited((file) => Object.assign(file, { format: 'anki-apkg' })),
			'newer version': edited((file) => (file.version = 9)),
			'wrong field type': edited((file) => (file.tables.memories![0]!.due = 'soon')),
			'malformed fact id': edited((file) => (file.tables.reviewLogs![0]!.factId = '../etc')),
			'date out of range': edited((file) => (file.tables.reviewLogs![0]!.reviewedAt = 1)),
			'duplicate ids': edited((file) => {
				file.tables.reviewLogs!.push(file.tables.reviewLogs![0]!);
				file.counts.reviewLogs = file.tables.reviewLogs!.length;
			}),
			'__proto__ key': JSON.stringify(good).replace('{', '{"__proto__":{"x":1},')
		};
		for (const [name, text] of Object.entries(cases)) {
			await backups.check(`${name}.json`, new Blob([text]));
			expect(backups.phase, name).toBe('idle');
			expect(backups.problems.length, name).toBeGreaterThan(0);
			expect(await backups.restore('replace'), name).toBe(false);
			expect(await dump(), name).toEqual(before);
		}
	});
});
