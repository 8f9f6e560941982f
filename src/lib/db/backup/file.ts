import { backupFileName } from './export';
import { backupSizeLimit, megabytes } from './parse';

/** A backup as the file handed to the browser's download. */
export interface BackupFile {
	name: string;
	blob: Blob;
}

/**
 * A backup's text as the file to save: gzip-compressed where the browser can compress (the
 * JSON of study records shrinks about tenfold, so a year's 80 MB becomes a few), else plain
 * JSON. Restoring reads either.
 */
export async function backupFile(text: string, now: number): Promise<BackupFile> {
	const name = backupFileName(now);
	if (typeof CompressionStream === 'undefined') {
		return { name, blob: new Blob([text], { type: 'application/json' }) };
	}
	const compressed = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
	const bytes = await new Response(compressed).arrayBuffer();
	return { name: `${name}.gz`, blob: new Blob([bytes], { type: 'application/gzip' }) };
}

export type BackupFileText = { ok: true; text: string } | { ok: false; problem: string };

/**
 * The text of a chosen file: as it is, or expanded when it is gzip-compressed (told by its
 * first bytes, not its name). Refused without reading it all when it is, or expands to, more
 * than `sizeLimit` bytes: a small compressed file may expand without end.
 */
export async function readBackupFile(
	file: Blob,
	sizeLimit = backupSizeLimit
): Promise<BackupFileText> {
	const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
	const gzipped = head[0] === 0x1f && head[1] === 0x8b;
	if (!gzipped) {
		if (file.size > sizeLimit) return tooLarge(`The file is ${megabytes(file.size)} MB`, sizeLimit);
		return { ok: true, text: await file.text() };
	}
	if (typeof DecompressionStream === 'undefined') {
		return {
			ok: false,
			problem:
				'This backup is compressed (gzip), and this browser cannot expand it. Restore it in a newer browser, or expand it first (it holds a .json file).'
		};
	}
	const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > sizeLimit) {
				await reader.cancel();
				return tooLarge('Expanded, the file is larger than that', sizeLimit);
			}
			chunks.push(value);
		}
	} catch {
		return {
			ok: false,
			problem:
				'This is not a backup: the file is compressed (gzip) but damaged; it may be cut short.'
		};
	}
	return { ok: true, text: await new Blob(chunks as BlobPart[]).text() };
}

function tooLarge(what: string, sizeLimit: number): BackupFileText {
	return {
		ok: false,
		problem: `A backup can be at most ${megabytes(sizeLimit)} MB. ${what}.`
	};
}
