// What the Chromium benchmarks share: a fresh browser profile on the built app, the app's own
// database created at its current schema, and the article's fact ids as the reader shows them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Launches Chromium on a fresh, empty profile (a first visit), at a phone's viewport.
 * `--enable-precise-memory-info` makes `performance.memory` exact instead of rounded.
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void> }>}
 */
export async function launchApp() {
	const profile = await mkdtemp(join(tmpdir(), 'sourced-bench-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
		args: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--enable-precise-memory-info'
		],
		viewport: { width: 390, height: 844 }
	});
	// Playwright's 30 s default is too short on a busy machine, where a step an idle one does in
	// a fraction of a second can take tens of seconds: a slow figure is still a figure.
	context.setDefaultTimeout(300_000);
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		async close() {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		}
	};
}

/**
 * Lets the app create its database at the current schema (one setting written from Settings),
 * then returns the article's fact ids, from the reader's highlights.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @returns {Promise<string[]>}
 */
export async function createDatabase(page, url) {
	await page.goto(`${url}/settings`, { waitUntil: 'networkidle' });
	await page.getByLabel('New cards per day').fill('21');
	await page.getByLabel('New cards per day').blur();
	// Listed is not enough: the database is listed while the app is still creating its stores,
	// and leaving the page then aborts that upgrade (the new database is deleted). Opening it
	// here waits for the upgrade, and shows its stores once it is done.
	await page.waitForFunction(
		async () => {
			const listed = (await indexedDB.databases()).some(({ name }) => name === 'sourced');
			if (!listed) return false;
			const db = /** @type {IDBDatabase} */ (
				await new Promise((resolve, reject) => {
					const request = indexedDB.open('sourced');
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				})
			);
			const ready = db.objectStoreNames.contains('reviewLogs');
			db.close();
			return ready;
		},
		null,
		{ polling: 250 }
	);
	await page.goto(`${url}/article`, { waitUntil: 'networkidle' });
	return page.evaluate(() => [
		...new Set(
			[...document.querySelectorAll('[data-fact-ids]')].flatMap((element) =>
				(element.getAttribute('data-fact-ids') ?? '').split(' ')
			)
		)
	]);
}

/**
 * The middle value (the upper one of an even count).
 * @param {readonly number[]} values
 */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
