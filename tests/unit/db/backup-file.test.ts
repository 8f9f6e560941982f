import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { exportBackup } from '$lib/db/backup/export';
import { backupFile, readBackupFile } from '$lib/db/backup/file';
import { parseBackup } from '$lib/db/backup/parse';
import { FlashcardController } from '$lib/state/flashcard-controller.svelte';
import { settingsView, testServices } from '../state/test-services';

const pack = loadBuiltinPack();
const now = Date.UTC(2026, 10, 29, 9);

afterEach(() => {
	vi.unstubAllGlobals();
});

/** The JSON text of a real backup after some flashcard study. */
async function backupText(ratings: number): Promise<string> {
	vi.spyOn(console, 'error').mockImplementation(() => undefined);
	const services = testServices();
	const cards = new FlashcardController(services, settingsView, pack);
	await cards.load();
	for (let i = 0; i < ratings; i += 1) {
		services.clock.advance(60_000);
		cards.flip();
		await cards.rate(i % 3 === 0 ? 'again' : 'good');
	}
	const { db } = await services.storage.writer();
	return JSON.stringify(await exportBackup(db, { appVersion: 'test', now }));
}

describe('the backup file', () => {
	test('is gzip-compressed JSON, several times smaller, and reads back to the same text', async () => {
		const text = await backupText(40);
		const file = await backupFile(text, now);
		expect(file.name).toBe('sourced-backup-2026-11-29.json.gz');
		expect(file.blob.type).toBe('application/gzip');
		const head = new Uint8Array(await file.blob.slice(0, 2).arrayBuffer());
		expect([...head]).toEqual([0x1f, 0x8b]);
		expect(file.blob.size * 5).toBeLessThan(text.length);
		expect(await readBackupFile(file.blob)).toEqual({ ok: true, text });
	});

	test('is plain JSON where the browser cannot compress, and reads back the same', async () => {
		vi.stubGlobal('CompressionStream', undefined);
		const text = await backupText(2);
		const file = await backupFile(text, now);
		expect(file.name).toBe('sourced-backup-2026-11-29.json');
		expect(file.blob.type).toBe('application/json');
		expect(await readBackupFile(file.blob)).toEqual({ ok: true, text });
	});

	test('a plain JSON backup, as earlier versions saved it, is read as it is', async () => {
		const text = await backupText(2);
		const read = await readBackupFile(new Blob([text]));
		expect(read).toEqual({ ok: true, text });
		expect(read.ok && parseBackup(read.text).ok).toBe(true);
	});

	test('compression is told by the bytes, not the name: a gzip made elsewhere reads too', async () => {
		const text = await backupText(2);
		const read = await readBackupFile(new Blob([gzipSync(text)]));
		expect(read).toEqual({ ok: true, text });
	});

	test('a damaged compressed file is refused with a reason', async () => {
		const bytes = gzipSync(await backupText(2));
		const read = await readBackupFile(new Blob([bytes.subarray(0, bytes.length / 2)]));
		expect(read).toEqual({ ok: false, problem: expect.stringMatching(/compressed .* damaged/) });
	});

	test('a file over the limit is refused, and a small one that expands over it stops expanding', async () => {
		const limit = 1024 * 1024;
		const plain = await readBackupFile(new Blob(['x'.repeat(3 * limit)]), limit);
		expect(plain).toEqual({
			ok: false,
			problem: 'A backup can be at most 1 MB. The file is 3 MB.'
		});
		// 100 MB of zeros compress to about 100 KB.
		const bomb = gzipSync(Buffer.alloc(100 * limit));
		expect(bomb.length).toBeLessThan(limit);
		expect(await readBackupFile(new Blob([bomb]), limit)).toEqual({
			ok: false,
			problem: 'A backup can be at most 1 MB. Expanded, the file is larger than that.'
		});
	});

	test('where the browser cannot expand gzip, a compressed file is refused with what to do', async () => {
		vi.stubGlobal('DecompressionStream', undefined);
		const read = await readBackupFile(new Blob([gzipSync('{}')]));
		expect(read).toEqual({ ok: false, problem: expect.stringMatching(/cannot expand it/) });
	});
});
