import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.js';
import { launchApp, waitForServiceWorkerControl, type AppSession } from './support/app';

// A server of its own, so the test can publish a "next release" of the service worker.
const currentWorker = readFileSync('build/sw.js', 'utf8');
let released = false;
let server: Server;
let baseURL: string;
let app: AppSession;

beforeEach(async () => {
	released = false;
	({ server, url: baseURL } = await startStaticServer({
		override: (pathname) =>
			pathname === '/sw.js' && released ? `${currentWorker}\n// next release\n` : undefined
	}));
	app = await launchApp();
});

afterEach(async () => {
	await app.close();
	await new Promise((resolve) => server.close(resolve));
});

/** The app checks for an update whenever the page becomes visible again. */
const pageShownAgain = () =>
	app.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

async function publishAndCheckForUpdate() {
	released = true;
	await pageShownAgain();
}

/**
 * Waits until `found` holds, showing the page again every few seconds as a learner coming back
 * would: under load a check can miss the next worker (it overlaps the first one's install), and
 * installing it takes a while when two browsers share two cores.
 */
async function untilUpdateFound(found: () => Promise<boolean>) {
	const deadline = Date.now() + 60_000;
	while (!(await found())) {
		if (Date.now() > deadline) throw new Error('no update found within 60 s');
		await app.page.waitForTimeout(5_000);
		if (!(await found())) await pageShownAgain();
	}
}

const waitingState = () =>
	app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state);

test('a new version is offered, never forced: the page reloads only when the learner asks', async () => {
	await app.page.goto(baseURL + '/');
	await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await waitForServiceWorkerControl(app.page);
	await app.page.evaluate(() => Object.assign(window, { sameDocument: true }));

	await publishAndCheckForUpdate();
	const prompt = app.page.getByRole('status').filter({ hasText: 'New version available' });
	await untilUpdateFound(async () => (await prompt.count()) > 0);
	// Still the same document, still the old worker in control.
	expect(await app.page.evaluate(() => 'sameDocument' in window)).toBe(true);

	const oldWorker = await app.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
	await Promise.all([
		app.page.waitForEvent('load'),
		prompt.getByRole('button', { name: 'Reload' }).click()
	]);
	expect(await app.page.evaluate(() => 'sameDocument' in window)).toBe(false);
	await waitForServiceWorkerControl(app.page);
	const waiting = await app.page.evaluate(
		async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null
	);
	expect(waiting).toBeNull();
	expect(await app.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
		oldWorker
	);
	expect(await app.page.getByText('New version available').count()).toBe(0);
});

test('"Later" puts the offer away without reloading', async () => {
	await app.page.goto(baseURL + '/');
	await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await waitForServiceWorkerControl(app.page);
	await app.page.evaluate(() => Object.assign(window, { sameDocument: true }));
	await publishAndCheckForUpdate();
	const prompt = app.page.getByRole('status').filter({ hasText: 'New version available' });
	await untilUpdateFound(async () => (await prompt.count()) > 0);
	await prompt.getByRole('button', { name: 'Later' }).click();
	await prompt.waitFor({ state: 'detached' });
	expect(await app.page.evaluate(() => 'sameDocument' in window)).toBe(true);
	expect(await waitingState()).toBe('installed');
});

test('the offer waits while a quiz is under way and appears once the learner leaves it', async () => {
	await app.page.goto(baseURL + '/quiz');
	await waitForServiceWorkerControl(app.page);
	await app.page.getByRole('button', { name: 'Start quiz' }).click();
	await app.page.locator('[data-question-id]').waitFor();

	await publishAndCheckForUpdate();
	await untilUpdateFound(async () => (await waitingState()) === 'installed');
	expect(await app.page.getByText('New version available').count()).toBe(0);

	await app.page.getByRole('button', { name: 'Leave' }).click();
	await app.page.getByRole('status').filter({ hasText: 'New version available' }).waitFor();
});
