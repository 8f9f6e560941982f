// `npm run screenshots -- [route ...]`: serves build/ and saves screenshots of each route
// (default: every main route) and of the study states (a flipped card, a quiz question and its
// feedback, a Learn question) in light and dark, on a 390×844 phone with touch and a 1280×800
// desktop with a mouse, to screenshots/ (git-ignored), to look at.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.js';

const routes = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const targets = routes.length
	? routes
	: ['/', '/learn', '/quiz', '/flashcards', '/progress', '/article', '/settings'];
const outDir = 'screenshots';
await mkdir(outDir, { recursive: true });

const devices = /** @type {const} */ ([
	{ name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true },
	{ name: 'desktop', viewport: { width: 1280, height: 800 }, hasTouch: false }
]);

/**
 * The study states worth a look, each reached by the taps a learner makes.
 * @type {Record<string, (page: import('playwright-core').Page, url: string) => Promise<void>>}
 */
const states = {
	'flashcard-back': async (page, url) => {
		await open(page, url + '/flashcards');
		await page.getByRole('button', { name: /Show answer/ }).click();
		await page.getByRole('group', { name: 'How well did you remember?' }).waitFor();
	},
	'quiz-question': async (page, url) => {
		await open(page, url + '/quiz');
		await page.getByRole('button', { name: /^Start/ }).click();
		await page.locator('[data-question-id]').waitFor();
	},
	'quiz-feedback': async (page) => {
		// Whatever the question, "I don't know" style answers are not offered: pick the first
		// option where there are options, else type a wrong answer and check it.
		const option = page
			.locator('[data-question-id] input[type=radio], [data-question-id] .option')
			.first();
		if (await option.count()) await option.click();
		else {
			const field = page
				.locator('[data-question-id] input[type=text], [data-question-id] input[inputmode]')
				.first();
			if (await field.count()) await field.fill('1');
		}
		const check = page.getByRole('button', { name: /^(Check|Done)/ });
		if (await check.isVisible()) await check.click();
		await page
			.locator('.feedback')
			.waitFor({ timeout: 5000 })
			.catch(() => {});
	},
	'learn-question': async (page, url) => {
		await open(page, url + '/learn');
		// A session started in an earlier pass resumes at its question.
		const start = page.getByRole('button', { name: "Start today's session" });
		const question = page.locator('[data-question-id]');
		await start.or(question).first().waitFor();
		if (await start.isVisible()) await start.click();
		await question.waitFor();
	}
};

/**
 * @param {import('playwright-core').Page} page
 * @param {string} address
 */
async function open(page, address) {
	await page.goto(address, { waitUntil: 'networkidle' });
	await page.locator('html[data-ready]').waitFor();
}

const { server, url } = await startStaticServer();
for (const device of devices) {
	const profile = await mkdtemp(join(tmpdir(), 'sourced-shots-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
		args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
		viewport: device.viewport,
		deviceScaleFactor: 1,
		hasTouch: device.hasTouch
	});
	const page = context.pages()[0] ?? (await context.newPage());
	for (const scheme of /** @type {const} */ (['light', 'dark'])) {
		await page.emulateMedia({ colorScheme: scheme });
		/** @param {string} label */
		const shoot = async (label) => {
			const name = `${label}-${device.name}-${scheme}.png`;
			await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL === '1' });
			console.log(join(outDir, name));
		};
		for (const route of targets) {
			await open(page, url + route);
			await shoot(route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home');
		}
		if (routes.length) continue;
		for (const [label, reach] of Object.entries(states)) {
			await reach(page, url);
			await shoot(label);
		}
	}
	await context.close();
	await rm(profile, { recursive: true, force: true });
}
server.close();
