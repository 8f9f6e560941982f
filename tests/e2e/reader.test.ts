import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { useApp, waitForServiceWorkerControl } from './support/app';
import { builtinPack } from './support/article-pack';

const factId = 'kabul-assures-no-extremism-in-xinjiang';
const quote =
	'Improving diplomatic relations also means that Beijing accepts assurances from Kabul';

describe('reader', () => {
	const app = useApp();

	test('shows the article clean: byline, headings, each pull quote once, no stray markup', async () => {
		await app.page.goto(app.baseURL + '/article');
		const article = app.page.locator('article');
		await expect
			.poll(() => article.locator('.byline').textContent())
			.toBe("By Tomorrow's Affairs Staff");
		expect(await article.locator('h2').allTextContents()).toEqual([
			'One step closer to full recognition',
			'Will Russia follow China?'
		]);
		expect(await article.locator('.pull-quote').count()).toBe(2);
		expect((await article.textContent()) ?? '').not.toContain('*');
		// The repeated sentence: once in the body, once as the pull quote, never a second paragraph.
		const repeated = 'High Taliban delegations have already been officially received';
		expect(await article.locator(':scope > p', { hasText: repeated }).count()).toBe(1);
		expect(await article.locator('.pull-quote', { hasText: repeated }).count()).toBe(1);
	});

	test('/article#<fact-id> offline scrolls to the sentence, marks it and opens its panel', async () => {
		await app.page.goto(app.baseURL + '/');
		await waitForServiceWorkerControl(app.page);
		await app.context.setOffline(true);

		const response = await app.page.goto(`${app.baseURL}/article#${factId}`);
		expect(response!.fromServiceWorker()).toBe(true);
		const target = app.page.locator('.highlight.target');
		await target.waitFor();
		expect(await target.textContent()).toContain(quote);
		expect(await target.getAttribute('aria-expanded')).toBe('true');
		const panel = app.page.getByRole('dialog', { name: /in this sentence/ });
		expect(await panel.textContent()).toContain('Not studied yet');
		const box = await target.boundingBox();
		expect(box!.y).toBeGreaterThan(0);
		expect(box!.y).toBeLessThan(844);

		await app.page.reload();
		await app.page.locator('.highlight.target').waitFor();
		expect(await app.page.locator('.highlight.target').textContent()).toContain(quote);
	});

	test('an unknown fact id shows the article with a short notice, not an error page', async () => {
		await app.page.goto(`${app.baseURL}/article#no-such-fact`);
		await app.page.getByRole('status').filter({ hasText: 'no fact “no-such-fact”' }).waitFor();
		expect(await app.page.locator('article h1').textContent()).toMatch(/^China has provided scope/);
		expect(await app.page.locator('.highlight.target').count()).toBe(0);
	});

	test('a link cut short in its percent-encoding shows the article with a notice, no error', async () => {
		const errors: string[] = [];
		app.page.on('pageerror', (error) => errors.push(error.message));
		await app.page.goto(`${app.baseURL}/article#%E0%A4%A`);
		await app.page.getByRole('status').filter({ hasText: 'link to a fact is not valid' }).waitFor();
		expect(await app.page.locator('article h1').textContent()).toMatch(/^China has provided scope/);
		expect(errors).toEqual([]);
	});

	test('a sentence that supports several facts is one highlight whose panel lists them all', async () => {
		await app.page.goto(app.baseURL + '/article');
		// A tap before hydration reaches no handler: wait for the app, as a reader would.
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		const shared = app.page.locator('.highlight[data-fact-ids*=" "]').first();
		const ids = ((await shared.getAttribute('data-fact-ids')) ?? '').split(' ');
		expect(ids.length).toBeGreaterThan(1);
		await shared.click();
		const panel = app.page.getByRole('dialog', { name: `${ids.length} facts in this sentence` });
		await panel.waitFor();
		expect(await panel.locator('li').count()).toBe(ids.length);
	});

	test('the fact sheet never covers the sentence it describes', async () => {
		await app.page.setViewportSize({ width: 390, height: 844 });
		await app.page.emulateMedia({ reducedMotion: 'reduce' });
		await app.page.goto(app.baseURL + '/article');
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		const highlights = app.page.locator('.highlight');
		for (const index of [3, 8, 14]) {
			const sentence = highlights.nth(index);
			// Tap it where it sits low on the screen, where the sheet will open.
			await sentence.evaluate((element) => {
				const rect = element.getBoundingClientRect();
				window.scrollBy(0, rect.top - window.innerHeight * 0.7);
			});
			await sentence.click();
			const panel = app.page.getByRole('dialog', { name: /in this sentence/ });
			await panel.waitFor();
			await expect
				.poll(async () => {
					const box = await sentence.boundingBox();
					const sheet = await app.page.locator('.panel').boundingBox();
					return box && sheet ? box.y + box.height <= sheet.y : false;
				})
				.toBe(true);
			await app.page.keyboard.press('Escape');
			await panel.waitFor({ state: 'detached' });
		}
	});

	test('"Study this fact" in the fact sheet opens flashcards with that fact’s card first', async () => {
		// A fact well down the article: not the card flashcards would show first anyway.
		const facts = builtinPack().facts;
		const fact = facts[Math.floor(facts.length / 2)];
		if (!fact) throw new Error('the article pack has no facts');
		await app.page.goto(app.baseURL + '/flashcards');
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await app.page.locator('.cue').waitFor();
		expect(await app.page.locator('.cue').textContent()).not.toBe(fact.cue);

		await app.page.goto(`${app.baseURL}/article#${fact.id}`);
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		const panel = app.page.getByRole('dialog', { name: /in this sentence/ });
		await panel.waitFor();
		await panel
			.locator('li', { hasText: fact.statement })
			.getByRole('link', { name: 'Study this fact' })
			.click();
		await app.page.waitForURL(/\/flashcards\?fact=/);
		await expect.poll(() => app.page.locator('.cue').textContent()).toBe(fact.cue);
		await app.page.getByRole('button', { name: /Show answer/ }).click();
		expect(await app.page.locator('.card-face .answer').textContent()).toBe(fact.answer);
	});

	test('highlights are real, selectable text and work by keyboard', async () => {
		await app.page.goto(app.baseURL + '/article');
		// A key pressed before hydration reaches no handler.
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		const first = app.page.getByRole('button', {
			name: /^The Taliban regime in Afghanistan is on its way/
		});
		expect(await first.evaluate((element) => getComputedStyle(element).userSelect)).not.toBe(
			'none'
		);
		await first.focus();
		await app.page.keyboard.press('Enter');
		const panel = app.page.getByRole('dialog', { name: /in this sentence/ });
		await panel.waitFor();
		expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('fact-panel-title');
		await app.page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });
		expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
	});

	test('the facts index jumps to a fact’s sentence', async () => {
		await app.page.goto(app.baseURL + '/article');
		// Hydrated first: a link followed before then is the browser's own jump, not the reader's.
		await app.page.locator('html[data-ready]').waitFor();
		await app.page.getByText(/^Facts in this article \(\d+\)$/).click();
		await app.page
			.getByRole('link', { name: /assurances from Kabul/ })
			.first()
			.click();
		await app.page.locator('.highlight.target').waitFor();
		expect(app.page.url()).toContain(`#${factId}`);
		expect(await app.page.locator('.highlight.target').textContent()).toContain(quote);
	});

	test('passes axe with a panel open and the index expanded, light and dark, on a phone and a desktop', async () => {
		await app.page.goto(`${app.baseURL}/article#${factId}`);
		await app.page.getByRole('dialog').waitFor();
		await app.page
			.locator('details')
			.evaluate((details) => ((details as HTMLDetailsElement).open = true));
		expect(await axeViolations(app.page, 'panel open, index expanded')).toEqual([]);
	});
});
