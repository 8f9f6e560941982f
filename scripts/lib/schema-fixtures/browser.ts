// Real Chromium for the fixture maker: a page of its own (no app), where Dexie creates the
// database at one schema version with the learner's rows, and the database is read back.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { DatabaseSnapshot } from '../idb-snapshot.js';

const root = new URL('../../../', import.meta.url);

/** Path → [file, content type]. The page imports Dexie as the app does, by its bare name. */
const files: Record<string, [URL, string]> = {
	'/dexie.mjs': [new URL('node_modules/dexie/dist/dexie.mjs', root), 'text/javascript'],
	'/idb-snapshot.js': [new URL('scripts/lib/idb-snapshot.js', root), 'text/javascript'],
	'/schema-fixtures/page.js': [
		new URL('scripts/lib/schema-fixtures/page.js', root),
		'text/javascript'
	]
};

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Schema fixture maker</title>
<script type="importmap">{ "imports": { "dexie": "/dexie.mjs" } }</script>
<script type="module" src="/schema-fixtures/page.js"></script>
</head><body></body></html>`;

function serve(): Promise<{ server: Server; url: string }> {
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		const file = files[path];
		if (path === '/') {
			res.writeHead(200, { 'Content-Type': 'text/html' });
			res.end(html);
		} else if (file) {
			res.writeHead(200, { 'Content-Type': file[1] });
			res.end(readFileSync(file[0]));
		} else {
			res.writeHead(404);
			res.end();
		}
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({ server, url: `http://127.0.0.1:${port}/` });
		});
	});
}

interface FixtureMaker {
	create(
		name: string,
		declarations: { version: number; stores: Record<string, string | null> }[],
		tables: Record<string, unknown[]>
	): Promise<number>;
	exportDatabase(name: string): Promise<DatabaseSnapshot>;
	dexieVersion: string;
}

/** The page's global scope, once page.js has run. */
type MakerScope = typeof globalThis & { fixtureMaker: FixtureMaker };

export interface MadeDatabase {
	snapshot: DatabaseSnapshot;
	/** The version Dexie opened (the schema version). */
	dexieVersion: number;
	madeWith: { browser: string; dexie: string };
}

const flags = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

/** One Chromium for a run; each database is made in a fresh profile. */
export class FixtureBrowser {
	private constructor(
		private readonly browserVersion: string,
		private readonly server: Server,
		private readonly url: string
	) {}

	static async start(): Promise<FixtureBrowser> {
		const { server, url } = await serve();
		// Only to read the version: databases are made in persistent profiles (as a learner's).
		const probe: Browser = await chromium.launch({ executablePath: chromiumPath(), args: flags });
		const version = probe.version();
		await probe.close();
		return new FixtureBrowser(version, server, url);
	}

	/** Creates `name` at the last declared version with `tables`' rows, and reads it all back. */
	async make(
		name: string,
		declarations: { version: number; stores: Record<string, string | null> }[],
		tables: Record<string, unknown[]>
	): Promise<MadeDatabase> {
		const profile = await mkdtemp(join(tmpdir(), 'sourced-fixture-'));
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: chromiumPath(),
			args: flags
		});
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(this.url);
			await page.waitForFunction(() => 'fixtureMaker' in globalThis);
			const dexieVersion = await page.evaluate(
				([dbName, steps, rows]) =>
					(globalThis as MakerScope).fixtureMaker.create(dbName, steps, rows),
				[name, declarations, tables] as const
			);
			const snapshot = await page.evaluate(
				(dbName) => (globalThis as MakerScope).fixtureMaker.exportDatabase(dbName),
				name
			);
			const dexie = await page.evaluate(() => (globalThis as MakerScope).fixtureMaker.dexieVersion);
			if (errors.length > 0) throw new Error(`The fixture page failed: ${errors.join('; ')}`);
			return {
				snapshot,
				dexieVersion,
				madeWith: { browser: `Chromium ${this.browserVersion}`, dexie }
			};
		} finally {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		}
	}

	async close(): Promise<void> {
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}

function chromiumPath(): string {
	return process.env.CHROME_PATH || '/usr/bin/chromium';
}
