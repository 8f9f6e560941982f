// /progress checked against what the app stored: each figure worked out in the test from the
// records in IndexedDB (tests/e2e/support/progress.ts), online and offline, light and dark.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { isQuestionKind, kindLabels } from '../../src/lib/domain/questions/kinds';
import { addDays } from '../../src/lib/domain/time/day-names';
import { useApp, waitForServiceWorkerControl } from './support/app';
import { builtinPack } from './support/article-pack';
import {
	activityOn,
	expectedRecall,
	expectedStates,
	percentsIn,
	shownStates,
	storedRecords,
	studiedFacts,
	tableRows,
	type StoredAnswer,
	type StoredLog,
	type StoredRecords
} from './support/progress';
import { answer, currentSession, onlyKinds, questionOnScreen } from './support/quiz';
import { putRecords, readStore } from './support/store';

const hour = 3_600_000;
// 08:00 UTC on 28 November: the study. The page is read four hours later, the same study day.
const studiedAt = Date.UTC(2026, 10, 28, 8);
const readAt = studiedAt + 4 * hour;

async function ready(page: Page): Promise<void> {
	await page.locator('html[data-ready]').waitFor();
}

async function openProgress(page: Page, baseURL: string) {
	const response = await page.goto(baseURL + '/progress');
	await ready(page);
	await page.getByRole('heading', { name: 'The article, as you know it' }).waitFor();
	return response;
}

/** A quiz of 5 multiple-choice and true-or-false questions, wrong at the given positions. */
async function takeQuiz(page: Page, baseURL: string, wrongAt: readonly number[]): Promise<void> {
	await page.goto(baseURL + '/quiz');
	await ready(page);
	await onlyKinds(page, ['Multiple choice', 'True or false']);
	await page.getByRole('radio', { name: '5', exact: true }).check({ force: true });
	await page.getByRole('button', { name: 'Start quiz' }).click();
	for (let index = 0; index < 5; index += 1) {
		await page.getByText(`Question ${index + 1} of 5`).waitFor();
		await answer(page, await questionOnScreen(page), !wrongAt.includes(index));
		await page.getByRole('button', { name: /Next question|See results/ }).click();
	}
	await page.getByRole('heading', { name: 'Quiz finished' }).waitFor();
}

/** Rates the next flashcards as given, each stored before the next. */
async function rateCards(page: Page, baseURL: string, ratings: readonly ('Good' | 'Again')[]) {
	await page.goto(baseURL + '/flashcards');
	await ready(page);
	const flashcardLogs = async () =>
		(await readStore<StoredLog>(page, 'reviewLogs')).filter((log) => log.source === 'flashcard')
			.length;
	const before = await flashcardLogs();
	for (const [index, rating] of ratings.entries()) {
		await page.getByRole('button', { name: /Show answer/ }).click();
		await page.getByRole('button', { name: new RegExp(`^${rating}`) }).click();
		await expect.poll(flashcardLogs).toBe(before + index + 1);
	}
}

/** The one study day every stored rating and answer carries. */
function onlyStudyDay(records: StoredRecords): string {
	const days = new Set([...records.logs, ...records.answers].map((event) => event.studyDay));
	expect(days.size).toBe(1);
	return [...days][0] ?? '';
}

/**
 * The figures on screen against the records: facts by state, the calendar's count for the
 * day, the streak, and the headline recall with its 7- and 30-day projection (within rounding).
 */
async function expectFiguresOf(page: Page, records: StoredRecords, at: number): Promise<void> {
	expect(await shownStates(page)).toEqual(expectedStates(records));
	const day = onlyStudyDay(records);
	const label = await page.evaluate(
		(name) =>
			new Intl.DateTimeFormat(undefined, {
				day: 'numeric',
				month: 'short',
				timeZone: 'UTC'
			}).format(new Date(`${name}T12:00:00Z`)),
		day
	);
	expect(await tableRows(page, '.heatmap')).toEqual([[label, String(activityOn(records, day))]]);
	expect(await page.locator('.streak').textContent()).toMatch(/^\s*1-day streak · best 1\s*$/);

	const shown = percentsIn((await page.locator('.headline').textContent()) ?? '');
	const projection = (await page.getByText(/If you stopped studying now/).textContent()) ?? '';
	expect(projection).toContain(
		`averaged over all ${builtinPack().facts.length} facts of the article (${studiedFacts(records)} studied`
	);
	const recall = [
		expectedRecall(records, at),
		expectedRecall(records, at + 7 * 24 * hour),
		expectedRecall(records, at + 30 * 24 * hour)
	];
	const figures = [...shown, ...percentsIn(projection)];
	expect(figures).toHaveLength(3);
	figures.forEach((figure, index) =>
		expect(Math.abs(figure - (recall[index] ?? 0) * 100)).toBeLessThanOrEqual(0.5 + 1e-9)
	);
	// Studied facts fade if study stops: the projection falls, and says so.
	expect(recall[0]).toBeGreaterThan(recall[1] ?? 1);
	expect(recall[1]).toBeGreaterThan(recall[2] ?? 1);
}

