import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { useApp } from './support/app';

/** All JavaScript a first visit to `/` may fetch, lazy chunks included, gzipped. */
const budgetKiB = 60;

const app = useApp({ expectClean: false });

test(`a first visit to / fetches at most ${budgetKiB} KiB of JavaScript (gzip)`, async () => {
	// What the page itself loads, eagerly or lazily. The service worker's own script and its
	// background precache of every route are not part of the first render.
	const scripts = new Map<string, Promise<number>>();
	app.page.on('response', (response) => {
		if (!/\.m?js$/.test(new URL(response.url()).pathname)) return;
		scripts.set(
			response.url(),
			response.body().then((body) => gzipSync(body, { level: 9 }).length)
		);
	});

	await app.page.goto(app.baseURL + '/', { waitUntil: 'networkidle' });
	const sizes = await Promise.all([...scripts.values()]);
	const totalKiB = sizes.reduce((sum, size) => sum + size, 0) / 1024;
	console.log(
		`first-visit JavaScript: ${totalKiB.toFixed(1)} KiB gzip in ${sizes.length} files (budget ${budgetKiB} KiB)`
	);
	expect(sizes.length).toBeGreaterThan(0);
	expect(totalKiB).toBeLessThanOrEqual(budgetKiB);
});
