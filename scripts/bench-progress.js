// `npm run bench:progress` (and part of `npm run bench`): the progress page with a long
// history, in real Chromium. Seeds the app's IndexedDB with a year of study: 100,000 review
// logs (80,000 flashcard ratings, 20,000 from quiz answers), the 20,000 quiz answers in 2,000
// finished quizzes of real questions, and a memory per fact. The records are written into the
// database at schema v9, as a device updated from that release holds them: the app's first
// open upgrades it to v10, which tallies every study day (timed on its own). Then opens
// /progress in a new tab several times and reports the median time from navigation to the
// last figure drawn, and the JS heap. Then the same with a few days' study (30 logs), in a
// fresh profile: the page's own cost, so that what the year adds is plain. Reported, never
// asserted (goals: 300 ms, under 50 MB). In both profiles it also times /quiz to its start
// screen, which waits for the unfinished quiz and the newest past quizzes to be read.
//
// "Last figure drawn": ProgressController.load sets the statistics (every chart, the memory
// map, the quiz history) and today's work left ("Left today", `.work`) from one set of reads
// (the count of all past quizzes, "newest 50 of N", comes after and is not timed). So the page is complete when the five charts (their `<title>` ids), the memory
// map's tiles and `.work` are in the DOM; "drawn" is the frame after that (a timeout inside
// requestAnimationFrame runs once the frame is painted).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createDatabase, launchApp, median } from './lib/bench-browser.js';
import { decodeSnapshot, restoreDatabase } from './lib/idb-snapshot.js';
import { startStaticServer } from './static-server.js';

const packId = 'china-taliban-recognition';
const megabyte = 1_000_000;

/**
 * @typedef {object} ProgressRun
 * @property {number} charts ms from navigation start to every chart and the memory map in the DOM.
 * @property {number} done ms from navigation start to everything the page shows in the DOM.
 * @property {number} drawn ms from navigation start to the frame after `done` painted.
 * @property {number} wall ms from asking for the page (in Node) to seeing `drawn`.
 * @property {number} peakHeap JS heap used at most while loading, sampled every 5 ms, bytes.
 * @property {number} retainedHeap JS heap used once loaded, after a full garbage collection, bytes.
 */

/** @typedef {{ charts: number | null, done: number | null, drawn: number | null, peakHeap: number }} Marks */

/**
 * Starts one quiz from the quiz screen and returns its stored questions; then discards it.
 * The quizzes seeded are copies of a few of these: real questions of the real pack.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @returns {Promise<unknown[]>}
 */
async function realQuiz(page, url) {
	await page.goto(`${url}/quiz`, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: /^Start/ }).click();
	await page.locator('[data-question-id]').waitFor();
	const questions = await page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const request = indexedDB.open('sourced');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const all = request.result
						.transaction('quizSessions')
						.objectStore('quizSessions')
						.getAll();
					all.onsuccess = () => {
						request.result.close();
						/** @type {{ startedAt: number, questions: unknown[] }[]} */
						const sessions = all.result;
						resolve(sessions.sort((a, b) => b.startedAt - a.startedAt)[0]?.questions ?? []);
					};
					all.onerror = () => reject(all.error);
				};
			})
	);
	await page.goto(`${url}/quiz`, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Discard' }).click();
	await page.getByRole('button', { name: 'Discard' }).waitFor({ state: 'detached' });
	return /** @type {unknown[]} */ (questions);
}

/**
 * Writes the history into the app's database in one transaction; returns the counts stored.
 * Runs in the page: self-contained.
 * @param {{ packId: string, factIds: string[], templates: { id: string, kind: string, factIds: string[] }[][], logCount: number, answerCount: number, days: number }} input
 */
