import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { routes, useApp } from './support/app';

// Budgets for what a phone downloads, gzipped (level 9, as precompress.js serves it).
//
// A route's first load is the JavaScript its prerendered page loads before it can hydrate:
// every module the HTML preloads or imports. What loads after (Dexie, the question engine,
// stored-quiz parsers, the service worker's registration) is lazy and does not hold up the
// page; it is budgeted with the whole precache.
// Two thirds of home's is Svelte's runtime (20.6) and SvelteKit's client (10.5).
const homeBudgetKiB = 45;
const routeBudgetKiB = 80;
const precacheBudgetKiB = 300;

const buildDir = new URL('../../build/', import.meta.url);
const gzipKiB = (path: string) =>
	gzipSync(readFileSync(new URL(path.replace(/^\//, ''), buildDir)), { level: 9 }).length / 1024;

/** The prerendered page of a route path. */
const pageFile = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

/** The JavaScript files a prerendered page loads to hydrate. */
function firstLoad(path: string): string[] {
	const html = readFileSync(new URL(pageFile(path), buildDir), 'utf8');
	return [...new Set([...html.matchAll(/"(\/_app\/immutable\/[^"]+\.js)"/g)].map((m) => m[1]!))];
}

// Strings that survive minification, one per library that must stay off a first load.
const lazyLibraries = {
	Dexie: 'mutatedParts',
	'the question engine': 'unknown question kind',
	valibot: 'abortPipeEarly'
};

const pages = [...routes.map((route) => route.path), '/progress/fact'];

describe('first load of every route', () => {
	const sizes = pages.map((path) => {
		const files = firstLoad(path);
		return { path, files, kib: files.reduce((sum, file) => sum + gzipKiB(file), 0) };
	});

	test(`home ≤ ${homeBudgetKiB} KiB, every other route ≤ ${routeBudgetKiB} KiB of JavaScript (gzip)`, () => {
		console.log(
			sizes
				.map(
					({ path, files, kib }) =>
						`${path.padEnd(15)} ${kib.toFixed(1).padStart(5)} KiB in ${files.length} files`
				)
				.join('\n')
		);
		for (const { path, files, kib } of sizes) {
			expect(files.length, path).toBeGreaterThan(0);
			expect(kib, path).toBeLessThanOrEqual(path === '/' ? homeBudgetKiB : routeBudgetKiB);
		}
	});

	test('no first load carries Dexie or the question engine, nor valibot outside Settings', () => {
		for (const { path, files } of sizes) {
			const code = files.map((file) => readFileSync(new URL(file.slice(1), buildDir), 'utf8'));
			for (const [library, marker] of Object.entries(lazyLibraries)) {
				// The settings form parses each field as it is typed: there valibot is the page.
				if (library === 'valibot' && path === '/settings') continue;
				expect(
					code.some((text) => text.includes(marker)),
					`${library} on the first load of ${path}`
				).toBe(false);
			}
		}
		// The markers are real: each is in the build, where the lazy code is.
		const everything = readFileSync(new URL('sw.js', buildDir), 'utf8');
		const chunks = [...everything.matchAll(/url:"(_app\/immutable\/[^"]+\.js)"/g)].map((m) =>
			readFileSync(new URL(m[1]!, buildDir), 'utf8')
		);
		for (const [library, marker] of Object.entries(lazyLibraries)) {
			expect(
				chunks.some((text) => text.includes(marker)),
				library
			).toBe(true);
		}
	});
});

test(`the whole precache, with the service worker, is at most ${precacheBudgetKiB} KiB (gzip)`, () => {
	const worker = readFileSync(new URL('sw.js', buildDir), 'utf8');
	// Precached addresses without an extension are prerendered pages.
	const urls = [...worker.matchAll(/url:"([^"]+)"/g)].map((m) => {
		const url = m[1]!;
		if (url === '/') return 'index.html';
		return /\.[a-z0-9]+$/i.test(url) ? url : `${url}.html`;
	});
	const runtime = [...worker.matchAll(/"\.\/(workbox-[^"]+)"/g)].map((m) => `${m[1]!}.js`);
	const files = [...urls, 'sw.js', ...runtime];
	const total = files.reduce((sum, file) => sum + gzipKiB(file), 0);
	const js = files
		.filter((file) => file.endsWith('.js'))
		.reduce((sum, file) => sum + gzipKiB(file), 0);
	console.log(
		`precache: ${total.toFixed(1)} KiB gzip in ${files.length} files (JavaScript ${js.toFixed(1)} KiB)`
	);
	expect(urls.length).toBeGreaterThan(20);
	expect(total).toBeLessThanOrEqual(precacheBudgetKiB);
});

const app = useApp({ expectClean: false });

test('a first visit to / in Chromium fetches only its first load before the page is ready', async () => {
	const fetched: string[] = [];
	app.page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (/\.m?js$/.test(path) && !path.endsWith('/sw.js')) fetched.push(path);
	});
	await app.page.goto(app.baseURL + '/');
	await app.page.locator('html[data-ready]').waitFor();
	const expected = firstLoad('/');
	const early = fetched.filter((path) => !expected.includes(path));
	console.log(
		`/ fetched ${fetched.length} scripts by hydration; beyond its first load: ${early.join(', ') || 'none'}`
	);
	// Everything the page needed was preloaded, so hydration waited on no extra round trip.
	for (const path of expected) expect(fetched).toContain(path);
});