/**
 * Every state of /progress through axe, light and dark, on a phone and a desktop: the figures
 * and every chart, with the fact list filtered and the memory map open sentence by sentence;
 * then a fact's own page.
 */
async function axeEveryState(page: Page, baseURL: string, when: string): Promise<string[]> {
	const found: string[] = [];
	await openProgress(page, baseURL);
	expect(await page.locator('svg[role="img"]').count()).toBe(5);
	await page.locator('summary', { hasText: 'Sentence by sentence' }).click();
	await page.getByLabel('State').selectOption('learning');
	const status = page.getByText(/ of \d+ facts$/);
	await expect.poll(() => status.textContent()).not.toMatch(/^(\d+) of \1 facts$/);
	found.push(...(await axeViolations(page, `${when}, charts, filters set, map by sentence`)));
	await page.locator('ul.facts a').first().click();
	await page.getByRole('heading', { name: 'Its memory now' }).waitFor();
	found.push(...(await axeViolations(page, `${when}, a fact's page`)));
	return found;
}

/** Every image in the page's accessibility tree, with the name and description it computes. */
async function accessibleImages(page: Page): Promise<{ name: string; description: string }[]> {
	const client = await page.context().newCDPSession(page);
	const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
		nodes: {
			ignored: boolean;
			role?: { value: string };
			name?: { value: string };
			description?: { value: string };
		}[];
	};
	await client.detach();
	return nodes
		.filter((node) => !node.ignored && node.role?.value === 'image')
		.map((node) => ({ name: node.name?.value ?? '', description: node.description?.value ?? '' }));
}

/** The study day of a moment as the page counts it (rolling over at 04:00 local time). */
async function studyDayInPage(page: Page, at: number): Promise<string> {
	return page.evaluate((moment) => {
		const start = new Date(moment);
		if (start.getHours() < 4) start.setDate(start.getDate() - 1);
		const two = (value: number) => String(value).padStart(2, '0');
		return `${start.getFullYear()}-${two(start.getMonth() + 1)}-${two(start.getDate())}`;
	}, at);
}

interface StoredFlashcardLog extends StoredLog {
	factId: string;
	durationMs?: number;
}

