import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.js';
import { useApp, waitForServiceWorkerControl, type AppHandle } from './support/app';
import { crashPage, killBrowser } from './support/faults';
import {
	answerLearnStep,
	currentLearnSession,
	learnStepOnScreen,
	nextLearnStep
} from './support/learn';
import { answer, currentSession, giveAnswer, questionOnScreen } from './support/quiz';
import { readStore } from './support/store';

// Faults a phone inflicts on a study session, each followed by what the learner finds: every
// answer or rating the screen confirmed (feedback shown, the next card shown) is stored, and
// the session resumes exactly where it stood. Each test prints its figures.

const day = 24 * 60 * 60 * 1000;
// 09:00 UTC on 28 November: clear of the 04:00 study-day rollover on either side.
const dayOne = Date.UTC(2026, 10, 28, 9);

interface StoredQuizAnswer {
	quizId: string;
	questionIndex: number;
	questionId: string;
	correct: boolean;
	perFact: { factId: string; correct: boolean }[];
}

interface StoredLearnAnswer {
	sessionId: string;
	step: number;
	questionId: string;
	correct: boolean;
	certainty: number;
	studyDay: string;
}

interface StoredLog {
	factId: string;
	source: 'flashcard' | 'quiz' | 'learn';
	reviewedAt: number;
	studyDay: string;
	log: { rating: string };
}

interface StoredMemory {
	factId: string;
	memory: { reps: number };
}

// A server of the suite's own, so that one test can publish a "next release" of the service
// worker (as update.test.ts does), and the page can report unload-time events to it.
const currentWorker = readFileSync('build/sw.js', 'utf8');
let released = false;
/** Unload-time events the pages reported (see `watchUnloads`), in order. */
const unloadBeacons: string[] = [];
let server: Server;
let serverURL: string;

beforeAll(async () => {
	({ server, url: serverURL } = await startStaticServer({
		override: (pathname) => {
			if (pathname.startsWith('/__unload/')) {
				unloadBeacons.push(pathname.slice('/__unload/'.length));
				return '';
			}
			return pathname === '/sw.js' && released ? `${currentWorker}\n// next release\n` : undefined;
		}
	}));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Text as one line, for the printed figures. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Opens a route and waits until it is hydrated. */
async function open(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('html[data-ready]').waitFor();
}

/**
 * Makes the app's pages report every unload-time event (beforeunload, pagehide, the page
 * hidden) by beacon, the one request made to outlive its page, so that a test can show that a
 * fault ran none of the app's handlers (a reload reports all three).
 */
async function watchUnloads(app: AppHandle): Promise<void> {
	await app.context.addInitScript(() => {
		const report = (type: string) => {
			if (location.origin !== 'null') navigator.sendBeacon(`${location.origin}/__unload/${type}`);
		};
		for (const type of ['beforeunload', 'pagehide'])
			window.addEventListener(type, () => report(type));
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'hidden') report('hidden');
		});
	});
}

/**
 * The page dies without unloading (its renderer crashed), then the browser is killed, and the
 * learner opens the app again on the same profile. Returns the unload-time events reported
 * meanwhile: none, for the fault to be the one claimed.
 */
async function crashAndReopen(app: AppHandle): Promise<string[]> {
	const before = unloadBeacons.length;
	await crashPage(app.context, app.page);
	await killBrowser(app);
	await app.relaunch();
	await watchUnloads(app);
	return unloadBeacons.slice(before);
}

