import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, launchApp } from './support/app';

// A route's largest contentful paint on a first visit (what Lighthouse measures) is text of
// its prerendered HTML, painted with the page and kept by hydration: not a paragraph drawn
// once the app has read IndexedDB, nor prerendered text replaced by other text. Checked with
// the CPU slowed 4× (as Lighthouse's phone), so hydration comes well after the first paint
// and whatever it draws is a later, separate candidate.
//
// Not on this list: the flashcards' next card and the progress figures are the learner's own
// and are largest there; prerendering one learner's state would show every other learner the
// wrong one first.

const buildDir = new URL('../../build/', import.meta.url);

/** The visible text of a prerendered page: its markup without tags, scripts and styles. */
function prerenderedText(path: string): string {
	const file = path === '/' ? 'index.html' : `${path.slice(1)}.html`;
	const html = readFileSync(new URL(file, buildDir), 'utf8');
	return normalise(
		html
			.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
			.replace(/<[^>]+>/g, ' ')
			.replace(/&nbsp;/g, ' ')
			.replace(/&#39;|&#x27;/g, "'")
			.replace(/&quot;/g, '"')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&')
	);
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each route, and what shows it has read the learner's data and drawn what depends on it. */
const routes: { path: string; drawn: (page: Page) => Promise<unknown> }[] = [
	{
		path: '/',
		drawn: (page) => page.getByText("Start with today's Learn session").waitFor()
	},
	{
		path: '/learn',
		drawn: (page) => page.getByRole('button', { name: "Start today's session" }).waitFor()
	},
	{
		path: '/quiz',
		drawn: (page) => page.getByRole('button', { name: 'Start quiz' }).waitFor()
	},
	{
		path: '/article',
		drawn: (page) => page.getByRole('button', { name: 'Memory map' }).waitFor()
	},
	{
		path: '/settings',
		drawn: (page) => expect.poll(() => page.getByLabel('New cards per day').isEnabled()).toBe(true)
	}
];

// Lighthouse's phone is 412 px wide; ours, 390.
const viewports = [
	{ width: 390, height: 844 },
	{ width: 412, height: 823 }
];

describe('the largest paint of a first visit is prerendered', () => {
	for (const viewport of viewports) {
		for (const route of routes) {
			test(`${route.path} at ${viewport.width} px`, async () => {
				const app = await launchApp({ viewport });
				try {
					await app.context.addInitScript(() => {
						const seen: { element: Element | null; size: number }[] = [];
						(window as unknown as { largestPaints: typeof seen }).largestPaints = seen;
						new PerformanceObserver((list) => {
							for (const entry of list.getEntries() as (PerformanceEntry & {
								element: Element | null;
								size: number;
							})[]) {
								seen.push({ element: entry.element, size: entry.size });
							}
						}).observe({ type: 'largest-contentful-paint', buffered: true });
					});
					const cdp = await app.context.newCDPSession(app.page);
					await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
					await app.page.goto(app.baseURL + route.path);
					await app.page.locator('html[data-ready]').waitFor();
					await route.drawn(app.page);
					// A paint after the last change is reported within a frame or two.
					await app.page.waitForTimeout(500);
					const largest = await app.page.evaluate(() => {
						const seen = (
							window as unknown as {
								largestPaints: { element: Element | null; size: number }[];
							}
						).largestPaints;
						const last = seen.at(-1);
						return {
							candidates: seen.length,
							connected: last?.element?.isConnected ?? false,
							tag: last?.element?.tagName.toLowerCase() ?? null,
							text: last?.element?.textContent ?? ''
						};
					});
					expect(largest.candidates).toBeGreaterThan(0);
					// Replaced after hydration, it would be gone from the page.
					expect(largest.connected, `${largest.tag}: ${largest.text}`).toBe(true);
					expect(normalise(largest.text).length).toBeGreaterThan(20);
					expect(prerenderedText(route.path)).toContain(normalise(largest.text));
					expectCleanRun(app);
				} finally {
					await app.close();
				}
			});
		}
	}
});
