// Faults a learner's device inflicts on the app, for tests of what survives them.
import { readdir, readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import type { AppSession } from './app';

/**
 * Crashes the page's renderer (CDP `Page.crash`), as an out-of-memory kill does: no
 * beforeunload, pagehide or visibilitychange handler runs, and the page writes nothing more.
 * Resolves once Playwright has seen the crash.
 */
export async function crashPage(context: BrowserContext, page: Page): Promise<void> {
	const cdp = await context.newCDPSession(page);
	const crashed = page.waitForEvent('crash', { timeout: 10_000 });
	// The command never answers: its renderer is gone.
	cdp.send('Page.crash').catch(() => undefined);
	await crashed;
}

/**
 * Kills the session's browser process outright (SIGKILL), as the system does to an app it
 * reclaims: no shutdown, no flush beyond what the browser had already handed to the disk.
 * Only that process: the one this test process started on the session's profile.
 */
export async function killBrowser(app: AppSession): Promise<void> {
	const pid = await browserProcess(app.profile);
	const closed = new Promise<void>((resolve) => app.context.once('close', () => resolve()));
	process.kill(pid, 'SIGKILL');
	await closed;
}

/** The pid of the browser this process launched on `profile` (its `--user-data-dir`). */
async function browserProcess(profile: string): Promise<number> {
	for (const entry of await readdir('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const [cmdline, status] = await Promise.all([
				readFile(`/proc/${entry}/cmdline`, 'utf8'),
				readFile(`/proc/${entry}/status`, 'utf8')
			]);
			const parent = Number(status.match(/^PPid:\s+(\d+)/m)?.[1]);
			if (parent === process.pid && cmdline.split('\0').includes(`--user-data-dir=${profile}`)) {
				return Number(entry);
			}
		} catch {
			// The process ended while being read: not ours to find.
		}
	}
	throw new Error(`No browser process of this test runs on ${profile}`);
}