async function seedHistory({ packId, factIds, templates, logCount, answerCount, days }) {
	const day = 86_400_000;
	const end = Date.now() - 60_000;
	const start = end - days * day;
	/** @param {number} value */
	const pad = (value) => String(value).padStart(2, '0');
	/** The study day's name: days roll over at 04:00 local time. @param {number} at */
	const studyDay = (at) => {
		const date = new Date(at - 4 * 3_600_000);
		return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	};
	/** @param {string} factId */
	const memoryIdOf = (factId) => `${packId}:${factId}`;
	/** @param {number} due @param {string} state @param {number} stability */
	const memory = (due, state, stability) => ({
		due,
		stability,
		difficulty: 5,
		elapsedDays: Math.round(stability),
		scheduledDays: state === 'review' ? Math.round(stability) : 0,
		learningStep: 0,
		reps: 10,
		lapses: 1,
		state,
		lastReview: due - Math.max(1, Math.round(stability)) * day
	});
	/** @param {number} at @param {string} rating @param {ReturnType<typeof memory>} before */
	const reviewLog = (at, rating, before) => ({
		rating,
		reviewedAt: at,
		stateBefore: before.state,
		stateAfter: rating === 'again' ? 'relearning' : 'review',
		dueBefore: before.due,
		dueAfter: at + 20 * day,
		elapsedDays: 20,
		scheduledDays: 20,
		stabilityAfter: 20,
		difficultyAfter: 5,
		before
	});
	const db = /** @type {IDBDatabase} */ (
		await new Promise((resolve, reject) => {
			const request = indexedDB.open('sourced');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		})
	);
	const stores = ['memories', 'reviewLogs', 'quizSessions', 'quizAnswers'];
	const tx = db.transaction(stores, 'readwrite');
	const memories = tx.objectStore('memories');
	const logs = tx.objectStore('reviewLogs');
	const sessions = tx.objectStore('quizSessions');
	const answers = tx.objectStore('quizAnswers');
	sessions.clear();

	// A memory per fact: some overdue, some learning, most due over the next two months.
	factIds.forEach((factId, i) => {
		const state = i % 10 === 0 ? 'learning' : i % 17 === 0 ? 'relearning' : 'review';
		const due = state === 'review' ? end + ((i % 60) - 5) * day : end - (i % 3) * 600_000 + 300_000;
		memories.put({
			id: memoryIdOf(factId),
			packId,
			packVersion: 2,
			factId,
			due,
			memory: memory(due, state, 2 + (i % 90))
		});
	});

	// Finished quizzes of ten questions, spread over the period, each answer rating its first fact.
	let answered = 0;
	for (let quiz = 0; answered < answerCount; quiz += 1) {
		const questions = templates[quiz % templates.length] ?? [];
		if (questions.length === 0) throw new Error('no quiz questions to copy');
		const quizId = `bench-quiz-${quiz}`;
		const startedAt = start + Math.floor(((answered + 0.5) / answerCount) * (end - start));
		const asked = questions.slice(0, answerCount - answered);
		sessions.put({
			id: quizId,
			packId,
			packVersion: 2,
			seed: quiz + 1,
			options: { length: 10, kinds: [], topics: [] },
			questions,
			startedAt,
			finishedAt: startedAt + (asked.length + 1) * 20_000,
			abandoned: false,
			retryOf: null
		});
		asked.forEach((question, index) => {
			const answeredAt = startedAt + (index + 1) * 20_000;
			const correct = (quiz + index) % 4 !== 0;
			const answerId = `${quizId}:${question.id}`;
			answers.put({
				id: answerId,
				quizId,
				questionIndex: index,
				questionId: question.id,
				packId,
				packVersion: 2,
				factIds: question.factIds,
				kind: question.kind,
				given: { kind: question.kind },
				correct,
				score: correct ? 1 : 0,
				perFact: question.factIds.map((factId) => ({ factId, correct })),
				overridden: false,
				responseMs: 8_000 + ((quiz * 7 + index * 13) % 40) * 1_000,
				answeredAt,
				studyDay: studyDay(answeredAt)
			});
			const factId = question.factIds[0] ?? '';
			logs.put({
				id: `quiz:${answerId}:${factId}`,
				memoryId: memoryIdOf(factId),
				packId,
				packVersion: 2,
				factId,
				source: 'quiz',
				quizAnswerId: answerId,
				reviewedAt: answeredAt,
				studyDay: studyDay(answeredAt),
				log: reviewLog(answeredAt, correct ? 'good' : 'again', memory(answeredAt, 'review', 20))
			});
		});
		answered += asked.length;
	}

	// The flashcard ratings, evenly spread over the same period, facts in turn.
	const cards = logCount - answered;
	for (let i = 0; i < cards; i += 1) {
		const factId = factIds[i % factIds.length] ?? '';
		const reviewedAt = start + Math.floor(((i + 0.5) / cards) * (end - start));
		const rating = i % 9 === 0 ? 'again' : i % 13 === 0 ? 'easy' : 'good';
		logs.put({
			id: `card:${memoryIdOf(factId)}:${reviewedAt}`,
			memoryId: memoryIdOf(factId),
			packId,
			packVersion: 2,
			factId,
			source: 'flashcard',
			quizAnswerId: null,
			reviewedAt,
			studyDay: studyDay(reviewedAt),
			log: reviewLog(reviewedAt, rating, memory(reviewedAt, 'review', 20)),
			durationMs: 3_000 + ((i * 7) % 25) * 1_000
		});
	}
	await new Promise((resolve, reject) => {
		tx.oncomplete = resolve;
		tx.onerror = () => reject(tx.error);
	});
	/** @param {string} store @returns {Promise<number>} */
	const count = (store) =>
		new Promise((resolve, reject) => {
			const request = db.transaction(store).objectStore(store).count();
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	const counted = {
		reviewLogs: await count('reviewLogs'),
		quizAnswers: await count('quizAnswers'),
		quizSessions: await count('quizSessions'),
		memories: await count('memories')
	};
	db.close();
	return counted;
}

/**
 * Every fact id of the pack, in pack order, from the progress page's fact list (it lists them
 * all, studied or not).
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @returns {Promise<string[]>}
 */
async function allFactIds(page, url) {
	await page.goto(`${url}/progress`, { waitUntil: 'networkidle' });
	const links = page.locator('a[href^="/progress/fact?id="]');
	// The memory map's sentence list links facts too, folded away: present, not visible.
	await links.first().waitFor({ state: 'attached' });
	const hrefs = await links.evaluateAll((elements) =>
		elements.map((element) => element.getAttribute('href') ?? '')
	);
	return hrefs.map((href) => new URL(href, url).searchParams.get('id') ?? '');
}

/**
 * A year of study in the app's database (see the top of this file), written through the page.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {{ logCount: number, answerCount: number }} counts
 */
export async function seedProgressHistory(page, url, { logCount, answerCount }) {
	await createDatabase(page, url);
	const factIds = await allFactIds(page, url);
	const templates = [];
	for (let i = 0; i < 3; i += 1) templates.push(await realQuiz(page, url));
	// The app's database again, empty, at schema v9 (its stores as the v9 fixture holds them):
	// from a page of the app's origin that does not open it.
	await page.goto(`${url}/icon.svg`);
	await page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const request = indexedDB.deleteDatabase('sourced');
				request.onsuccess = () => resolve(undefined);
				request.onerror = () => reject(request.error);
				request.onblocked = () => reject(new Error('deleting the database was blocked'));
			})
	);
	await page.evaluate(restoreDatabase, emptyDatabaseAtV9());
	return page.evaluate(seedHistory, {
		packId,
		factIds,
		templates: /** @type {{ id: string, kind: string, factIds: string[] }[][]} */ (templates),
		logCount,
		answerCount,
		days: 365
	});
}

