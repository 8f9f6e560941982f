// `npm run screenshots -- [route ...]`: serves build/ and saves a 390×844 screenshot of each
// route (default: every main route) in light and dark to screenshots/ (git-ignored), to look at.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.js';

const routes = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const targets = routes.length
	? routes
	: ['/', '/quiz', '/flashcards', '/progress', '/article', '/settings'];
const outDir = 'screenshots';
await mkdir(outDir, { recursive: true });

const { server, url } = await startStaticServer();
const profile = await mkdtemp(join(tmpdir(), 'sourced-shots-'));
const context = await chromium.launchPersistentContext(profile, {
	executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 1,
	hasTouch: true
});
const page = context.pages()[0] ?? (await context.newPage());
for (const scheme of /** @type {const} */ (['light', 'dark'])) {
	await page.emulateMedia({ colorScheme: scheme });
	for (const route of targets) {
		await page.goto(url + route, { waitUntil: 'networkidle' });
		const name = `${route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${scheme}.png`;
		await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL === '1' });
		console.log(join(outDir, name));
	}
}
await context.close();
await rm(profile, { recursive: true, force: true });
server.close();
