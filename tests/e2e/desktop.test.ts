import { afterEach, expect, test } from 'vitest';
import { expectCleanRun, launchApp, type AppSession } from './support/app';
import { axeViolations } from './support/axe';

// The layout at 1024 px and wider is a design of its own, not the phone column centred: the
// navigation stands at the side, the study column keeps a reading width, and key hints show
// because a keyboard and a mouse are there (no swipe hint, which is for touch).

let app: AppSession | undefined;

afterEach(async () => {
	if (!app) return;
	try {
		expectCleanRun(app);
	} finally {
		await app.close();
		app = undefined;
	}
});

async function openFlashcardBack(session: AppSession) {
	const { page } = session;
	await page.goto(session.baseURL + '/flashcards');
	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.getByRole('group', { name: 'How well did you remember?' }).waitFor();
}

test('at 1280×800 with a mouse: side navigation, a reading-width column, key hints, no swipe hint', async () => {
	app = await launchApp({ viewport: { width: 1280, height: 800 }, hasTouch: false });
	const { page } = app;
	await openFlashcardBack(app);

	const nav = page.getByRole('navigation', { name: /main/i });
	const navBox = (await nav.boundingBox())!;
	const mainBox = (await page.locator('main').boundingBox())!;
	const rootFontSize = await page.evaluate(() =>
		parseFloat(getComputedStyle(document.documentElement).fontSize)
	);
	const links = nav.getByRole('link');
	const linkBoxes = await Promise.all(
		(await links.all()).map(async (link) => (await link.boundingBox())!)
	);
	console.log(
		`desktop: navigation ${navBox.width}×${navBox.height} at x ${navBox.x}; column ${mainBox.width} px from x ${mainBox.x}`
	);

	// The navigation: a column at the left edge, below the header, its links one under another.
	expect(navBox.x).toBe(0);
	expect(navBox.width).toBeLessThan(300);
	expect(navBox.height).toBeGreaterThan(600);
	linkBoxes.slice(1).forEach((box, index) => {
		const above = linkBoxes[index]!;
		expect(box.y).toBeGreaterThan(above.y);
		expect(box.x).toBe(above.x);
	});

	// The column: a reading width (40rem), clear of the navigation, not stretched to the screen.
	expect(mainBox.width).toBeLessThanOrEqual(40 * rootFontSize);
	expect(mainBox.x).toBeGreaterThanOrEqual(navBox.x + navBox.width);

	// A keyboard is there: every rating names its key; the touch-only swipe hint is gone.
	const ratingKeys = page.getByRole('group', { name: 'How well did you remember?' }).locator('kbd');
	await expect.poll(() => ratingKeys.count()).toBe(4);
	for (const key of await ratingKeys.all()) expect(await key.isVisible()).toBe(true);
	expect(await page.getByText('Swipe left for Again').isVisible()).toBe(false);

	expect(await axeViolations(page, 'flashcard back on a desktop')).toEqual([]);
});

test('at 390×844 with touch: the navigation at the bottom, no key hints, the swipe hint', async () => {
	app = await launchApp();
	const { page } = app;
	await openFlashcardBack(app);

	const navBox = (await page.getByRole('navigation', { name: /main/i }).boundingBox())!;
	console.log(`phone: navigation ${navBox.width}×${navBox.height} at y ${navBox.y}`);
	expect(navBox.width).toBe(390);
	expect(navBox.y + navBox.height).toBeCloseTo(844, 0);

	const ratingKeys = page.getByRole('group', { name: 'How well did you remember?' }).locator('kbd');
	for (const key of await ratingKeys.all()) expect(await key.isVisible()).toBe(false);
	expect(await page.getByText('Swipe left for Again').isVisible()).toBe(true);
});