describe('/progress against the stored records', () => {
	const app = useApp();

	test('after a scripted quiz and flashcard reviews it shows the stored states, the day’s count, the streak and the recall, online and offline; axe-clean in every state, light and dark', async () => {
		const page = app.page;
		await app.context.clock.setFixedTime(studiedAt);
		await page.goto(app.baseURL + '/');
		await ready(page);
		await waitForServiceWorkerControl(page);
		await takeQuiz(page, app.baseURL, [1, 3]);
		await rateCards(page, app.baseURL, ['Good', 'Again', 'Good']);

		await app.context.clock.setFixedTime(readAt);
		await openProgress(page, app.baseURL);
		const records = await storedRecords(page);
		// What was done: 5 answers, each rating its fact, and 3 flashcard ratings.
		expect(records.answers).toHaveLength(5);
		expect(records.logs.filter((log) => log.source === 'flashcard')).toHaveLength(3);
		expect(studiedFacts(records)).toBeGreaterThanOrEqual(6);
		await expectFiguresOf(page, records, readAt);
		const violations = await axeEveryState(page, app.baseURL, 'online');

		await app.context.setOffline(true);
		const offline = await openProgress(page, app.baseURL);
		expect(offline?.fromServiceWorker()).toBe(true);
		await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
		await expectFiguresOf(page, records, readAt);
		violations.push(...(await axeEveryState(page, app.baseURL, 'offline')));
		expect(violations).toEqual([]);
		// Reading changed nothing.
		expect(await storedRecords(page)).toEqual(records);
	}, 240_000);

	test('the headline’s memory map: a tile opens its sentence in the reader, with its facts in the sheet', async () => {
		const page = app.page;
		await rateCards(page, app.baseURL, ['Good']);
		const [log] = await readStore<StoredFlashcardLog>(page, 'reviewLogs');
		const rated = builtinPack().facts.find((fact) => fact.id === log?.factId);
		if (!rated) throw new Error('no rated fact');
		await openProgress(page, app.baseURL);
		const tiles = page.getByRole('list', { name: 'Source sentences in reading order' });
		const studied = tiles.getByRole('link', { name: /: (Strong|Holding|Fading|Partly studied)/ });
		expect(await studied.count()).toBe(1);
		const target = decodeURIComponent((await studied.getAttribute('href'))?.split('#')[1] ?? '');
		await studied.click();
		await page.waitForURL(/\/article#/);
		const sentence = page.locator(`[data-fact-ids~="${target}"]`);
		await sentence.waitFor();
		expect((await sentence.getAttribute('data-fact-ids'))?.split(' ')).toContain(rated.id);
		// At the top of the screen, above the sheet that names its facts.
		const box = await sentence.boundingBox();
		const sheet = page.getByRole('dialog', { name: /in this sentence$/ });
		await sheet.getByText(rated.statement, { exact: true }).waitFor();
		const sheetBox = await sheet.boundingBox();
		expect(box && sheetBox && box.y >= 0 && box.y < sheetBox.y).toBe(true);
	});

	test('a fact’s history opens from the memory map, sentence by sentence, and from the reader’s sheet', async () => {
		const page = app.page;
		await rateCards(page, app.baseURL, ['Good']);
		const [log] = await readStore<StoredFlashcardLog>(page, 'reviewLogs');
		const rated = builtinPack().facts.find((fact) => fact.id === log?.factId);
		if (!rated) throw new Error('no rated fact');
		const factPage = `/progress/fact?id=${encodeURIComponent(rated.id)}`;

		await openProgress(page, app.baseURL);
		const bySentence = page.locator('.by-sentence');
		await bySentence.locator('summary').click();
		// Each sentence in reading order, named by its band, each fact by its state.
		expect(await bySentence.locator('ol > li').count()).toBe(
			await page
				.getByRole('list', { name: 'Source sentences in reading order' })
				.locator('li')
				.count()
		);
		const row = bySentence.locator('ol > li', { hasText: rated.statement });
		expect(await row.locator('.band').textContent()).toMatch(
			/: (Strong|Holding|Fading|Partly studied)/
		);
		await row.getByRole('link', { name: rated.statement, exact: true }).click();
		await page.waitForURL((url) => url.pathname + url.search === factPage);
		await page.getByRole('heading', { level: 1, name: rated.statement }).waitFor();
		await page.getByRole('heading', { name: 'Every review and answer' }).waitFor();
		await page
			.locator('.history li')
			.first()
			.getByText(/^Good · flashcard/)
			.waitFor();

		// In the reader: tap the sentence, then "Your history with this fact" in its sheet.
		await page.goto(app.baseURL + '/article');
		await ready(page);
		await page.locator(`[data-fact-ids~="${rated.id}"]`).click();
		const sheet = page.getByRole('dialog', { name: /in this sentence$/ });
		await sheet
			.locator('li', { hasText: rated.statement })
			.getByRole('link', { name: 'Your history with this fact' })
			.click();
		await page.waitForURL((url) => url.pathname + url.search === factPage);
		await page.getByRole('heading', { level: 1, name: rated.statement }).waitFor();
	});

	test('every past quiz is listed with its date, length, score and kinds, opens on its results; older ones a page at a time', async () => {
		const page = app.page;
		await app.context.clock.setFixedTime(studiedAt);
		await takeQuiz(page, app.baseURL, [2]);
		const session = await currentSession(page);
		const answers = (await readStore<StoredAnswer>(page, 'quizAnswers')).filter(
			(stored) => stored.quizId === session.id
		);
		const score = Math.round((answers.reduce((sum, stored) => sum + stored.score, 0) / 5) * 100);
		const kinds = [...new Set(session.questions.map((question) => question.kind))].map((kind) =>
			isQuestionKind(kind) ? kindLabels[kind] : kind
		);
		const dateOf = (at: number) =>
			page.evaluate(
				(moment) =>
					new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
						moment
					),
				at
			);

		await openProgress(page, app.baseURL);
		const quizzes = page.locator('ul.quizzes > li');
		expect(await quizzes.count()).toBe(1);
		const row = quizzes.first().getByRole('link');
		expect(
			(await row.locator('span').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim())
		).toEqual([
			`${await dateOf(session.startedAt)} · 5 questions · ${kinds.join(', ')}`,
			`${score}%`
		]);
		expect(score).toBe(80);
		await row.click();
		await page.getByRole('heading', { name: 'Quiz finished' }).waitFor();
		expect(page.url()).toContain(`results=${session.id}`);
		expect(await page.locator('.score').textContent()).toContain('4 fully right');
		expect(await page.locator('.questions > li').count()).toBe(5);
		expect(await page.locator('.questions > li.mistake').count()).toBe(1);

		// 50 older quizzes, a day apart: the newest 50 of 51 are listed, then the last one.
		const copies = Array.from({ length: 50 }, (_, index) => ({
			...session,
			id: `older-${index + 1}`,
			startedAt: session.startedAt - (index + 1) * 24 * hour,
			finishedAt: (session.finishedAt ?? session.startedAt) - (index + 1) * 24 * hour,
			abandoned: false
		}));
		await putRecords(page, 'quizSessions', copies);
		await openProgress(page, app.baseURL);
		expect(await quizzes.count()).toBe(50);
		await page.getByText('The newest 50 of 51 quizzes.').waitFor();
		expect(await quizzes.first().getByRole('link').getAttribute('href')).toContain(session.id);
		await page.getByRole('button', { name: 'Show older quizzes' }).click();
		await expect.poll(() => quizzes.count()).toBe(51);
		expect(await page.getByRole('button', { name: 'Show older quizzes' }).count()).toBe(0);
		const oldest = quizzes.last().getByRole('link');
		expect(await oldest.getAttribute('href')).toContain('results=older-50');
		expect(await oldest.evaluate((link) => link === document.activeElement)).toBe(true);
		expect(await oldest.textContent()).toContain(await dateOf(session.startedAt - 50 * 24 * hour));
	});

	test('each chart has a title, a description and a data table of its figures; nothing overflows at 390 px; axe-clean in dark', async () => {
		const page = app.page;
		await app.context.clock.setFixedTime(studiedAt);
		await page.goto(app.baseURL + '/flashcards');
		await ready(page);
		// Two cards, 150 s and 20 s on screen: time studied counts the first as 60 s (the cap).
		for (const shownFor of [150_000, 20_000]) {
			const logs = (await readStore(page, 'reviewLogs')).length;
			await page.getByRole('button', { name: /Show answer/ }).click();
			await app.context.clock.setFixedTime(studiedAt + (logs === 0 ? 0 : 150_000) + shownFor);
			await page.getByRole('button', { name: /^Good/ }).click();
			await expect.poll(async () => (await readStore(page, 'reviewLogs')).length).toBe(logs + 1);
		}
		await app.context.clock.setFixedTime(readAt);
		await page.emulateMedia({ colorScheme: 'dark' });
		await openProgress(page, app.baseURL);
		const records = await storedRecords(page);
		const logs = await readStore<StoredFlashcardLog>(page, 'reviewLogs');
		expect(logs.map((log) => log.durationMs ?? 0).sort((a, b) => a - b)).toEqual([20_000, 150_000]);
		const today = onlyStudyDay(records);

		expect(await accessibleImages(page)).toEqual([
			{
				name: 'Reviews due, next 14 days',
				description: 'How many studied facts fall due on each study day, today first.'
			},
			{
				name: 'Study days, last 12 weeks',
				description: expect.stringMatching(
					/^1 of the \d+ days shown had study; darker squares hold more ratings and answers\.$/
				)
			},
			{
				name: 'Flashcards right at first try, % per week',
				description:
					'Share of cards not rated Again at their first rating of the day, last 12 weeks.'
			},
			{
				name: 'Quiz and Learn answers right at first try, % per week',
				description:
					'Share of quiz and Learn answers right, retries of mistakes left out, last 12 weeks.'
			},
			{
				name: 'Minutes studied per day, last 14 days',
				description: 'Time answering cards and questions; each answer counts up to one minute.'
			}
		]);

		// The tables: the forecast from the stored memories' due times, today first.
		const chart = (id: string) => `figure:has(#${id}-title)`;
		const forecast = new Map<string, number>();
		for (const { memory } of records.memories) {
			if (memory.state === 'new') continue;
			const day = memory.due <= readAt ? today : await studyDayInPage(page, memory.due);
			forecast.set(day, (forecast.get(day) ?? 0) + 1);
		}
		const forecastRows = (await tableRows(page, chart('forecast'))).map(([, value]) => value);
		expect(forecastRows).toEqual(
			Array.from(
				{ length: 14 },
				(_, index) => `${forecast.get(addDays(today, index)) ?? 0} reviews`
			)
		);
		expect(forecastRows[0]).toBe(`${records.memories.length} reviews`);
		const timeRows = await tableRows(page, chart('time'));
		expect(timeRows).toHaveLength(14);
		// 60 s (capped) + 20 s: a minute and a third, shown as 1 (uncapped it would be 3).
		expect(timeRows.map(([, value]) => value)).toEqual([
			...Array.from({ length: 13 }, () => '0 minutes'),
			'1 minute'
		]);
		const cards = await tableRows(page, chart('accuracy-cards'));
		expect(cards).toHaveLength(12);
		expect(cards.at(-1)?.[1]).toBe('2 tries, too few to show');
		expect(await tableRows(page, '.heatmap')).toHaveLength(1);
		expect((await tableRows(page, '.heatmap'))[0]?.[1]).toBe('2');
		for (const id of ['forecast', 'accuracy-cards', 'accuracy-quiz', 'time']) {
			const caption = await page.locator(`${chart(id)} caption`).textContent();
			expect(caption).toBe(await page.locator(`#${id}-title`).textContent());
		}

		// Legible at 390 px: nothing wider than the screen, every label inside it and apart.
		expect(page.viewportSize()?.width).toBe(390);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		// Each label's size as drawn: its font size times the chart's scale on screen.
		const labels = await page.locator('figure svg[role="img"]').evaluateAll((charts) =>
			charts.map((svg) => {
				const scale =
					svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
				return [...svg.querySelectorAll('text')].map((text) => {
					const box = text.getBoundingClientRect();
					return {
						left: box.left,
						right: box.right,
						px: parseFloat(getComputedStyle(text).fontSize) * scale,
						tick: text.classList.contains('tick')
					};
				});
			})
		);
		expect(labels).toHaveLength(5);
		for (const texts of labels) {
			expect(texts.length).toBeGreaterThan(0);
			for (const text of texts) {
				expect(text.left).toBeGreaterThanOrEqual(0);
				expect(text.right).toBeLessThanOrEqual(390);
				expect(text.px).toBeGreaterThanOrEqual(10);
			}
			// Labels along an axis never run into each other.
			const ticks = texts.filter((text) => text.tick).sort((a, b) => a.left - b.left);
			ticks
				.slice(1)
				.forEach((tick, index) => expect(tick.left).toBeGreaterThan(ticks[index]!.right));
		}
		expect(await axeViolations(page, 'charts with time studied')).toEqual([]);
	});

	test('with only 3 reviews no accuracy trend is drawn: no bars, a sentence instead', async () => {
		const page = app.page;
		await rateCards(page, app.baseURL, ['Good', 'Good', 'Again']);
		await openProgress(page, app.baseURL);
		await page
			.getByText('Shown once a week has 10 tries or more; fewer would not say much.')
			.waitFor();
		for (const id of ['accuracy-cards', 'accuracy-quiz']) {
			const figure = page.locator(`figure:has(#${id}-title)`);
			expect(await figure.locator('rect.bar').count()).toBe(0);
			expect(await figure.locator('text.value').count()).toBe(0);
		}
		const cards = await tableRows(page, 'figure:has(#accuracy-cards-title)');
		expect(cards.at(-1)?.[1]).toBe('3 tries, too few to show');
		expect(cards.slice(0, -1).every(([, value]) => value === '0 tries, too few to show')).toBe(
			true
		);
		// The charts do draw where there is something to draw: today's reviews due.
		expect(await page.locator('figure:has(#forecast-title) rect.bar').count()).toBeGreaterThan(0);
	});
});