// A crash and two relaunches take a while on a loaded 2-core machine.
describe('faults', { timeout: 120_000 }, () => {
	const app = useApp({ baseURL: () => serverURL });

	beforeEach(() => {
		released = false;
		unloadBeacons.length = 0;
	});

	test('a page closed without unload mid-quiz keeps every answer whose feedback showed, and resumes where it stood', async () => {
		await watchUnloads(app);
		await open(app.page, app.baseURL + '/quiz');
		await app.page.getByRole('radio', { name: '10', exact: true }).check({ force: true });
		await app.page.getByRole('button', { name: 'Start quiz' }).click();

		// Three answers, each confirmed by its feedback; the third's feedback is on screen.
		const confirmed: { questionId: string; correct: boolean }[] = [];
		for (let index = 0; index < 3; index++) {
			await app.page.getByText(`Question ${index + 1} of 10`).waitFor();
			const question = await questionOnScreen(app.page);
			await answer(app.page, question, index !== 1);
			confirmed.push({ questionId: question.id, correct: index !== 1 });
			if (index < 2) await app.page.getByRole('button', { name: 'Next question' }).click();
		}
		const quizId = (await currentSession(app.page)).id;
		const verdict = await app.page.locator('.verdict').innerText();

		expect(await crashAndReopen(app)).toEqual([]);
		await open(app.page, app.baseURL + '/quiz');
		await app.page.getByText('You stopped after 3 of 10 questions').waitFor();
		const storedAnswers = async () =>
			(await readStore<StoredQuizAnswer>(app.page, 'quizAnswers'))
				.filter((stored) => stored.quizId === quizId)
				.sort((a, b) => a.questionIndex - b.questionIndex);
		const afterFirst = await storedAnswers();
		expect(afterFirst.map(({ questionId, correct }) => ({ questionId, correct }))).toEqual(
			confirmed
		);
		// Each answer rated each fact it tests, once.
		const quizLogs = async () =>
			(await readStore<StoredLog>(app.page, 'reviewLogs')).filter((log) => log.source === 'quiz');
		const factsRated = (answers: StoredQuizAnswer[]) =>
			answers.reduce((sum, stored) => sum + stored.perFact.length, 0);
		expect((await quizLogs()).length).toBe(factsRated(afterFirst));

		// Resume shows what the screen showed: question 3, its feedback, the same verdict.
		await app.page.getByRole('button', { name: 'Resume quiz' }).click();
		await app.page.getByText('Question 3 of 10').waitFor();
		await app.page.locator('.feedback').waitFor();
		expect(await app.page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(
			confirmed[2]?.questionId
		);
		expect(await app.page.locator('.verdict').innerText()).toBe(verdict);

		// Again, on a question not yet answered: question 4 answered, question 5 on screen.
		await app.page.getByRole('button', { name: 'Next question' }).click();
		await app.page.getByText('Question 4 of 10').waitFor();
		const fourth = await questionOnScreen(app.page);
		await answer(app.page, fourth, true);
		confirmed.push({ questionId: fourth.id, correct: true });
		await app.page.getByRole('button', { name: 'Next question' }).click();
		await app.page.getByText('Question 5 of 10').waitFor();
		const fifth = await app.page.locator('[data-question-id]').getAttribute('data-question-id');
		// Which question is on screen is kept just after the move, which never waits for it (the
		// answers are already safe): a crash within those milliseconds would resume one back, at
		// question 4 with its feedback. A learner reads the question first.
		await expect.poll(async () => (await currentSession(app.page)).position).toBe(4);

		expect(await crashAndReopen(app)).toEqual([]);
		await open(app.page, app.baseURL + '/quiz');
		await app.page.getByText('You stopped after 4 of 10 questions').waitFor();
		const afterSecond = await storedAnswers();
		expect(afterSecond.map(({ questionId, correct }) => ({ questionId, correct }))).toEqual(
			confirmed
		);
		expect((await quizLogs()).length).toBe(factsRated(afterSecond));
		await app.page.getByRole('button', { name: 'Resume quiz' }).click();
		await app.page.getByText('Question 5 of 10').waitFor();
		expect(await app.page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(
			fifth
		);
		expect(await app.page.locator('.feedback').count()).toBe(0);

		console.log(
			`mid-quiz crash: 3 answers confirmed, ${afterFirst.length} stored ` +
				`(${factsRated(afterFirst)} fact ratings), resumed at question 3 of 10 with its feedback; ` +
				`then 4 confirmed, ${afterSecond.length} stored (${factsRated(afterSecond)} fact ratings), ` +
				`resumed at question 5 of 10 unanswered`
		);
	});

	test('a page closed without unload mid-review keeps every rating the next card confirmed, and shows the same card', async () => {
		await watchUnloads(app);
		await app.context.clock.setFixedTime(dayOne);
		await open(app.page, app.baseURL + '/flashcards');
		const cue = () => app.page.locator('.cue').innerText();

		const rated: { cue: string; rating: string }[] = [];
		for (const [index, rating] of (['Good', 'Again', 'Easy'] as const).entries()) {
			await app.context.clock.setFixedTime(dayOne + index * 10_000);
			rated.push({ cue: await cue(), rating: rating.toLowerCase() });
			await app.page.getByRole('button', { name: /Show answer/ }).click();
			await app.page.getByRole('button', { name: new RegExp(`^${rating}`) }).click();
			// The rating is confirmed when the next card shows.
			await app.page.getByText(`${19 - index} left`).waitFor();
		}
		const onScreen = await cue();
		expect(rated.map((item) => item.cue)).not.toContain(onScreen);
		// Its answer shown, not yet rated: nothing of it is confirmed.
		await app.page.getByRole('button', { name: /Show answer/ }).click();
		await app.page.getByRole('group', { name: 'How well did you remember?' }).waitFor();

		expect(await crashAndReopen(app)).toEqual([]);
		await app.context.clock.setFixedTime(dayOne + 30_000);
		await open(app.page, app.baseURL + '/flashcards');
		await app.page.getByText('17 left').waitFor();
		expect(await cue()).toBe(onScreen);
		expect(await app.page.getByRole('button', { name: /Show answer/ }).count()).toBe(1);

		const logs = (await readStore<StoredLog>(app.page, 'reviewLogs')).sort(
			(a, b) => a.reviewedAt - b.reviewedAt
		);
		const memories = await readStore<StoredMemory>(app.page, 'memories');
		expect(logs.map((log) => log.log.rating)).toEqual(rated.map((item) => item.rating));
		expect(logs.every((log) => log.source === 'flashcard')).toBe(true);
		expect(memories.map((memory) => memory.memory.reps)).toEqual([1, 1, 1]);
		expect(memories.map((memory) => memory.factId).sort()).toEqual(
			logs.map((log) => log.factId).sort()
		);

		console.log(
			`mid-review crash: ${rated.length} ratings confirmed (${rated.map((item) => item.rating).join(', ')}), ` +
				`${logs.length} stored on ${memories.length} memories, resumed at the same card with 17 left`
		);
	});

	test('a page closed without unload mid-Learn-round keeps every answer whose feedback showed, and resumes at that step', async () => {
		await watchUnloads(app);
		await app.context.clock.setFixedTime(dayOne);
		await open(app.page, app.baseURL + '/learn');
		await app.page.getByRole('button', { name: "Start today's session" }).click();

		const confirmed: { questionId: string; correct: boolean }[] = [];
		for (let index = 0; index < 3; index++) {
			await app.page.locator('[data-question-id]').waitFor();
			const step = await answerLearnStep(app.page, index !== 1);
			confirmed.push({ questionId: step.question.id, correct: index !== 1 });
			if (index < 2) await nextLearnStep(app.page);
		}
		const sessionId = (await currentLearnSession(app.page)).id;
		const shown = {
			status: await app.page.getByTestId('learn-status').innerText(),
			marks: await app.page.getByTestId('learn-marks').innerText(),
			verdict: await app.page.locator('.verdict').innerText()
		};

		expect(await crashAndReopen(app)).toEqual([]);
		await app.context.clock.setFixedTime(dayOne + 60_000);
		await open(app.page, app.baseURL + '/learn');
		await app.page.locator('.feedback').waitFor();
		expect(await app.page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(
			confirmed[2]?.questionId
		);
		expect({
			status: await app.page.getByTestId('learn-status').innerText(),
			marks: await app.page.getByTestId('learn-marks').innerText(),
			verdict: await app.page.locator('.verdict').innerText()
		}).toEqual(shown);
		const storedAnswers = async () =>
			(await readStore<StoredLearnAnswer>(app.page, 'learnAnswers'))
				.filter((stored) => stored.sessionId === sessionId)
				.sort((a, b) => a.step - b.step);
		const learnLogs = async () =>
			(await readStore<StoredLog>(app.page, 'reviewLogs')).filter((log) => log.source === 'learn');
		const afterFirst = await storedAnswers();
		expect(afterFirst.map(({ questionId, correct }) => ({ questionId, correct }))).toEqual(
			confirmed
		);
		expect((await learnLogs()).length).toBe(afterFirst.length);

		// Again with an answer given but its certainty not yet said: not confirmed, not kept.
		await nextLearnStep(app.page);
		const fourth = await learnStepOnScreen(app.page);
		await giveAnswer(app.page, fourth.question, true);
		await app.page.getByRole('heading', { name: 'How sure are you?' }).waitFor();

		expect(await crashAndReopen(app)).toEqual([]);
		await app.context.clock.setFixedTime(dayOne + 120_000);
		await open(app.page, app.baseURL + '/learn');
		await app.page.locator('[data-question-id]').waitFor();
		expect(await app.page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(
			fourth.question.id
		);
		expect(await app.page.locator('.feedback').count()).toBe(0);
		expect(await app.page.getByRole('heading', { name: 'How sure are you?' }).count()).toBe(0);
		const afterSecond = await storedAnswers();
		expect(afterSecond).toHaveLength(3);
		expect((await learnLogs()).length).toBe(3);
		const status = await app.page.getByTestId('learn-status').innerText();

		console.log(
			`mid-Learn crash: 3 answers confirmed, ${afterFirst.length} stored with ` +
				`${afterFirst.length} Learn ratings, resumed at step 3 with its feedback ` +
				`(${oneLine(shown.status)}); an unconfirmed 4th: ${afterSecond.length} stored, ` +
				`resumed at step 4 unanswered (${oneLine(status)})`
		);
	});

	test('offline mid-Learn-round: answers go on being stored, and the round ends and resumes offline', async () => {
		await app.context.clock.setFixedTime(dayOne);
		await open(app.page, app.baseURL + '/learn');
		await waitForServiceWorkerControl(app.page);
		await app.page.getByRole('button', { name: "Start today's session" }).click();

		const given: boolean[] = [];
		const answerAndGoOn = async (right: boolean) => {
			await app.page.locator('[data-question-id]').waitFor();
			await answerLearnStep(app.page, right);
			given.push(right);
			await nextLearnStep(app.page);
		};
		await answerAndGoOn(true);
		await answerAndGoOn(true);

		await app.context.setOffline(true);
		await app.page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
		for (const right of [true, false, true, true, true]) await answerAndGoOn(right);
		const summary = app.page.getByRole('heading', { name: 'Round 1 done' });
		await summary.waitFor();
		const score = await app.page.locator('.summary .score').innerText();
		expect(score).toMatch(/^6 of 7 right/);

		// A reload offline, from the service worker: the same summary, the same answers.
		const response = await app.page.reload();
		expect(response?.fromServiceWorker()).toBe(true);
		await app.page.locator('html[data-ready]').waitFor();
		await summary.waitFor();
		expect(await app.page.locator('.summary .score').innerText()).toBe(score);
		const sessionId = (await currentLearnSession(app.page)).id;
		const stored = (await readStore<StoredLearnAnswer>(app.page, 'learnAnswers'))
			.filter((answer) => answer.sessionId === sessionId)
			.sort((a, b) => a.step - b.step);
		expect(stored.map((answer) => answer.correct)).toEqual(given);
		const logs = (await readStore<StoredLog>(app.page, 'reviewLogs')).filter(
			(log) => log.source === 'learn'
		);
		expect(logs).toHaveLength(7);

		// The next round opens offline too.
		await app.page.getByRole('button', { name: 'Next round' }).click();
		await app.page.locator('[data-question-id]').waitFor();
		const status = await app.page.getByTestId('learn-status').innerText();
		expect(status).toMatch(/^Round 2/);
		await app.context.setOffline(false);

		console.log(
			`offline mid-Learn: 2 answers online, 5 offline, ${stored.length} stored with ` +
				`${logs.length} Learn ratings; after an offline reload "${oneLine(score)}", ` +
				`round 2 opened offline (${oneLine(status)})`
		);
	});

	test('a new service worker mid-quiz waits: the quiz goes on, and the prompt comes once it is left', async () => {
		await open(app.page, app.baseURL + '/quiz');
		await waitForServiceWorkerControl(app.page);
		await app.page.evaluate(() => Object.assign(window, { sameDocument: true }));
		await app.page.getByRole('radio', { name: '10', exact: true }).check({ force: true });
		await app.page.getByRole('button', { name: 'Start quiz' }).click();
		const prompt = app.page.getByRole('status').filter({ hasText: 'New version available' });

		const confirmed: string[] = [];
		const answerAndGoOn = async (index: number) => {
			await app.page.getByText(`Question ${index} of 10`).waitFor();
			const question = await questionOnScreen(app.page);
			await answer(app.page, question, true);
			confirmed.push(question.id);
			await app.page.getByRole('button', { name: 'Next question' }).click();
		};
		await answerAndGoOn(1);
		await answerAndGoOn(2);

		// The next release is published; the app finds it when the page is shown again.
		released = true;
		await app.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		const waiting = () =>
			app.page.evaluate(
				async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state
			);
		await expect.poll(waiting, { timeout: 15_000 }).toBe('installed');

		// The quiz goes on in the same document, under the old worker, and no prompt interrupts it.
		for (const index of [3, 4]) {
			await answerAndGoOn(index);
			expect(await prompt.count()).toBe(0);
		}
		await app.page.getByText('Question 5 of 10').waitFor();
		const fifth = await app.page.locator('[data-question-id]').getAttribute('data-question-id');
		expect(await app.page.evaluate(() => 'sameDocument' in window)).toBe(true);
		expect(await waiting()).toBe('installed');
		const quizId = (await currentSession(app.page)).id;
		const stored = (await readStore<StoredQuizAnswer>(app.page, 'quizAnswers'))
			.filter((answer) => answer.quizId === quizId)
			.sort((a, b) => a.questionIndex - b.questionIndex);
		expect(stored.map((answer) => answer.questionId)).toEqual(confirmed);

		// Left, the offer shows; taken, the new version reloads the page and the quiz resumes.
		await app.page.getByRole('button', { name: 'Leave' }).click();
		await prompt.waitFor();
		await Promise.all([
			app.page.waitForEvent('load'),
			prompt.getByRole('button', { name: 'Reload' }).click()
		]);
		expect(await app.page.evaluate(() => 'sameDocument' in window)).toBe(false);
		await app.page.locator('html[data-ready]').waitFor();
		await waitForServiceWorkerControl(app.page);
		expect(await waiting()).toBeUndefined();
		await app.page.getByText('You stopped after 4 of 10 questions').waitFor();
		const afterReload = (await readStore<StoredQuizAnswer>(app.page, 'quizAnswers'))
			.filter((answer) => answer.quizId === quizId)
			.sort((a, b) => a.questionIndex - b.questionIndex);
		expect(afterReload.map((answer) => answer.questionId)).toEqual(confirmed);
		await app.page.getByRole('button', { name: 'Resume quiz' }).click();
		await app.page.getByText('Question 5 of 10').waitFor();
		expect(await app.page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(
			fifth
		);

		console.log(
			`new service worker mid-quiz: 2 answers before it was installed, 2 after with no prompt, ` +
				`${stored.length} stored; prompt shown on leaving; after the reload into it, ` +
				`${afterReload.length} stored, resumed at question 5 of 10`
		);
	});

	test('two tabs on one Learn session: the first answer to a step stands, each step is rated once, both tabs agree', async () => {
		await app.context.clock.setFixedTime(dayOne);
		const tabA = app.page;
		await open(tabA, app.baseURL + '/learn');
		await tabA.getByRole('button', { name: "Start today's session" }).click();
		await tabA.locator('[data-question-id]').waitFor();
		const tabB = await app.context.newPage();
		await open(tabB, app.baseURL + '/learn');
		await tabB.locator('[data-question-id]').waitFor();
		const questionId = (page: Page) =>
			page.locator('[data-question-id]').getAttribute('data-question-id');
		expect(await questionId(tabB)).toBe(await questionId(tabA));

		/** `first` answers the step right; `second`, still on it, answers it wrong and is told. */
		const race = async (first: Page, second: Page) => {
			const step = await answerLearnStep(first, true, 'Sure');
			await giveAnswer(second, step.question, false);
			await second.getByRole('button', { name: /^Unsure/ }).click();
			await second.getByRole('status').filter({ hasText: 'answered in another tab' }).waitFor();
			await second.locator('.feedback').waitFor();
			expect(await second.locator('.verdict').innerText()).toMatch(/^Right/);
			expect(await second.getByTestId('learn-marks').innerText()).toMatch(/^Sure: \+3 marks/);
			return step;
		};
		const first = await race(tabA, tabB);
		// Both go on: the same next step on both, asked once.
		await nextLearnStep(tabA);
		await nextLearnStep(tabB);
		expect(await questionId(tabB)).toBe(await questionId(tabA));
		const second = await race(tabB, tabA);

		const session = await currentLearnSession(tabA);
		const stored = (await readStore<StoredLearnAnswer>(tabA, 'learnAnswers')).sort(
			(a, b) => a.step - b.step
		);
		expect(session.steps.map((step) => step.question.id)).toEqual([
			first.question.id,
			second.question.id
		]);
		expect(
			stored.map(({ questionId, correct, certainty }) => [questionId, correct, certainty])
		).toEqual([
			[first.question.id, true, 3],
			[second.question.id, true, 3]
		]);
		const logs = (await readStore<StoredLog>(tabA, 'reviewLogs')).filter(
			(log) => log.source === 'learn'
		);
		const memories = await readStore<StoredMemory>(tabA, 'memories');
		expect(logs).toHaveLength(2);
		expect(memories.map((memory) => memory.memory.reps)).toEqual([1, 1]);
		// Both tabs show the same score: +6 from two sure right answers.
		for (const tab of [tabA, tabB]) {
			expect(await tab.getByTestId('learn-status').innerText()).toMatch(/\+6 marks/);
		}
		const status = oneLine(await tabA.getByTestId('learn-status').innerText());
		await tabB.close();

		console.log(
			`two tabs on one Learn session: 4 answers given to 2 steps, ${stored.length} stored ` +
				`(the first of each), ${logs.length} Learn ratings on ${memories.length} memories, ` +
				`both tabs at "${status}"`
		);
	});

	test('a clock moved back a day mid-Learn-round: the session under way resumes at its step, and goes on', async () => {
		await app.context.clock.setFixedTime(dayOne);
		await open(app.page, app.baseURL + '/learn');
		await app.page.getByRole('button', { name: "Start today's session" }).click();
		await app.page.locator('[data-question-id]').waitFor();
		await answerLearnStep(app.page, true);
		await nextLearnStep(app.page);
		const second = await answerLearnStep(app.page, true);
		const status = await app.page.getByTestId('learn-status').innerText();
		const sessionId = (await currentLearnSession(app.page)).id;

		// The device's clock goes back a day (a wrong time zone corrected, a manual change), and
		// the learner comes back to Learn.
		await app.context.clock.setFixedTime(dayOne - day + 60_000);
		await open(app.page, app.baseURL + '/learn');
		const start = app.page.getByRole('button', { name: "Start today's session" });
		await app.page.locator('.feedback').or(start).waitFor();
		// The session is not taken for yesterday's and closed: it is still open, on its step.
		const stored = await readStore<{ id: string; startedAt: number; finishedAt: number | null }>(
			app.page,
			'learnSessions'
		);
		expect(stored.map(({ id, finishedAt }) => ({ id, finishedAt }))).toEqual([
			{ id: sessionId, finishedAt: null }
		]);
		expect(await start.count()).toBe(0);
		expect(await app.page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(
			second.question.id
		);
		expect(await app.page.getByTestId('learn-status').innerText()).toBe(status);

		// It goes on: a third answer, stored on the day the clock now says.
		await nextLearnStep(app.page);
		await answerLearnStep(app.page, true);
		const answers = (await readStore<StoredLearnAnswer>(app.page, 'learnAnswers'))
			.filter((answer) => answer.sessionId === sessionId)
			.sort((a, b) => a.step - b.step);
		expect(answers.map((answer) => answer.studyDay)).toEqual([
			'2026-11-28',
			'2026-11-28',
			'2026-11-27'
		]);
		const logs = (await readStore<StoredLog>(app.page, 'reviewLogs')).filter(
			(log) => log.source === 'learn'
		);
		expect(logs).toHaveLength(3);
		const after = oneLine(await app.page.getByTestId('learn-status').innerText());

		console.log(
			`clock back a day mid-Learn: 2 answers confirmed, resumed at step 2 with its feedback ` +
				`(${oneLine(status)}), session still open; a 3rd answer on the earlier day: ` +
				`${answers.length} stored, ${logs.length} Learn ratings (${after})`
		);
	});

	test('a clock moved back a day mid-review: ratings go on, and Undo takes back exactly the rating it names', async () => {
		await app.context.clock.setFixedTime(dayOne);
		await open(app.page, app.baseURL + '/flashcards');
		const cue = () => app.page.locator('.cue').innerText();
		const rate = async (rating: 'Good' | 'Easy' | 'Hard', left: number) => {
			const shown = await cue();
			await app.page.getByRole('button', { name: /Show answer/ }).click();
			await app.page.getByRole('button', { name: new RegExp(`^${rating}`) }).click();
			await app.page.getByText(`${left} left`).waitFor();
			return shown;
		};
		await rate('Good', 19);
		await app.context.clock.setFixedTime(dayOne + 10_000);
		await rate('Easy', 18);

		// The clock goes back a day; the review goes on with the card on screen.
		await app.context.clock.setFixedTime(dayOne - day + 60_000);
		const hardCard = await rate('Hard', 17);
		const undo = app.page.getByRole('button', { name: /^Undo/ });
		expect(await undo.innerText()).toContain(`Hard on “${hardCard}”`);
		const beforeUndo = (await readStore<StoredLog>(app.page, 'reviewLogs')).length;

		await undo.click();
		await app.page.getByText('18 left').waitFor();
		const logs = (await readStore<StoredLog>(app.page, 'reviewLogs')).sort(
			(a, b) => a.reviewedAt - b.reviewedAt
		);
		expect(logs.map((log) => [log.studyDay, log.log.rating])).toEqual([
			['2026-11-28', 'good'],
			['2026-11-28', 'easy']
		]);
		expect(await cue()).toBe(hardCard);
		const memories = await readStore<StoredMemory>(app.page, 'memories');
		expect(memories.filter((memory) => memory.memory.reps > 0)).toHaveLength(2);

		// The same after a reload: the two day-one ratings stand.
		await open(app.page, app.baseURL + '/flashcards');
		await app.page.getByText('18 left').waitFor();
		expect(await cue()).toBe(hardCard);

		console.log(
			`clock back a day mid-review: 3 ratings confirmed (2 on day one, Hard a day earlier), ` +
				`${beforeUndo} stored; Undo named and took back the Hard, ${logs.length} day-one ratings ` +
				`kept (${logs.map((log) => log.log.rating).join(', ')}), 18 left`
		);
	});
});