/**
 * The app's database at schema v9 with no rows, from the v9 migration fixture.
 * @returns {import('./lib/idb-snapshot.js').DatabaseSnapshot}
 */
function emptyDatabaseAtV9() {
	const fixture = JSON.parse(
		readFileSync(new URL('../tests/fixtures/schema/v9.json', import.meta.url), 'utf8')
	);
	const snapshot = decodeSnapshot(fixture.database);
	return { ...snapshot, stores: snapshot.stores.map((store) => ({ ...store, rows: [] })) };
}

/**
 * Installed in every page before its scripts: on /progress, records when the page is complete
 * and drawn (ms since navigation start) and the JS heap's peak while it loads.
 */
function watchProgressPage() {
	if (location.pathname !== '/progress') return;
	/** @type {Marks} */
	const marks = { charts: null, done: null, drawn: null, peakHeap: 0 };
	/** @type {Window & { __benchMarks?: Marks }} */ (window).__benchMarks = marks;
	const measured = /** @type {Performance & { memory?: { usedJSHeapSize: number } }} */ (
		performance
	);
	const sample = () => {
		marks.peakHeap = Math.max(marks.peakHeap, measured.memory?.usedJSHeapSize ?? 0);
	};
	const sampler = setInterval(sample, 5);
	const charts = ['forecast', 'accuracy-cards', 'accuracy-quiz', 'time', 'heatmap'];
	const check = () => {
		sample();
		if (
			marks.charts === null &&
			charts.every((id) => document.getElementById(`${id}-title`)) &&
			document.querySelector('.tiles .tile')
		) {
			marks.charts = performance.now();
		}
		if (marks.charts !== null && marks.done === null && document.querySelector('.work')) {
			marks.done = performance.now();
			observer.disconnect();
			requestAnimationFrame(() =>
				setTimeout(() => {
					sample();
					clearInterval(sampler);
					marks.drawn = performance.now();
				})
			);
		}
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { childList: true, subtree: true });
}

