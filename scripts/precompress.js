// Writes a .gz beside every compressible file of the build, so the static server can send
// phones compressed bytes without compressing on every request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const root = new URL('../build/', import.meta.url).pathname;
const compressible = /\.(js|mjs|css|html|json|webmanifest|svg|txt|ico)$/;

let count = 0;
for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
	if (!entry.isFile() || !compressible.test(entry.name)) continue;
	const path = join(entry.parentPath, entry.name);
	const bytes = await readFile(path);
	await writeFile(`${path}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
	count += 1;
}
console.log(`precompressed ${count} files in build/`);
