import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
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
		expect(file?.name).toBe('sourced-backup-2026-11-28.json');

		await backups.check('notes.txt', 'not json');
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
		await backups.check(otherFile?.name ?? '', otherFile?.text ?? '');
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
