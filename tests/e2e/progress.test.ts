import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { useApp } from './support/app';
import { readStore } from './support/store';
import { builtinPack } from './support/article-pack';
import { answer, currentSession, onlyKinds, questionOnScreen } from './support/quiz';
import { questionText } from '../../src/lib/domain/quiz/answer-display';

describe('progress', () => {
	const app = useApp();

	async function rateCards(count: number) {
		await app.page.goto(app.baseURL + '/flashcards');
		for (let i = 0; i < count; i++) {
			await app.page.locator('.cue').click();
			await app.page.getByRole('button', { name: /^Good/ }).click();
			await app.page.getByText(`${19 - i} left`).waitFor();
		}
	}

	test('a first visit explains what will appear and offers the first step', async () => {
		await app.page.goto(app.baseURL + '/progress');
		await app.page.getByRole('heading', { name: 'Nothing studied yet' }).waitFor();
		await app.page.getByRole('link', { name: 'Start with Learn' }).waitFor();
		expect(await app.page.locator('.big').textContent()).toBe('0 %');
	});

	test('after study: recall, the memory map, today in the calendar; axe-clean', async () => {
		await app.page.setViewportSize({ width: 390, height: 844 });
		await rateCards(3);
		await app.page.goto(app.baseURL + '/progress');
		await app.page.getByRole('heading', { name: 'The article, as you know it' }).waitFor();
		expect(await app.page.getByRole('heading', { name: 'Nothing studied yet' }).count()).toBe(0);
		expect(await app.page.locator('.big').textContent()).not.toBe('0 %');
		// The memory map: a tile per source sentence, named by its band.
		const tiles = app.page.getByRole('list', { name: 'Source sentences in reading order' });
		expect(await tiles.getByRole('link', { name: /: Not studied yet$/ }).count()).toBeGreaterThan(
			0
		);
		expect(
			await tiles.getByRole('link', { name: /: (Strong|Holding|Fading|Partly studied)/ }).count()
		).toBeGreaterThan(0);
		expect(await app.page.locator('.streak').textContent()).toContain('1-day streak');
		const width = await app.page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		expect(await axeViolations(app.page, 'after study')).toEqual([]);
	});

	test('the fact list finds facts by word and state', async () => {
		await rateCards(1);
		await app.page.goto(app.baseURL + '/progress');
		const status = app.page.getByText(/ of \d+ facts$/);
		await status.waitFor();
		await app.page.getByLabel('State').selectOption('learning');
		expect(await status.textContent()).toMatch(/^1 of \d+ facts$/);
		await app.page.getByLabel('State').selectOption('all');
		await app.page.getByLabel('Search').fill('Taliban ambassador');
		expect(Number((await status.textContent())?.split(' ')[0])).toBeGreaterThan(0);
	});

	test('"Drill my weakest" quizzes those facts; a topic opens flashcards and a quiz on it', async () => {
		await rateCards(2);
		await app.page.goto(app.baseURL + '/progress');
		const drill = app.page.getByRole('link', { name: /^Drill my weakest/ });
		const href = (await drill.getAttribute('href')) ?? '';
		const weakest = decodeURIComponent(href.split('facts=')[1] ?? '').split(',');
		expect(weakest).toHaveLength(10);
		await drill.click();
		await app.page.locator('[data-question-id]').waitFor();
		const session = await currentSession(app.page);
		for (const question of session.questions) {
			for (const id of question.factIds) expect(weakest).toContain(id);
		}

		await app.page.goto(app.baseURL + '/progress');
		const topic = app.page.locator('.topics > li').first();
		const name =
			(await topic.locator('.topic-name').textContent())
				?.split(/\s{2,}|not studied|\d/)[0]
				?.trim() ?? '';
		await topic.getByRole('link', { name: 'Flashcards' }).click();
		await app.page.getByText(`${name} only`).waitFor();

		// "Quiz on it": every question on that topic's facts.
		await app.page.goto(app.baseURL + '/progress');
		const quizLink = topic.getByRole('link', { name: 'Quiz on it' });
		const topicId = decodeURIComponent(
			((await quizLink.getAttribute('href')) ?? '').split('topic=')[1] ?? ''
		);
		await quizLink.click();
		await app.page.locator('[data-question-id]').waitFor();
		const onTopic = new Set(
			builtinPack()
				.facts.filter((item) => item.topics.includes(topicId))
				.map((item) => item.id)
		);
		const quiz = await currentSession(app.page);
		expect(quiz.questions.length).toBeGreaterThan(0);
		for (const question of quiz.questions) {
			expect(question.factIds.some((id) => onTopic.has(id))).toBe(true);
		}
		// Named on screen, and a look-up in the article and Back return to this very quiz.
		await app.page.getByText(/^On the topic “/).waitFor();
		const asked = await questionOnScreen(app.page);
		await answer(app.page, asked, true);
		await app.page.getByRole('link', { name: 'Show in article' }).click();
		await app.page.locator('.reader').waitFor();
		await app.page.goBack();
		await app.page.locator('.feedback').waitFor();
		expect(await app.page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(
			asked.id
		);
		expect((await readStore(app.page, 'quizSessions')).length).toBe(2);
	});

	test('a fact’s own page, from the quiz feedback: its memory, every answer with the question; axe-clean', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await onlyKinds(app.page, ['Multiple choice']);
		await app.page.getByRole('radio', { name: '5', exact: true }).check({ force: true });
		await app.page.getByRole('button', { name: 'Start quiz' }).click();
		const question = await questionOnScreen(app.page);
		await answer(app.page, question, false);
		await app.page.getByRole('link', { name: 'Your history with this fact' }).click();
		await app.page.getByRole('heading', { name: 'Every review and answer' }).waitFor();
		const fact = app.page.locator('.history li').first();
		await fact.getByText(/Again · quiz answer/).waitFor();
		expect(await fact.textContent()).toContain(questionText(question));
		expect(await app.page.locator('.questions li').count()).toBe(1);
		expect(await axeViolations(app.page, "a fact's own page")).toEqual([]);
		// An unknown id says so.
		await app.page.goto(app.baseURL + '/progress/fact?id=no-such-fact');
		await app.page.getByRole('heading', { name: 'No such fact' }).waitFor();
	});

	test('the reader’s memory map names each sentence’s band, by underline style and in words', async () => {
		await rateCards(1);
		await app.page.goto(app.baseURL + '/article');
		const toggle = app.page.getByRole('button', { name: 'Memory map' });
		await toggle.click();
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		const studied = app.page.locator('.highlight').first();
		expect(await studied.getAttribute('class')).toMatch(/map-(strong|holding|fading|partial)/);
		expect(await studied.textContent()).toMatch(/\(Memory: (Strong|Holding|Fading|Partly studied)/);
		const unstudied = app.page.locator('.highlight.map-unstudied');
		expect(await unstudied.count()).toBeGreaterThan(10);
		expect(await unstudied.first().textContent()).toContain('(Memory: Not studied yet)');
		expect(await axeViolations(app.page, "the reader's memory map")).toEqual([]);
		await toggle.click();
		expect(await app.page.locator('.highlight.map').count()).toBe(0);
	});

	test('no layout shift while the figures load', async () => {
		await rateCards(2);
		await app.page.goto(app.baseURL + '/progress');
		await app.page.getByRole('heading', { name: 'The article, as you know it' }).waitFor();
		await app.page.waitForTimeout(500);
		const shift = await app.page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & {
							value: number;
							hadRecentInput: boolean;
						})[]) {
							if (!entry.hadRecentInput) total += entry.value;
						}
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(total), 200);
				})
		);
		console.log(`/progress cumulative layout shift: ${shift.toFixed(4)}`);
		expect(shift).toBeLessThanOrEqual(0.02);
	});
});
