import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { launchApp, useApp } from './support/app';
import { readStore } from './support/store';

describe('backup', () => {
	const app = useApp();

	test('export by download, restore on a fresh device by the file chooser: the same progress', async () => {
		await app.page.goto(app.baseURL + '/flashcards');
		for (const left of ['19 left', '18 left']) {
			await app.page.locator('.cue').click();
			await app.page.getByRole('button', { name: /^Good/ }).click();
			await app.page.getByText(left).waitFor();
		}
		await app.page.goto(app.baseURL + '/settings');
		const [download] = await Promise.all([
			app.page.waitForEvent('download'),
			app.page.getByRole('button', { name: 'Export a backup' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^sourced-backup-\d{4}-\d{2}-\d{2}\.json\.gz$/);
		const path = await download.path();
		// Compressed JSON, which any gzip tool expands.
		const file = JSON.parse(gunzipSync(await readFile(path)).toString('utf8')) as {
			counts: { reviewLogs: number };
		};
		expect(file.counts.reviewLogs).toBe(2);

		const fresh = await launchApp();
		try {
			await fresh.page.goto(fresh.baseURL + '/settings');
			// Hydrated: a file chosen earlier would reach no handler.
			await fresh.page.locator('html[data-ready]').waitFor();
			const chooser = fresh.page.locator('input[type=file]');
			// A bad file first: named, and nothing is written.
			await chooser.setInputFiles({
				name: 'cut.json',
				mimeType: 'application/json',
				buffer: Buffer.from('{"format":"sourced-backup","vers')
			});
			await fresh.page.getByRole('alert').getByText('“cut.json” was not restored').waitFor();
			expect(await readStore(fresh.page, 'reviewLogs')).toEqual([]);

			await chooser.setInputFiles(path);
			await fresh.page.getByText('2 ratings (2 not on this device)').waitFor();
			// The restore reloads the page, so that every screen reads the restored data.
			const reloaded = fresh.page.waitForEvent('load');
			await fresh.page.getByRole('button', { name: 'Merge' }).click();
			await reloaded;
			await fresh.page.locator('html[data-ready]').waitFor();
			await expect
				.poll(async () => (await readStore<{ id: string }>(fresh.page, 'reviewLogs')).length)
				.toBe(2);
			const ids = async (page: typeof app.page) =>
				(await readStore<{ id: string }>(page, 'reviewLogs')).map((log) => log.id).sort();
			expect(await ids(fresh.page)).toEqual(await ids(app.page));
			await fresh.page.goto(fresh.baseURL + '/flashcards');
			await fresh.page.getByText('18 left').waitFor();
		} finally {
			await fresh.close();
		}
	});
});
