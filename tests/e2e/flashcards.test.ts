import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { useApp, waitForServiceWorkerControl } from './support/app';
import { answer, onlyKinds, questionOnScreen } from './support/quiz';
import { putRecord, readStore } from './support/store';

interface StoredMemory {
	id: string;
	factId: string;
	due: number;
	memory: { state: string; reps: number; due: number };
}

interface StoredLog {
	memoryId: string;
	source: string;
	log: { rating: string };
}

describe('flashcards', () => {
	const app = useApp();

	const cue = () => app.page.locator('.cue').textContent();
	/** Where today's new facts went, as the flashcard screen says it. */
	const metLine = async () =>
		(await app.page.getByTestId('met-in-quizzes').textContent())?.replace(/\s+/g, ' ').trim();

	async function flipAndRate(name: 'Again' | 'Hard' | 'Good' | 'Easy') {
		await app.page.getByRole('button', { name: /Show answer/ }).click();
		await app.page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
	}

	test('on a small phone, a turned card scrolls to show its link to the article above the rating buttons', async () => {
		await app.page.setViewportSize({ width: 375, height: 667 });
		await app.page.goto(app.baseURL + '/flashcards');
		await app.page.locator('.cue').waitFor();
		await app.page.getByRole('button', { name: /Show answer/ }).click();
		const ratings = app.page.getByRole('group', { name: 'How well did you remember?' });
		await ratings.waitFor();
		const link = app.page.getByRole('link', { name: 'Show in article' });
		await expect
			.poll(async () => {
				const [linkBox, ratingsBox] = [await link.boundingBox(), await ratings.boundingBox()];
				return linkBox && ratingsBox ? linkBox.y + linkBox.height <= ratingsBox.y : false;
			})
			.toBe(true);
		// The answer itself stays on screen.
		const answerBox = await app.page.locator('.answer').boundingBox();
		expect(answerBox && answerBox.y >= 0).toBe(true);
	});

	test('a card rated in another tab is not rated again from this tab’s stale screen', async () => {
		const tabA = app.page;
		await tabA.goto(app.baseURL + '/flashcards');
		await tabA.locator('.cue').waitFor();
		const shown = await tabA.locator('.cue').textContent();
		await tabA.getByRole('button', { name: /Show answer/ }).click();

		const tabB = await app.context.newPage();
		await tabB.goto(app.baseURL + '/flashcards');
		await tabB.locator('.cue').waitFor();
		expect(await tabB.locator('.cue').textContent()).toBe(shown);
		await tabB.getByRole('button', { name: /Show answer/ }).click();
		await tabB.getByRole('button', { name: /^Good/ }).click();
		await expect.poll(async () => (await readStore<StoredLog>(tabB, 'reviewLogs')).length).toBe(1);

		await tabA.getByRole('button', { name: /^Easy/ }).click();
		await tabA.getByRole('status').filter({ hasText: 'rated in another tab' }).waitFor();
		const logs = await readStore<StoredLog>(tabA, 'reviewLogs');
		expect(logs.map((log) => log.log.rating)).toEqual(['good']);
		await tabB.close();
	});

	test('Undo in one tab never takes back a rating made in another', async () => {
		const tabA = app.page;
		await tabA.goto(app.baseURL + '/flashcards');
		await tabA.locator('.cue').waitFor();
		await tabA.getByRole('button', { name: /Show answer/ }).click();
		await tabA.getByRole('button', { name: /^Good/ }).click();
		await tabA.getByRole('button', { name: /^Undo/ }).waitFor();

		const tabB = await app.context.newPage();
		await tabB.goto(app.baseURL + '/flashcards');
		await tabB.locator('.cue').waitFor();
		await tabB.getByRole('button', { name: /Show answer/ }).click();
		await tabB.getByRole('button', { name: /^Hard/ }).click();
		await expect.poll(async () => (await readStore<StoredLog>(tabB, 'reviewLogs')).length).toBe(2);

		// Tab A still offers Undo from before; using it now must not remove tab B's Hard.
		await tabA.getByRole('button', { name: /^Undo/ }).click();
		await tabA
			.getByRole('status')
			.filter({ hasText: 'newer rating was made in another tab' })
			.waitFor();
		const ratings = (await readStore<StoredLog>(tabA, 'reviewLogs')).map((log) => log.log.rating);
		expect(ratings.sort()).toEqual(['good', 'hard']);
		await tabB.close();
	});

	test('ratings persist through an offline reload, and undo works after it', async () => {
		await app.page.goto(app.baseURL + '/flashcards');
		await waitForServiceWorkerControl(app.page);
		await app.context.setOffline(true);

		const first = await cue();
		await flipAndRate('Good');
		await expect.poll(cue).not.toBe(first);
		const second = await cue();
		await flipAndRate('Easy');
		await expect.poll(cue).not.toBe(second);

		const response = await app.page.reload();
		expect(response!.fromServiceWorker()).toBe(true);
		await app.page.locator('.cue').waitFor();
		const memories = await readStore<StoredMemory>(app.page, 'memories');
		expect(memories.map((memory) => memory.memory.state).sort()).toEqual(['learning', 'review']);
		expect(await cue()).not.toBe(second);

		// Undo after the reload takes back the Easy: that card is shown again, its log is gone.
		await app.page.getByRole('button', { name: /^Undo/ }).click();
		await expect.poll(cue).toBe(second);
		const logs = await readStore<StoredLog>(app.page, 'reviewLogs');
		expect(logs.map((log) => log.log.rating)).toEqual(['good']);
		const undone = (await readStore<StoredMemory>(app.page, 'memories')).find(
			(memory) => memory.memory.reps === 0
		);
		expect(undone?.memory.state).toBe('new');
	});

	test('keys flip and rate: Space shows the answer, 1–4 rate, U undoes', async () => {
		await app.page.goto(app.baseURL + '/flashcards');
		const first = await cue();
		await app.page.keyboard.press('Space');
		await app.page.getByRole('group', { name: 'How well did you remember?' }).waitFor();
		await app.page.keyboard.press('3');
		await expect.poll(cue).not.toBe(first);
		await app.page.keyboard.press('u');
		await expect.poll(cue).toBe(first);
	});

	test('the rating buttons show each next interval', async () => {
		await app.page.goto(app.baseURL + '/flashcards');
		await app.page.getByRole('button', { name: /Show answer/ }).click();
		const intervals = await app.page.locator('.rate .interval').allTextContents();
		expect(intervals).toHaveLength(4);
		for (const interval of intervals) expect(interval).toMatch(/^(<1m|\d+(\.\d)?(m|h|d|mo|y))$/);
	});

	test('after a rating the page keeps the phone’s width: the Undo label is cut, not the layout', async () => {
		await app.page.setViewportSize({ width: 390, height: 844 });
		await app.page.goto(app.baseURL + '/flashcards');
		await flipAndRate('Good');
		const undo = app.page.getByRole('button', { name: /^Undo: Good on “/ });
		await undo.waitFor();
		const widths = await app.page.evaluate(() => ({
			page: document.documentElement.scrollWidth,
			view: document.documentElement.clientWidth
		}));
		expect(widths.page).toBeLessThanOrEqual(widths.view);
		const box = await undo.boundingBox();
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
		expect(box?.height).toBeGreaterThanOrEqual(44);
	});

	test('a quiz answer moves the fact’s due date, and home shows today’s counts', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await onlyKinds(app.page, ['Multiple choice']);
		await app.page.getByRole('radio', { name: '5', exact: true }).check({ force: true });
		await app.page.getByRole('button', { name: 'Start quiz' }).click();
		await app.page.locator('[data-question-id]').waitFor();
		const question = await questionOnScreen(app.page);
		await answer(app.page, question, false);

		const factId = question.factIds[0]!;
		const memories = await readStore<StoredMemory>(app.page, 'memories');
		const memory = memories.find((item) => item.factId === factId);
		expect(memory?.memory.state).toBe('learning');
		expect(memory!.due).toBeGreaterThan(Date.now() - 60_000);
		const logs = await readStore<StoredLog>(app.page, 'reviewLogs');
		expect(logs).toEqual([
			expect.objectContaining({ source: 'quiz', log: expect.objectContaining({ rating: 'again' }) })
		]);

		await app.page.goto(app.baseURL + '/');
		await app.page.getByTestId('new-count').waitFor();
		// One new fact was met in the quiz: it counts toward today's 20.
		expect(await app.page.getByTestId('new-count').textContent()).toBe('19');
	});

	test('new facts met in a quiz come out of the day’s allowance, and a change of time zone grants no second one', async () => {
		const cdp = await app.context.newCDPSession(app.page);
		await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/Berlin' });
		// 09:00 in Berlin on 28 November.
		const morning = Date.UTC(2026, 10, 28, 8);
		await app.context.clock.setFixedTime(morning);
		await app.page.goto(app.baseURL + '/quiz');
		await onlyKinds(app.page, ['Multiple choice', 'True or false', 'Fill in the blank']);
		await app.page.getByRole('radio', { name: '5', exact: true }).check({ force: true });
		await app.page.getByRole('button', { name: 'Start quiz' }).click();
		for (let index = 0; index < 5; index++) {
			await app.page.getByText(`Question ${index + 1} of 5`).waitFor();
			await answer(app.page, await questionOnScreen(app.page), true);
			await app.page.getByRole('button', { name: /Next question|See results/ }).click();
		}
		await app.page.getByRole('heading', { name: 'Quiz finished' }).waitFor();
		const met = (await readStore(app.page, 'memories')).length;
		expect(met).toBeGreaterThanOrEqual(5);

		/** Home and flashcards agree: the quiz's new facts came out of today's 20. */
		const expectAllowance = async (due: number) => {
			await app.page.goto(app.baseURL + '/');
			await app.page.getByTestId('new-count').waitFor();
			expect(await app.page.getByTestId('new-count').textContent()).toBe(String(20 - met));
			expect(await app.page.getByTestId('due-count').textContent()).toBe(String(due));
			await app.page.getByText(`${met} new facts met in quizzes today`).waitFor();
			await app.page.goto(app.baseURL + '/flashcards');
			await app.page.getByText(`${due + 20 - met} left`).waitFor();
			// Cards remain, and the screen says where the rest of today's new facts went.
			await app.page.locator('.cue').waitFor();
			expect(await metLine()).toBe(
				`${met} new facts met in quizzes today: they count toward the 20 new a day.`
			);
			expect(await axeViolations(app.page, 'done, new facts met in quizzes')).toEqual([]);
		};
		// The facts just learnt wait for their 10-minute step.
		await expectAllowance(0);

		// Three hours later in New York it is 06:00 on the 28th: the same study day, though
		// there it began after the quiz. No second allowance.
		await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'America/New_York' });
		await app.context.clock.setFixedTime(morning + 3 * 3_600_000);
		// Their step has passed: due now, and still no new allowance.
		await expectAllowance(met);
	});

	/** Sets the day's new-card limit in Settings and waits until it is stored. */
	async function newCardsPerDay(count: number) {
		await app.page.goto(app.baseURL + '/settings');
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await app.page.getByLabel('New cards per day').fill(String(count));
		await app.page.getByLabel('New cards per day').press('Tab');
		await expect
			.poll(
				async () =>
					(await readStore<{ key: string; value: unknown }>(app.page, 'settings')).find(
						(row) => row.key === 'newCardsPerDay'
					)?.value
			)
			.toBe(count);
	}

	test('with the day’s new facts all met in a quiz, the done screen says so', async () => {
		await newCardsPerDay(3);
		await app.page.goto(app.baseURL + '/quiz');
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await onlyKinds(app.page, ['Multiple choice']);
		await app.page.getByRole('radio', { name: '5', exact: true }).check({ force: true });
		await app.page.getByRole('button', { name: 'Start quiz' }).click();
		for (let index = 0; index < 5; index++) {
			await app.page.getByText(`Question ${index + 1} of 5`).waitFor();
			await answer(app.page, await questionOnScreen(app.page), true);
			await app.page.getByRole('button', { name: /Next question|See results/ }).click();
		}
		await app.page.getByRole('heading', { name: 'Quiz finished' }).waitFor();
		const met = (await readStore(app.page, 'memories')).length;
		expect(met).toBeGreaterThanOrEqual(3);

		await app.page.goto(app.baseURL + '/flashcards');
		await app.page.getByRole('heading', { name: 'Nothing due' }).waitFor();
		expect(await metLine()).toBe(
			`${met} new facts met in quizzes today: they count toward the 3 new a day.`
		);
		expect(await axeViolations(app.page, "done, the day's new facts all met")).toEqual([]);
	});

	test('a card failed as the last of the queue says when it comes back, and comes back on this screen when due', async () => {
		// 09:00 UTC on 28 November, clear of the 04:00 rollover; the clock then runs on its own.
		await app.context.clock.install({ time: Date.UTC(2026, 10, 28, 9) });
		await newCardsPerDay(1);
		await app.page.goto(app.baseURL + '/flashcards');
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await app.page.getByText('1 left').waitFor();
		const failed = await cue();
		// A mark on this document: a navigation or reload would lose it.
		await app.page.evaluate(() => document.documentElement.setAttribute('data-stayed', ''));

		await app.page.getByRole('button', { name: /Show answer/ }).click();
		expect(
			await app.page
				.getByRole('button', { name: /^Again/ })
				.locator('.interval')
				.textContent()
		).toBe('1m');
		await app.page.getByRole('button', { name: /^Again/ }).click();
		const waiting = app.page.locator('.done .lede');
		await expect
			.poll(() => waiting.textContent())
			.toMatch(/^\s*Nothing due — the next card comes back here in 1m\.\s*$/);
		expect(await app.page.locator('.cue').count()).toBe(0);

		// The countdown runs: 40 s on, less than a minute is left.
		await app.context.clock.fastForward(40_000);
		await expect
			.poll(() => waiting.textContent())
			.toMatch(/^\s*Nothing due — the next card comes back here in <1m\.\s*$/);
		expect(await app.page.locator('.cue').count()).toBe(0);

		// Its 1-minute step is due: the card is back, on the same page.
		await app.context.clock.fastForward(25_000);
		await app.page.locator('.cue').waitFor({ timeout: 10_000 });
		expect(await cue()).toBe(failed);
		expect(await app.page.locator('html[data-stayed]').count()).toBe(1);
		expect(new URL(app.page.url()).pathname).toBe('/flashcards');
		await app.page.getByText('1 left').waitFor();
	});

	test('a tap on the card turns it over', async () => {
		await app.page.goto(app.baseURL + '/flashcards');
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await app.page.locator('.cue').waitFor();
		expect(await app.page.locator('.card-face .answer').count()).toBe(0);
		// A tap on the card's text, not on its "Show answer" button.
		await app.page.locator('.cue').tap();
		await app.page.locator('.card-face .answer').waitFor();
		await app.page.getByRole('group', { name: 'How well did you remember?' }).waitFor();
		expect(await app.page.getByRole('button', { name: /Show answer/ }).count()).toBe(0);
	});

	test('an honest empty state when nothing is due, with study-ahead and quiz links', async () => {
		await app.page.goto(app.baseURL + '/settings');
		await app.page.getByLabel('New cards per day').fill('1');
		await app.page.getByLabel('New cards per day').press('Tab');
		await expect
			.poll(
				async () =>
					(await readStore<{ key: string; value: unknown }>(app.page, 'settings')).find(
						(row) => row.key === 'newCardsPerDay'
					)?.value
			)
			.toBe(1);
		await app.page.goto(app.baseURL + '/flashcards');
		await flipAndRate('Easy');
		await app.page.getByRole('heading', { name: 'Session done' }).waitFor();
		await app.page.getByText(/Nothing due — next card in \d+(\.\d)?(d|mo)\./).waitFor();
		await app.page.getByRole('link', { name: 'Take a quiz' }).waitFor();
		await app.page.getByRole('button', { name: 'Study ahead' }).click();
		await app.page.getByText('(studying ahead)').waitFor();
	});

	test('a card suspended from its menu leaves study, is listed in Settings with its sentence, and comes back', async () => {
		await app.page.goto(app.baseURL + '/flashcards');
		await app.page.locator('.cue').waitFor();
		const suspended = await cue();
		await app.page.getByText('Card options').click();
		await app.page.getByRole('button', { name: 'Suspend this card' }).click();
		await app.page.getByText(/Card suspended/).waitFor();
		expect(await cue()).not.toBe(suspended);

		// The next one reported as unclear, with a note.
		const reported = await cue();
		await app.page.getByText('Card options').click();
		await app.page.getByRole('button', { name: 'Report this card' }).click();
		const dialog = app.page.getByRole('dialog', { name: 'Report this card' });
		await dialog.getByLabel('The card is unclear').check();
		await dialog.getByLabel(/Note/).fill('which ambassador?');
		await dialog.getByRole('button', { name: 'Report' }).click();
		await app.page.getByText(/this card is reported/).waitFor();
		expect(await cue()).not.toBe(reported);

		await app.page.reload();
		await app.page.locator('.cue').waitFor();
		expect([suspended, reported]).not.toContain(await cue());

		// The reader says so, and offers the way back instead of "Study this fact".
		const flags = await readStore<{ factId: string; reason: string }>(app.page, 'factFlags');
		const suspendedId = flags.find((record) => record.reason === 'suspended')?.factId ?? '';
		await app.page.goto(`${app.baseURL}/article#${suspendedId}`);
		const sheet = app.page.locator('li', { hasText: 'Suspended: see Settings' });
		await sheet.first().getByRole('link', { name: 'Bring it back in Settings' }).waitFor();

		await app.page.goto(app.baseURL + '/settings');
		const list = app.page.locator('section', { hasText: 'Suspended cards' });
		const items = list.locator('li');
		await expect.poll(() => items.count()).toBe(2);
		expect(await items.nth(0).textContent()).toContain(reported);
		expect(await items.nth(0).textContent()).toContain('Reported: unclear');
		expect(await items.nth(0).textContent()).toContain('which ambassador?');
		const first = items.nth(1);
		expect(await first.textContent()).toContain(suspended);
		const [flag] = (
			await readStore<{ id: string; factId: string; reason: string }>(app.page, 'factFlags')
		).filter((record) => record.reason === 'suspended');
		expect(
			await first.getByRole('link', { name: 'Read its sentence' }).getAttribute('href')
		).toMatch(new RegExp(`/article#${flag?.factId}$`));
		expect(await axeViolations(app.page, 'suspended cards in settings')).toEqual([]);
		await first.getByRole('button', { name: 'Unsuspend' }).click();
		await first.getByRole('button', { name: 'Suspend again' }).waitFor();

		await app.page.goto(app.baseURL + '/flashcards');
		await app.page.locator('.cue').waitFor();
		expect(await cue()).toBe(suspended);
	});

	test('a card forgotten for the 8th time is suspended as a leech, with a notice, and listed in Settings', async () => {
		await app.page.goto(app.baseURL + '/flashcards');
		await app.page.locator('.cue').waitFor();
		await flipAndRate('Good');
		await expect.poll(async () => (await readStore(app.page, 'memories')).length).toBe(1);
		const [rated] = await readStore<StoredMemory & { packId: string; packVersion: number }>(
			app.page,
			'memories'
		);
		if (!rated) throw new Error('no memory stored');
		// That card, studied long ago and forgotten 7 times, due since yesterday.
		const now = Date.now();
		const day = 86_400_000;
		const memory = {
			due: now - day,
			stability: 12,
			difficulty: 8,
			elapsedDays: 12,
			scheduledDays: 12,
			learningStep: 0,
			reps: 30,
			lapses: 7,
			state: 'review',
			lastReview: now - 13 * day
		};
		await putRecord(app.page, 'memories', { ...rated, memory, due: memory.due });
		await app.page.reload();
		await app.page.locator('.cue').waitFor();
		const leech = await cue();
		await flipAndRate('Again');
		await app.page.getByText(/has been forgotten 8 times, so it is suspended/).waitFor();
		expect(await cue()).not.toBe(leech);
		expect(await axeViolations(app.page, 'leech suspended')).toEqual([]);

		await app.page.goto(app.baseURL + '/settings');
		const item = app.page.locator('section', { hasText: 'Suspended cards' }).locator('li');
		await expect.poll(() => item.count()).toBe(1);
		expect(await item.textContent()).toContain('Leech (forgotten 8 times)');
		expect(await item.textContent()).toContain(leech);
	});

	test('front and back of a card, its menu and the report dialog pass axe, light and dark, on a phone and a desktop', async () => {
		await app.page.goto(app.baseURL + '/flashcards');
		await app.page.locator('.cue').waitFor();
		const violations: string[] = [];
		const axe = async (state: string) => violations.push(...(await axeViolations(app.page, state)));
		await axe('front');
		await app.page.getByText('Card options').click();
		await axe('card menu');
		await app.page.getByRole('button', { name: 'Report this card' }).click();
		await axe('report dialog');
		await app.page.getByRole('button', { name: 'Cancel' }).click();
		await app.page.getByRole('button', { name: /Show answer/ }).click();
		await axe('back');
		expect(violations).toEqual([]);
	}, 120_000);
});