/**
 * Installed in every page before its scripts: on /quiz, records when the start screen is shown
 * (ms since navigation start). It shows once the unfinished quiz and the newest past quizzes
 * are read: with a year of quizzes stored, that is what it waits for.
 */
function watchQuizPage() {
	if (location.pathname !== '/quiz') return;
	/** @type {{ start: number | null }} */
	const marks = { start: null };
	/** @type {Window & { __quizMarks?: { start: number | null } }} */ (window).__quizMarks = marks;
	const observer = new MutationObserver(() => {
		if (document.querySelector('section.options')) {
			marks.start = performance.now();
			observer.disconnect();
		}
	});
	observer.observe(document, { childList: true, subtree: true });
}

/**
 * Opens /quiz in a new tab: ms from navigation start to its start screen.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @returns {Promise<number>}
 */
async function openQuiz(context, url) {
	const page = await context.newPage();
	await page.goto(`${url}/quiz`, { waitUntil: 'commit' });
	const handle = await page.waitForFunction(
		() =>
			/** @type {Window & { __quizMarks?: { start: number | null } }} */ (window).__quizMarks
				?.start,
		null,
		{ timeout: 180_000 }
	);
	const start = /** @type {number} */ (await handle.jsonValue());
	await page.close();
	return start;
}

/**
 * Opens /progress in a new tab and measures it (see `ProgressRun`).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @returns {Promise<ProgressRun>}
 */
async function openProgress(context, url) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.enable');
	const started = Date.now();
	await page.goto(`${url}/progress`, { waitUntil: 'commit' });
	await page.waitForFunction(
		() => /** @type {Window & { __benchMarks?: Marks }} */ (window).__benchMarks?.drawn != null,
		null,
		{ timeout: 180_000 }
	);
	const wall = Date.now() - started;
	const marks = await page.evaluate(
		() => /** @type {Window & { __benchMarks?: Marks }} */ (window).__benchMarks
	);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	await page.close();
	if (!marks || marks.charts === null || marks.done === null || marks.drawn === null) {
		throw new Error('/progress was not measured');
	}
	return {
		charts: marks.charts,
		done: marks.done,
		drawn: marks.drawn,
		wall,
		peakHeap: marks.peakHeap,
		retainedHeap: usedSize
	};
}

/**
 * Seeds the history and measures /progress `runs` times (after one run not counted, which
 * installs the service worker's caches). Needs the app served at `url` (a build).
 * @param {{ url: string, logCount?: number, answerCount?: number, runs?: number, log?: (line: string) => void }} options
 * @returns {Promise<import('./lib/bench-compare.js').Figures>}
 */
