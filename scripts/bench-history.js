// `npm run bench:history` (and part of `npm run bench`): the flashcard screen with a long
// history, in real Chromium. Seeds 100,000 review logs (and a memory per fact) into the app's
// IndexedDB, then times how long /flashcards takes to show a card and how long Undo takes.
// Reported, never asserted: timings vary with the machine (goals: a card within 300 ms, Undo
// within 100 ms).
import { pathToFileURL } from 'node:url';
import { createDatabase, launchApp, median } from './lib/bench-browser.js';
import { startStaticServer } from './static-server.js';

/**
 * Seeds the history and measures the flashcard screen five times. Needs the app served at
 * `url` (a build).
 * @param {{ url: string, logCount?: number, log?: (line: string) => void }} options
 * @returns {Promise<import('./lib/bench-compare.js').Figures>}
 */
export async function benchHistory({ url, logCount = 100_000, log = console.log }) {
	const app = await launchApp();
	try {
		return await measure(app.page, url, logCount, log);
	} finally {
		await app.close();
	}
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {number} logCount
 * @param {(line: string) => void} log
 */
async function measure(page, url, logCount, log) {
	const factIds = await createDatabase(page, url);

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
		await page.waitForFunction(
			(text) => document.querySelector('.cue')?.textContent !== text,
			rated
		);
		const undo = page.getByRole('button', { name: /^Undo/ });
		const undoStarted = Date.now();
		await undo.click();
		// Undone: the rated card is back on screen.
		await page.waitForFunction(
			(text) => document.querySelector('.cue')?.textContent === text,
			rated
		);
		timings.undo.push(Date.now() - undoStarted);
	}

	log(`review logs stored: ${seeded}`);
	log(
		`/flashcards shows a card: median ${median(timings.card)} ms (runs: ${timings.card.join(', ')})`
	);
	log(`Undo completes: median ${median(timings.undo)} ms (runs: ${timings.undo.join(', ')})`);
	return {
		'browser: /flashcards with 100k review logs, navigation → a card': {
			value: median(timings.card),
			unit: 'ms'
		},
		'browser: /flashcards with 100k review logs, Undo': { value: median(timings.undo), unit: 'ms' }
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { server, url } = await startStaticServer();
	try {
		await benchHistory({ url, logCount: Number(process.env.LOGS ?? 100_000) });
	} finally {
		server.close();
	}
}
