// `npm run bench:history`: the flashcard screen with a long history, in real Chromium. Seeds
// 100,000 review logs (and a memory per fact) into the app's IndexedDB, then times how long
// /flashcards takes to show a card and how long Undo takes. Reported, never asserted: timings
// vary with the machine (goals: a card within 300 ms, Undo within 100 ms).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.js';

const logCount = Number(process.env.LOGS ?? 100_000);
const { server, url } = await startStaticServer();
const profile = await mkdtemp(join(tmpdir(), 'sourced-bench-'));
const context = await chromium.launchPersistentContext(profile, {
	executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	viewport: { width: 390, height: 844 }
});
const page = context.pages()[0] ?? (await context.newPage());

// Let the app create its database at the current schema: one setting written from Settings.
await page.goto(`${url}/settings`, { waitUntil: 'networkidle' });
await page.getByLabel('New cards per day').fill('21');
await page.getByLabel('New cards per day').blur();
await page.waitForFunction(async () =>
	(await indexedDB.databases()).some((database) => database.name === 'sourced')
);

// The article's fact ids, from the reader's highlights.
await page.goto(`${url}/article`, { waitUntil: 'networkidle' });
const factIds = await page.evaluate(() => [
	...new Set(
		[...document.querySelectorAll('[data-fact-ids]')].flatMap((element) =>
			(element.getAttribute('data-fact-ids') ?? '').split(' ')
		)
	)
]);

const seeded = await page.evaluate(
	async ({ factIds, logCount }) => {
		const packId = 'china-taliban-recognition';
		const day = 86_400_000;
		const start = Date.now() - 400 * day;
		const db = await new Promise((resolve, reject) => {
			const request = indexedDB.open('sourced');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		/** @param {number} due */
		const memory = (due) => ({
			due,
			stability: 30,
			difficulty: 5,
			elapsedDays: 1,
			scheduledDays: 30,
			learningStep: 0,
			reps: 10,
			lapses: 0,
			state: 'review',
			lastReview: due - 30 * day
		});
		const tx = db.transaction(['memories', 'reviewLogs'], 'readwrite');
		const memories = tx.objectStore('memories');
		const logs = tx.objectStore('reviewLogs');
		factIds.forEach((factId, i) => {
			// Half the facts are due now, so the queue has cards.
			const due = i % 2 === 0 ? Date.now() - day : Date.now() + 10 * day;
			memories.put({
				id: `${packId}:${factId}`,
				packId,
				packVersion: 2,
				factId,
				due,
				memory: memory(due)
			});
		});
		for (let i = 0; i < logCount; i += 1) {
			const factId = factIds[i % factIds.length];
			const reviewedAt = start + i * 300_000;
			const m = memory(reviewedAt + 30 * day);
			logs.put({
				id: `card:${packId}:${factId}:${reviewedAt}`,
				memoryId: `${packId}:${factId}`,
				packId,
				packVersion: 2,
				factId,
				source: i % 3 === 0 ? 'quiz' : 'flashcard',
				quizAnswerId: i % 3 === 0 ? `quiz-${i}:0` : null,
				reviewedAt,
				studyDay: new Date(reviewedAt).toISOString().slice(0, 10),
				log: {
					rating: 'good',
					reviewedAt,
					stateBefore: 'review',
					stateAfter: 'review',
					dueBefore: reviewedAt,
					dueAfter: reviewedAt + 30 * day,
					elapsedDays: 30,
					scheduledDays: 30,
					stabilityAfter: 30,
					difficultyAfter: 5,
					before: m
				}
			});
		}
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		const count = await new Promise((resolve) => {
			const request = db.transaction('reviewLogs').objectStore('reviewLogs').count();
			request.onsuccess = () => resolve(request.result);
		});
		db.close();
		return count;
	},
	{ factIds, logCount }
);

/** @type {{ card: number[], undo: number[] }} */
const timings = { card: [], undo: [] };
for (let run = 0; run < 5; run += 1) {
	const started = Date.now();
	await page.goto(`${url}/flashcards`);
	await page.locator('.cue').waitFor();
	timings.card.push(Date.now() - started);

	const rated = await page.locator('.cue').textContent();
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.getByRole('button', { name: /^Good/ }).click();
	await page.waitForFunction((text) => document.querySelector('.cue')?.textContent !== text, rated);
	const undo = page.getByRole('button', { name: /^Undo/ });
	const undoStarted = Date.now();
	await undo.click();
	// Undone: the rated card is back on screen.
	await page.waitForFunction((text) => document.querySelector('.cue')?.textContent === text, rated);
	timings.undo.push(Date.now() - undoStarted);
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`review logs stored: ${seeded}`);
console.log(
	`/flashcards shows a card: median ${median(timings.card)} ms (runs: ${timings.card.join(', ')})`
);
console.log(`Undo completes: median ${median(timings.undo)} ms (runs: ${timings.undo.join(', ')})`);
await context.close();
await rm(profile, { recursive: true, force: true });
server.close();