export async function benchProgress({
	url,
	logCount = 100_000,
	answerCount = 20_000,
	runs = 7,
	log = console.log
}) {
	const year = await measureHistory({ url, logCount, answerCount, runs, log, upgrade: true });
	// The same page over a few days' study: what the page costs before any history, so that
	// what a year of it adds is plain (the year's figure less this one).
	const days = await measureHistory({ url, ...shortHistory, runs, log, upgrade: false });
	const mb = (/** @type {number} */ bytes) => bytes / megabyte;
	const drawn = median(year.runs.map((run) => run.drawn));
	const floor = median(days.runs.map((run) => run.drawn));
	return {
		'browser: /progress, first open (upgrades to v10, which tallies the year, and v11) → drawn': {
			value: year.upgrade,
			unit: 'ms'
		},
		'browser: /progress, navigation → last figure drawn': { value: drawn, unit: 'ms' },
		'browser: /progress, navigation → charts in the DOM': {
			value: median(year.runs.map((run) => run.charts)),
			unit: 'ms'
		},
		'browser: /progress with 30 logs and 10 answers, navigation → drawn': {
			value: floor,
			unit: 'ms'
		},
		'browser: /progress, what the year adds (drawn, year less 30 logs)': {
			value: drawn - floor,
			unit: 'ms'
		},
		'browser: /quiz over the year, navigation → start screen': {
			value: median(year.quizStarts),
			unit: 'ms'
		},
		'browser: /quiz over 30 logs and 10 answers, navigation → start screen': {
			value: median(days.quizStarts),
			unit: 'ms'
		},
		'browser: /progress, JS heap peak while loading': {
			value: mb(median(year.runs.map((run) => run.peakHeap))),
			unit: 'MB'
		},
		'browser: /progress, JS heap after load (after GC)': {
			value: mb(median(year.runs.map((run) => run.retainedHeap))),
			unit: 'MB'
		}
	};
}

/** A few days' study: the page with next to no history. */
const shortHistory = { logCount: 30, answerCount: 10 };

/**
 * Seeds a history in a fresh profile and opens /progress `runs` times after one open not
 * counted (it installs the service worker's caches and, with `upgrade`, is timed as the
 * upgrade to v10). Needs the app served at `url` (a build).
 * @param {{ url: string, logCount: number, answerCount: number, runs: number, log: (line: string) => void, upgrade: boolean }} options
 * @returns {Promise<{ upgrade: number, runs: ProgressRun[], quizStarts: number[] }>}
 */
async function measureHistory({ url, logCount, answerCount, runs, log, upgrade }) {
	const app = await launchApp();
	try {
		const stored = await seedProgressHistory(app.page, url, { logCount, answerCount });
		const label = `${stored.reviewLogs} review logs, ${stored.quizAnswers} quiz answers`;
		log(
			`/progress: stored ${label} in ${stored.quizSessions} quizzes, ${stored.memories} memories`
		);
		await app.page.goto('about:blank');
		await app.context.addInitScript(watchProgressPage);
		await app.context.addInitScript(watchQuizPage);

		// The first open upgrades the database to v10, tallying the days, then draws the page.
		const first = await openProgress(app.context, url);
		if (upgrade) {
			log(
				`/progress first open (upgrades to v10, tallying every day, and v11, then drawn): ` +
					`${Math.round(first.drawn)} ms`
			);
		}
		/** @type {ProgressRun[]} */
		const measured = [];
		for (let run = 0; run < runs; run += 1) measured.push(await openProgress(app.context, url));

		const mb = (/** @type {number} */ bytes) => (bytes / megabyte).toFixed(1);
		for (const [index, run] of measured.entries()) {
			log(
				`/progress (${label}) run ${index + 1}: charts ${Math.round(run.charts)} ms, complete ` +
					`${Math.round(run.done)} ms, drawn ${Math.round(run.drawn)} ms (seen from Node ` +
					`${run.wall} ms); heap peak ${mb(run.peakHeap)} MB, after GC ${mb(run.retainedHeap)} MB`
			);
		}
		/** @type {number[]} */
		const quizStarts = [];
		for (let run = 0; run < runs; run += 1) quizStarts.push(await openQuiz(app.context, url));
		log(`/quiz (${label}) start screen: ${quizStarts.map(Math.round).join(', ')} ms`);
		return { upgrade: first.drawn, runs: measured, quizStarts };
	} finally {
		await app.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { server, url } = await startStaticServer();
	try {
		const figures = await benchProgress({
			url,
			logCount: Number(process.env.LOGS ?? 100_000),
			answerCount: Number(process.env.ANSWERS ?? 20_000),
			runs: Number(process.env.RUNS ?? 7)
		});
		for (const [name, { value, unit }] of Object.entries(figures)) {
			console.log(`${name}: median ${value.toFixed(unit === 'ms' ? 0 : 1)} ${unit}`);
		}
	} finally {
		server.close();
	}
}
