import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { expectCleanRun, launchApp, useApp, waitForServiceWorkerControl } from './support/app';
import { answer, currentSession, onlyKinds, orderTimeline, questionOnScreen } from './support/quiz';
import { builtinPack } from './support/article-pack';
import { putRecord, readStore } from './support/store';
import {
	questionReview,
	questionText,
	typedMarkingNote
} from '../../src/lib/domain/quiz/answer-display';
import type { QuestionResponse } from '../../src/lib/domain/grading/response';
import { gradeCloze } from '../../src/lib/domain/grading/cloze';
import type { ClozeQuestion, Question } from '../../src/lib/domain/questions/question';

interface StoredAnswer {
	quizId: string;
	questionIndex: number;
	questionId: string;
	kind: string;
	correct: boolean;
	overridden: boolean;
	factIds: string[];
	perFact: { factId: string; correct: boolean }[];
	responseMs: number;
	studyDay: string;
	given: unknown;
}

interface StoredLog {
	source: string;
	reviewedAt: number;
	log: { rating: string };
}

/**
 * A slip in a blank's answer that the app's grader forgives as a typo (two letters swapped, or
 * one dropped), graded here as the app grades it; `null` when none is forgiven.
 */
function slipOf(question: ClozeQuestion): string | null {
	const pack = builtinPack();
	const answer = question.accepted[0] ?? '';
	const letter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
	const candidates: string[] = [];
	for (let at = 1; at < answer.length - 1; at++) {
		if (letter(answer[at]) && letter(answer[at + 1])) {
			candidates.push(answer.slice(0, at) + answer[at + 1] + answer[at] + answer.slice(at + 2));
		}
		if (letter(answer[at])) candidates.push(answer.slice(0, at) + answer.slice(at + 1));
	}
	return (
		candidates.find((slip) => {
			const grade = gradeCloze(question, slip, pack);
			return grade.correct && grade.typo === true;
		}) ?? null
	);
}

describe('quiz', () => {
	const app = useApp();

	async function startQuiz(length: '5' | '10' | '20' | 'All') {
		await app.page.getByRole('radio', { name: length, exact: true }).check({ force: true });
		await app.page.getByRole('button', { name: 'Start quiz' }).click();
		await app.page.locator('[data-question-id]').waitFor();
	}

	async function nextQuestion() {
		await app.page.getByRole('button', { name: /Next question|See results/ }).click();
	}

	test('a whole quiz taken offline, with the results and stored answers matching what was clicked', async () => {
		await app.page.goto(app.baseURL + '/');
		await waitForServiceWorkerControl(app.page);
		await app.context.setOffline(true);
		await app.page.goto(app.baseURL + '/quiz');
		await startQuiz('10');

		const clicked: { questionId: string; right: boolean }[] = [];
		for (let index = 0; index < 10; index++) {
			await expect.poll(() => app.page.getByText(`Question ${index + 1} of 10`).count()).toBe(1);
			const question = await questionOnScreen(app.page);
			const right = index % 3 !== 1;
			await answer(app.page, question, right);
			clicked.push({ questionId: question.id, right });
			const verdict = await app.page.locator('.verdict').textContent();
			expect(verdict?.trim()).toMatch(right ? /^Right/ : /^(Not quite|Partly right)/);
			await nextQuestion();
		}

		await app.page.getByRole('heading', { name: 'Quiz finished' }).waitFor();
		const rightCount = clicked.filter((item) => item.right).length;
		expect(await app.page.locator('.score').textContent()).toContain(`${rightCount} fully right`);
		expect(await app.page.locator('.questions > li').count()).toBe(10);
		expect(await app.page.locator('.questions > li.mistake').count()).toBe(10 - rightCount);

		const session = await currentSession(app.page);
		expect(session.finishedAt).not.toBeNull();
		const answers = (await readStore<StoredAnswer>(app.page, 'quizAnswers'))
			.filter((stored) => stored.quizId === session.id)
			.sort((a, b) => a.questionIndex - b.questionIndex);
		expect(
			answers.map((stored) => ({ questionId: stored.questionId, right: stored.correct }))
		).toEqual(clicked);
		for (const stored of answers) {
			expect(stored.perFact.map((result) => result.factId)).toEqual(stored.factIds);
			expect(stored.studyDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(stored.responseMs).toBeGreaterThanOrEqual(0);
		}

		// A reload on the results shows them again, from storage, still offline.
		const scoreText = await app.page.locator('.score').textContent();
		expect(app.page.url()).toContain(`results=${session.id}`);
		await app.page.reload();
		await app.page.getByRole('heading', { name: 'Quiz finished' }).waitFor();
		expect(await app.page.locator('.score').textContent()).toBe(scoreText);
		// Every question is listed as it was asked (its statement, the sentence with its blank, or
		// its stem), with the learner's answer beside the right one.
		const listed = app.page.locator('.questions > li');
		for (const [index, question] of session.questions.entries()) {
			expect(await listed.nth(index).locator('.prompt').textContent()).toBe(questionText(question));
			await listed.nth(index).getByText('Your answer', { exact: true }).waitFor();
			await listed.nth(index).getByText('Right answer', { exact: true }).waitFor();
		}

		// "Retry mistakes" asks exactly the questions answered wrong, still offline.
		await app.page.getByRole('button', { name: /^Retry mistakes/ }).click();
		await app.page.locator('[data-question-id]').waitFor();
		const retry = await currentSession(app.page);
		expect(retry.id).not.toBe(session.id);
		expect(retry.questions.map((question) => question.id)).toEqual(
			clicked.filter((item) => !item.right).map((item) => item.questionId)
		);
		expect(app.page.url()).not.toContain('results=');

		// The finished quiz opens again from the list of past quizzes.
		await app.page.getByRole('button', { name: 'Leave' }).click();
		await app.page.getByRole('link', { name: /10 questions/ }).click();
		await app.page.getByRole('heading', { name: 'Quiz finished' }).waitFor();
		expect(await app.page.locator('.score').textContent()).toBe(scoreText);
		expect(await app.page.locator('.questions > li').count()).toBe(10);
	});

	test('the same quiz in two tabs: an answer given in one is kept, and the other is told', async () => {
		const tabA = app.page;
		await tabA.goto(app.baseURL + '/quiz');
		await startQuiz('5');
		const question = await questionOnScreen(tabA);

		const tabB = await app.context.newPage();
		await tabB.goto(app.baseURL + '/quiz');
		await tabB.getByRole('button', { name: 'Resume quiz' }).click();
		await tabB.locator('[data-question-id]').waitFor();
		expect(await tabB.locator('[data-question-id]').getAttribute('data-question-id')).toBe(
			question.id
		);

		await answer(tabA, question, true);
		// Tab B still shows the question and answers it wrong: tab A's answer must stand.
		switch (question.kind) {
			case 'mcq':
				await tabB
					.locator('.option')
					.nth((question.answerIndex + 1) % question.options.length)
					.click();
				break;
			case 'true-false':
				await tabB.getByRole('button', { name: question.answer ? /False$/ : /True$/ }).click();
				break;
			default:
				await answer(tabB, question, false);
		}
		await tabB.getByRole('status').filter({ hasText: 'answered in another tab' }).waitFor();
		await tabB.locator('.feedback').waitFor();
		expect((await tabB.locator('.verdict').textContent())?.trim()).toMatch(/^Right/);
		const stored = await readStore<StoredAnswer>(tabB, 'quizAnswers');
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({ questionId: question.id, correct: true });
		await tabB.close();
	});

	test('a reload mid-quiz offers to resume at the same question with the same options', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await startQuiz('5');
		for (let index = 0; index < 2; index++) {
			await answer(app.page, await questionOnScreen(app.page), true);
			await nextQuestion();
		}
		await app.page.locator('[data-question-id]').waitFor();
		const before = {
			id: await app.page.locator('[data-question-id]').getAttribute('data-question-id'),
			text: await app.page.locator('[data-question-id]').innerText()
		};

		await app.page.reload();
		await app.page.getByText('You stopped after 2 of 5 questions').waitFor();
		await app.page.getByRole('button', { name: 'Resume quiz' }).click();
		await app.page.getByText('Question 3 of 5').waitFor();
		expect(await app.page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(
			before.id
		);
		expect(await app.page.locator('[data-question-id]').innerText()).toBe(before.text);
	});

	test('an answer is stored before the feedback appears, so a reload right after it loses nothing', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await startQuiz('5');
		const question = await questionOnScreen(app.page);
		await answer(app.page, question, true);
		await app.page.reload();
		await app.page.getByText('You stopped after 1 of 5 questions').waitFor();
		const answers = await readStore<StoredAnswer>(app.page, 'quizAnswers');
		expect(answers.map((stored) => stored.questionId)).toEqual([question.id]);
		// Resume shows what was on screen: that question, with the feedback being read.
		await app.page.getByRole('button', { name: 'Resume quiz' }).click();
		await app.page.locator('.feedback').waitFor();
		expect(await app.page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(
			question.id
		);
		expect((await app.page.locator('.verdict').textContent())?.trim()).toMatch(/^Right/);

		// Home names the quiz under way and leads back to it.
		await app.page.goto(app.baseURL + '/');
		await expect
			.poll(() => app.page.getByTestId('quiz-under-way').textContent())
			.toMatch(/A quiz is under way: 1 of 5 questions answered\./);
		await app.page.getByRole('link', { name: 'Resume quiz' }).click();
		await app.page.getByText('You stopped after 1 of 5 questions').waitFor();
	});

	test('"I was right" on a typed answer graded wrong is recorded as an override', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await onlyKinds(app.page, ['Fill in the blank']);
		await startQuiz('All');
		const question = await questionOnScreen(app.page);
		expect(question.kind).toBe('cloze');
		await answer(app.page, question, false);
		// Graded wrong, it is told what else would have counted; once overruled, that goes.
		const note = typedMarkingNote(
			question,
			{ kind: 'cloze', text: 'qqqq' },
			{ correct: false, typo: false, overridden: false }
		);
		expect(await app.page.locator('.feedback .marking').allTextContents()).toEqual(
			note ? [note] : []
		);
		await app.page.getByRole('button', { name: 'I was right' }).click();
		// The verdict, not the note ("Also counted as right: …"), which says it in other words.
		await app.page.locator('.verdict', { hasText: 'Counted as right' }).waitFor();
		await expect.poll(() => app.page.locator('.feedback .marking').count()).toBe(0);
		const [stored] = await readStore<StoredAnswer>(app.page, 'quizAnswers');
		expect(stored).toMatchObject({ questionId: question.id, correct: true, overridden: true });
	});

	test('"I was right" in one tab never erases a later rating of the fact in another', async () => {
		const tabA = app.page;
		await tabA.goto(app.baseURL + '/quiz');
		await onlyKinds(tabA, ['Fill in the blank']);
		await startQuiz('5');
		const question = await questionOnScreen(tabA);
		const factId = question.factIds[0] ?? '';
		await answer(tabA, question, false);

		// Five minutes on, in another tab, the fact (now due) is rated Easy by flashcard.
		await app.context.clock.setFixedTime(Date.now() + 5 * 60_000);
		const tabB = await app.context.newPage();
		await tabB.goto(app.baseURL + '/flashcards');
		await tabB.locator('.cue').waitFor();
		const memories = await readStore<{ factId: string; due: number }>(tabB, 'memories');
		expect(memories.map((memory) => memory.factId)).toEqual([factId]);
		await tabB.getByRole('button', { name: /Show answer/ }).click();
		await tabB.getByRole('button', { name: /^Easy/ }).click();
		await expect.poll(async () => (await readStore<StoredLog>(tabB, 'reviewLogs')).length).toBe(2);

		// Back in the first tab, still on the feedback: "I was right".
		await tabA.getByRole('button', { name: 'I was right' }).click();
		await tabA.locator('.verdict', { hasText: 'Counted as right' }).waitFor();
		const logs = await readStore<StoredLog>(tabA, 'reviewLogs');
		expect(logs.map((log) => [log.source, log.log.rating]).sort()).toEqual([
			['flashcard', 'easy'],
			['quiz', 'hard']
		]);
		const [memory] = await readStore<{ memory: { lastReview: number; reps: number } }>(
			tabA,
			'memories'
		);
		// The Easy is still the fact's last review: the override was replayed beneath it.
		expect(memory?.memory.reps).toBe(2);
		expect(memory?.memory.lastReview).toBe(Math.max(...logs.map((log) => log.reviewedAt)));
		await tabB.close();
	});

	test('a reported question does not come back, and can be unsuspended in settings', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await startQuiz('All');
		const reported = await questionOnScreen(app.page);
		await answer(app.page, reported, false);
		const [given] = await readStore<StoredAnswer>(app.page, 'quizAnswers');
		await app.page.getByRole('button', { name: 'Report this question' }).click();
		const dialog = app.page.getByRole('dialog', { name: 'Report this question' });
		await dialog.getByLabel('The question is unclear').check();
		await dialog.getByLabel('Note (optional)').fill('Ambiguous wording');
		await dialog.getByRole('button', { name: 'Report' }).click();
		await app.page.getByText('this question is reported').waitFor();

		for (let attempt = 0; attempt < 3; attempt++) {
			await app.page.getByRole('button', { name: 'Leave' }).click();
			await app.page.getByRole('button', { name: 'Discard' }).click();
			await startQuiz('All');
			const session = await currentSession(app.page);
			expect(session.questions.map((question) => question.id)).not.toContain(reported.id);
		}
		// The question is suspended, not its fact: that its fact is still asked other ways is
		// shown on the generator (tests/unit/questions/quiz.test.ts), where the seed is known.

		await app.page.goto(app.baseURL + '/settings');
		// The list shows the question itself (statement, sentence with its blank, or stem).
		const item = app.page.locator('.flags > li', { hasText: questionText(reported) });
		await item.getByText('Unclear').waitFor();
		// With the answer given beside the right one.
		const review = questionReview(reported, given?.given as QuestionResponse);
		expect(review.given).not.toEqual(review.right);
		expect(await item.locator('.answers dt').allTextContents()).toEqual([
			'Your answer',
			'Right answer'
		]);
		const shownLines = async (index: number) =>
			(await item.locator('.answers dd').nth(index).innerText())
				.split('\n')
				.map((line) => line.trim())
				.filter(Boolean);
		expect(await shownLines(0)).toEqual(review.given);
		expect(await shownLines(1)).toEqual(review.right);
		expect(await axeViolations(app.page, 'reported questions')).toEqual([]);
		await item.getByText('“Ambiguous wording”').waitFor();
		await item.getByRole('button', { name: 'Unsuspend' }).click();
		await item.getByRole('button', { name: 'Suspend again' }).waitFor();
		const flags = await readStore<{ questionId: string; suspended: boolean }>(
			app.page,
			'questionFlags'
		);
		expect(flags).toEqual([expect.objectContaining({ questionId: reported.id, suspended: false })]);
	});

	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 360, height: 640 }
	]) {
		test(`after every answer the verdict is in view and "Next" clear of the navigation (${viewport.width}×${viewport.height})`, async () => {
			await app.page.setViewportSize(viewport);
			await app.page.emulateMedia({ reducedMotion: 'reduce' });
			await app.page.goto(app.baseURL + '/quiz');
			await startQuiz('10');
			for (let index = 0; index < 10; index++) {
				await expect.poll(() => app.page.getByText(`Question ${index + 1} of 10`).count()).toBe(1);
				await answer(app.page, await questionOnScreen(app.page), index % 2 === 0);
				const header = await app.page.locator('.app-header').boundingBox();
				const nav = await app.page.locator('.bottom-nav').boundingBox();
				const verdict = await app.page.locator('.verdict').boundingBox();
				const next = await app.page
					.getByRole('button', { name: /Next question|See results/ })
					.boundingBox();
				const feedback = await app.page.locator('.feedback').boundingBox();
				if (!header || !nav || !verdict || !next || !feedback) throw new Error('not laid out');
				// The verdict is never scrolled above the header…
				expect(verdict.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
				expect(verdict.y + verdict.height).toBeLessThanOrEqual(nav.y);
				// …"Next" is brought above the navigation whenever the feedback fits between them…
				const room = nav.y - (header.y + header.height);
				if (next.y + next.height - verdict.y <= room) {
					expect(next.y + next.height).toBeLessThanOrEqual(nav.y + 1);
				}
				// …and in every case a scroll reaches it clear of both: the page leaves room below it.
				const nextButton = app.page.getByRole('button', { name: /Next question|See results/ });
				await nextButton.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
				const reached = await nextButton.boundingBox();
				if (!reached) throw new Error('"Next" not laid out');
				expect(reached.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
				expect(reached.y + reached.height).toBeLessThanOrEqual(nav.y + 1);
				await expectOnTop(nextButton);
				await nextButton.click();
			}
		});
	}

	/** Fails unless the element's centre is its own (or its child's): nothing lies over it. */
	async function expectOnTop(locator: Locator) {
		expect(
			await locator.evaluate((element) => {
				const rect = element.getBoundingClientRect();
				const hit = document.elementFromPoint(
					rect.left + rect.width / 2,
					rect.top + rect.height / 2
				);
				return hit !== null && element.contains(hit);
			})
		).toBe(true);
	}

	test('with the on-screen keyboard up (390×500), the typed answer and its "Check" stay in view, clear of the navigation', async () => {
		// The viewport meta asks for `interactive-widget=resizes-content`: the keyboard shrinks the
		// page's viewport, as this height does.
		await app.page.setViewportSize({ width: 390, height: 500 });
		await app.page.emulateMedia({ reducedMotion: 'reduce' });
		await app.page.goto(app.baseURL + '/quiz');
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		expect(await app.page.locator('meta[name="viewport"]').getAttribute('content')).toContain(
			'interactive-widget=resizes-content'
		);
		await onlyKinds(app.page, ['Fill in the blank']);
		await startQuiz('All');
		for (let index = 0; index < 3; index++) {
			const field = app.page.getByLabel('Your answer');
			await expect
				.poll(() => field.evaluate((element) => element === document.activeElement))
				.toBe(true);
			await field.pressSequentially('an answ');
			const check = app.page.getByRole('button', { name: 'Check' });
			const header = await app.page.locator('.app-header').boundingBox();
			const nav = await app.page.locator('.bottom-nav').boundingBox();
			const input = await field.boundingBox();
			const submit = await check.boundingBox();
			if (!header || !nav || !input || !submit) throw new Error('not laid out');
			for (const box of [input, submit]) {
				expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
				expect(box.y + box.height).toBeLessThanOrEqual(Math.min(nav.y, 500) + 1);
			}
			await expectOnTop(field);
			await expectOnTop(check);
			await check.click();
			await app.page.locator('.feedback').waitFor();
			await nextQuestion();
			await app.page.getByText(`Question ${index + 2} of`).waitFor();
		}
	});

	test('a number question opens the number pad', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await onlyKinds(app.page, ['Number']);
		await app.page.getByRole('button', { name: /^Start (quiz|a \d+-question quiz)$/ }).click();
		await app.page.locator('[data-question-id]').waitFor();
		const question = await questionOnScreen(app.page);
		expect(question.kind).toBe('numeric');
		expect(await app.page.getByLabel(/^Your answer/).getAttribute('inputmode')).toMatch(
			/^(decimal|numeric)$/
		);
	});

	test('key hints are hidden on a touch screen and shown where a fine pointer hovers', async () => {
		const hintsOn = async (page: Page) => {
			await page.goto(app.baseURL + '/quiz');
			await page.locator('html[data-ready]').waitFor({ state: 'attached' });
			await onlyKinds(page, ['Multiple choice']);
			await page.getByRole('button', { name: /^Start (quiz|a \d+-question quiz)$/ }).click();
			await page.locator('.option').first().waitFor();
			return page
				.locator('.option kbd')
				.evaluateAll((elements) =>
					elements.map((element) =>
						element.checkVisibility({ visibilityProperty: true }) ? element.textContent : null
					)
				);
		};
		// This phone (touch, no hover): no hints.
		const onPhone = await hintsOn(app.page);
		expect(onPhone.length).toBeGreaterThanOrEqual(3);
		expect(onPhone).toEqual(onPhone.map(() => null));

		// A laptop with a mouse at 1280×800: a number on each option.
		const desktop = await launchApp({ hasTouch: false, viewport: { width: 1280, height: 800 } });
		try {
			const onLaptop = await hintsOn(desktop.page);
			expect(onLaptop.length).toBeGreaterThanOrEqual(3);
			expect(onLaptop).toEqual(onLaptop.map((_, index) => String(index + 1)));
			expectCleanRun(desktop);
		} finally {
			await desktop.close();
		}
	});

	test('keys answer a question: number keys pick options, Enter goes on', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await onlyKinds(app.page, ['Multiple choice']);
		await startQuiz('5');
		const question = await questionOnScreen(app.page);
		if (question.kind !== 'mcq') throw new Error('expected a multiple-choice question');
		await app.page.keyboard.press(String(question.answerIndex + 1));
		await app.page.getByText(/^\s*Right\s*$/).waitFor();
		// The option chosen is marked in place, in words as well as colour.
		expect(await app.page.locator('.option.right').textContent()).toContain('Your answer, right');
		await app.page.keyboard.press('Enter');
		await app.page.getByText('Question 2 of 5').waitFor();

		// A wrong pick: both the pick and the right option are marked where they stand.
		const second = await questionOnScreen(app.page);
		if (second.kind !== 'mcq') throw new Error('expected a multiple-choice question');
		const wrong = (second.answerIndex + 1) % second.options.length;
		await app.page.keyboard.press(String(wrong + 1));
		await app.page.locator('.feedback').waitFor();
		const options = app.page.locator('.option');
		expect(await options.nth(wrong).textContent()).toContain('Your answer');
		expect(await options.nth(second.answerIndex).textContent()).toContain('Right answer');
		expect(await app.page.locator('.option.wrong').count()).toBe(1);
	});

	/** The primary actions on screen: after an answer, "Next" must be the only one. */
	const visiblePrimaries = () =>
		app.page
			.locator('main .primary:visible')
			.evaluateAll((elements) => elements.map((element) => element.textContent?.trim() ?? ''));

	test('a true-or-false answer is marked in place in words, and "Next" is then the one primary action', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await onlyKinds(app.page, ['True or false']);
		await startQuiz('5');
		const options = app.page.locator('.option');
		const markOf = async (index: number) =>
			(await options.nth(index).locator('.mark').innerText()).replace(/\s+/g, ' ').trim();

		// Wrong: the pick and the right answer are each marked where they stand.
		const first = await questionOnScreen(app.page);
		if (first.kind !== 'true-false') throw new Error('expected a true-or-false question');
		const right = first.answer ? 0 : 1;
		await answer(app.page, first, false);
		expect(await options.allTextContents()).toHaveLength(2);
		expect(await markOf(1 - right)).toBe('✗ Your answer');
		expect(await markOf(right)).toBe('✓ Right answer');
		expect(await options.nth(1 - right).getAttribute('class')).toContain('wrong');
		expect(await options.nth(right).getAttribute('class')).toContain('right');
		expect(await visiblePrimaries()).toEqual(['Next question']);
		await nextQuestion();

		// Right: one mark, on the pick.
		const second = await questionOnScreen(app.page);
		if (second.kind !== 'true-false') throw new Error('expected a true-or-false question');
		await answer(app.page, second, true);
		expect(await options.locator('.mark').count()).toBe(1);
		expect(await markOf(second.answer ? 0 : 1)).toBe('✓ Your answer, right');
		expect(await visiblePrimaries()).toEqual(['Next question']);

		// A multiple choice answered by tap: "Next" is the one primary action there too.
		await app.page.getByRole('button', { name: 'Leave' }).click();
		await app.page.getByRole('button', { name: 'Discard' }).click();
		await onlyKinds(app.page, ['Multiple choice']);
		await startQuiz('5');
		const choice = await questionOnScreen(app.page);
		if (choice.kind !== 'mcq') throw new Error('expected a multiple-choice question');
		await answer(app.page, choice, false);
		expect(await app.page.locator('.option .mark').count()).toBe(2);
		expect(await visiblePrimaries()).toEqual(['Next question']);
	});

	test('a typed answer with a spelling slip is accepted with the spelling, and "Check" gives way to "Next"', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await onlyKinds(app.page, ['Fill in the blank']);
		await startQuiz('All');
		// The first blank whose answer admits a slip the grader forgives (a date admits none).
		let found: { question: Question; slip: string } | null = null;
		for (let index = 0; index < 20 && !found; index++) {
			const question = await questionOnScreen(app.page);
			const slip = question.kind === 'cloze' ? slipOf(question) : null;
			if (slip) found = { question, slip };
			else {
				await answer(app.page, question, true);
				await nextQuestion();
			}
		}
		if (!found) throw new Error('no blank with a forgivable slip in 20 questions');
		const accepted = found.question.kind === 'cloze' ? found.question.accepted[0] : '';

		const field = app.page.getByLabel('Your answer');
		await field.fill(found.slip);
		expect(await visiblePrimaries()).toEqual(['Check']);
		await app.page.getByRole('button', { name: 'Check' }).click();
		await app.page.locator('.feedback').waitFor();
		expect((await app.page.locator('.verdict').textContent())?.trim()).toBe('Right');
		expect(await app.page.locator('.feedback .marking').textContent()).toBe(
			`Accepted — the spelling is “${accepted}”.`
		);
		// The slip stays on screen as typed, and "Check" has given way.
		expect(await field.inputValue()).toBe(found.slip);
		expect(await app.page.getByRole('button', { name: 'Check' }).count()).toBe(0);
		expect(await visiblePrimaries()).toEqual([
			(await questionIndexIsLast()) ? 'See results' : 'Next question'
		]);
	});

	/** Whether the question on screen is the quiz's last ("Question n of n"). */
	async function questionIndexIsLast(): Promise<boolean> {
		const text = (await app.page.getByText(/^Question \d+ of \d+$/).textContent()) ?? '';
		const [, at, of] = text.match(/(\d+) of (\d+)/) ?? [];
		return at === of;
	}

	test('partial credit is explained beside the score, and the percentage is the points shown', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await onlyKinds(app.page, ['Timeline']);
		await startQuiz('All');
		const question = await questionOnScreen(app.page);
		if (question.kind !== 'timeline') throw new Error('expected a timeline question');
		// One slip: the last two events swapped, so all pairs but one the right way round.
		const order = [...question.correctOrder];
		order.splice(-2, 2, order.at(-1) ?? '', order.at(-2) ?? '');
		await orderTimeline(app.page, question, order);
		await app.page.getByRole('button', { name: 'Check order' }).click();
		await app.page.locator('.feedback').waitFor();
		await nextQuestion();
		await app.page.getByRole('heading', { name: 'Quiz finished' }).waitFor();

		const score = app.page.locator('.score');
		const rule = app.page.locator('.score + .rule');
		expect(await rule.textContent()).toMatch(
			/^\s*Each question is worth one point; a matching earns part of a point for each pair right, a\s+timeline for each pair of events the right way round\.\s*$/
		);
		const text = (await score.innerText()).replace(/\s+/g, ' ');
		const [, percent, points, total] = text.match(/^(\d+)% ([\d.]+) of (\d+) points/) ?? [];
		const pairs = (question.events.length * (question.events.length - 1)) / 2;
		expect(Number(points)).toBe(Math.round(((pairs - 1) / pairs) * 100) / 100);
		expect(Number(percent)).toBe(Math.round((Number(points) / Number(total)) * 100));
		expect(text).toContain('0 fully right, 1 partly');
		// The table by kind counts the same points.
		expect(
			await app.page
				.getByRole('row', { name: /^Timeline/ })
				.getByRole('cell')
				.textContent()
		).toBe(`${points} / 1`);
	});

	test('the start screen names the active filters while folded, and each kind and topic its count', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		const summary = app.page.getByTestId('active-filters');
		expect(await summary.textContent()).toBe('All kinds · all topics');
		await app.page.locator('summary', { hasText: 'Kinds and topics' }).click();
		const kinds = app.page.getByRole('group', { name: 'Kinds' });
		const topics = app.page.getByRole('group', { name: /Topics/ });
		// A kind the article cannot ask is shown as such, not offered.
		const matching = kinds.locator('label', { hasText: 'Matching' });
		expect(await matching.textContent()).toContain('none in this article');
		expect(await matching.getByRole('checkbox').isDisabled()).toBe(true);
		for (const label of await kinds.locator('label:not(.absent)').all()) {
			expect(await label.locator('.count').textContent()).toMatch(/^(up to \d+|1 question)$/);
		}
		const kindNames = await kinds.locator('.name').allTextContents();
		const topicNames = await topics.locator('.name').allTextContents();
		expect(kindNames.filter((name) => topicNames.includes(name))).toEqual([]);

		// A topic's count is what a quiz on it gets.
		const topic = topics.locator('label').nth(1);
		const name = (await topic.locator('.name').textContent()) ?? '';
		const count = Number((await topic.locator('.count').textContent())?.match(/\d+/)?.[0]);
		await topic.getByRole('checkbox').check();
		await onlyKinds(app.page, ['Multiple choice', 'True or false', 'Fill in the blank', 'Number']);
		// Folded, the line still names them.
		await app.page.locator('summary', { hasText: 'Kinds and topics' }).click();
		expect(await summary.textContent()).toBe(
			`Multiple choice, True or false, Fill in the blank, Number · ${name}`
		);
		await app.page.reload();
		expect(await summary.textContent()).toBe(
			`Multiple choice, True or false, Fill in the blank, Number · ${name}`
		);
		// One tap widens them again.
		await app.page.getByRole('button', { name: 'Use all kinds and topics' }).click();
		expect(await summary.textContent()).toBe('All kinds · all topics');
		expect(await app.page.getByRole('button', { name: 'Use all kinds and topics' }).count()).toBe(
			0
		);
		await app.page.locator('summary', { hasText: 'Kinds and topics' }).click();
		await topic.getByRole('checkbox').check();
		await startQuiz('All');
		// "Up to": how many one sentence per question allows; a draw may fit one or two fewer.
		const position = app.page.getByText(/Question 1 of \d+/).first();
		await position.waitFor();
		const length = Number((await position.textContent())?.match(/of (\d+)/)?.[1]);
		expect(length).toBeGreaterThan(0);
		expect(length).toBeLessThanOrEqual(count);
	});

	test('a timeline is ordered by tap: select an event, then the place it belongs', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await onlyKinds(app.page, ['Timeline']);
		// One timeline is all these filters allow: the screen says so, and 5 gives that one.
		await app.page.getByRole('radio', { name: '5', exact: true }).check({ force: true });
		await app.page
			.getByText('These filters allow only 1 question, so the quiz will have that one.')
			.waitFor();
		await app.page.getByRole('button', { name: 'Start a 1-question quiz' }).click();
		await app.page.getByText('Question 1 of 1').waitFor();
		const question = await questionOnScreen(app.page);
		if (question.kind !== 'timeline') throw new Error('expected a timeline question');
		const labels = new Map(question.events.map((event) => [event.id, event.label]));
		const items = app.page.locator('.timeline li .label');
		for (const [position, id] of question.correctOrder.entries()) {
			const label = labels.get(id) ?? '';
			const current = await items.allTextContents();
			if (current.indexOf(label) === position) continue;
			await items.nth(current.indexOf(label)).click();
			expect(await items.nth(current.indexOf(label)).getAttribute('aria-pressed')).toBe('true');
			await items.nth(position).click();
		}
		expect(await items.allTextContents()).toEqual(
			question.correctOrder.map((id) => labels.get(id))
		);
		await app.page.getByRole('button', { name: 'Check order' }).click();
		await app.page.getByText(/^\s*Right\s*$/).waitFor();
		// "Check order" gives way once checked: "Next" is the one primary action.
		expect(await app.page.getByRole('button', { name: 'Check order' }).count()).toBe(0);
		expect(await app.page.locator('[data-question-id] button.primary:visible').count()).toBe(0);
		await app.page.locator('.feedback button.primary:visible').waitFor();
	});

	/** Waits until the stored session holds a draft (writes follow every change). */
	async function draftStored(check: (response: Record<string, unknown>) => boolean) {
		await expect
			.poll(async () => {
				const draft = (await currentSession(app.page)).draft;
				return draft ? check(draft.response as Record<string, unknown>) : false;
			})
			.toBe(true);
	}

	async function reloadAndResume() {
		await app.page.reload();
		await app.page.getByRole('button', { name: 'Resume quiz' }).click();
		await app.page.locator('[data-question-id]').waitFor();
	}

	test('a reload puts back the pairs placed so far, and the answer is then marked pair by pair', async () => {
		// The article's quizzes draw no matching (see docs/questions.md): one built from its
		// facts is put in a quiz under way, as stored questions are data.
		await app.page.goto(app.baseURL + '/quiz');
		await startQuiz('5');
		const session = await currentSession(app.page);
		const facts = builtinPack().facts.slice(0, 4);
		const pairs = facts.map((fact) => ({
			left: fact.cue,
			right: fact.answer,
			factIds: [fact.id]
		}));
		const question = {
			id: `matching:${facts.map((fact) => fact.id).join('+')}:0`,
			kind: 'matching',
			packId: session.questions[0]?.packId,
			packVersion: session.questions[0]?.packVersion,
			prompt: 'Match each question with its answer.',
			explanation: facts.map((fact) => fact.statement).join(' '),
			factIds: facts.map((fact) => fact.id).sort(),
			sources: facts.map((fact) => ({
				factId: fact.id,
				block: fact.source.block,
				quote: fact.source.quote
			})),
			pairs,
			shuffledRights: pairs.map((pair) => pair.right).reverse()
		};
		await putRecord(app.page, 'quizSessions', {
			...session,
			questions: [question, ...session.questions.slice(1)]
		});
		await reloadAndResume();
		expect(await app.page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(
			question.id
		);
		const rights = question.pairs.map((pair) => pair.right);
		const answers = app.page.getByRole('list', { name: 'Answers' });
		// The first two pairs placed, the second one wrongly (the third pair's answer).
		const placed = [rights[0] ?? '', rights[2] ?? ''];
		for (const [index, text] of placed.entries()) {
			await answers.getByRole('button', { name: text, exact: true }).click();
			await app.page.locator('.slot').nth(index).click();
		}
		await draftStored(
			(response) =>
				JSON.stringify((response.rights as string[] | undefined)?.slice(0, 2)) ===
				JSON.stringify(placed)
		);

		await reloadAndResume();
		const slots = app.page.locator('.slot');
		expect((await slots.allTextContents()).map((text) => text.trim())).toEqual([
			...placed,
			...rights.slice(2).map(() => 'Empty')
		]);

		// The rest placed right; the second and third pairs are then marked wrong, in place.
		const rest = [rights[1] ?? '', ...rights.slice(3)];
		for (const [offset, text] of rest.entries()) {
			const index = offset === 0 ? 2 : offset + 2;
			await answers.getByRole('button', { name: text, exact: true }).click();
			await slots.nth(index).click();
		}
		await app.page.getByRole('button', { name: 'Check' }).click();
		await app.page.locator('.feedback').waitFor();
		const marks = (await app.page.locator('.lefts .mark').allTextContents()).map((text) =>
			text.replace(/\s+/g, ' ').trim()
		);
		expect(marks).toEqual(
			rights.map((right, index) =>
				index === 1 || index === 2 ? `✗ Wrong — it goes with “${right}”` : '✓ Right'
			)
		);
		// Reloaded on the feedback, the pairs stay placed and marked.
		await reloadAndResume();
		await app.page.locator('.feedback').waitFor();
		expect(await app.page.locator('.lefts .mark').count()).toBe(rights.length);
	});

	test('a reload puts back a timeline as it was ordered, and the answer marks where each event belongs', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await onlyKinds(app.page, ['Timeline']);
		await startQuiz('All');
		const question = await questionOnScreen(app.page);
		if (question.kind !== 'timeline') throw new Error('expected a timeline question');
		const items = app.page.locator('.timeline li .label');
		const last = (await items.allTextContents()).at(-1) ?? '';
		await app.page.getByRole('button', { name: `Move “${last.trim()}” earlier` }).click();
		const ordered = (await items.allTextContents()).map((text) => text.trim());
		const labels = new Map(question.events.map((event) => [event.id, event.label]));
		await draftStored(
			(response) =>
				JSON.stringify((response.order as string[]).map((id) => labels.get(id))) ===
				JSON.stringify(ordered)
		);

		await reloadAndResume();
		expect((await items.allTextContents()).map((text) => text.trim())).toEqual(ordered);

		await app.page.getByRole('button', { name: 'Check order' }).click();
		await app.page.locator('.feedback').waitFor();
		const ids = ordered.map(
			(label) => question.events.find((event) => event.label === label)?.id ?? ''
		);
		const marks = (await app.page.locator('.timeline .mark').allTextContents()).map((text) =>
			text.replace(/\s+/g, ' ').trim()
		);
		expect(marks).toHaveLength(ids.length);
		for (const [index, id] of ids.entries()) {
			const belongs = question.correctOrder.indexOf(id);
			const date = question.events.find((event) => event.id === id)?.date ?? '';
			expect(marks[index]).toBe(
				belongs === index
					? `✓ In place · ${date}`
					: `✗ Belongs ${['1st', '2nd', '3rd', '4th', '5th'][belongs]} · ${date}`
			);
		}
	});

	test('a reload puts back the text typed so far', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		await onlyKinds(app.page, ['Fill in the blank']);
		await startQuiz('All');
		await app.page.getByLabel('Your answer').pressSequentially('half an ans');
		await draftStored((response) => response.text === 'half an ans');
		await reloadAndResume();
		expect(await app.page.getByLabel('Your answer').inputValue()).toBe('half an ans');
		// Answered: the text stays on screen with its feedback, after a reload too.
		await app.page.getByLabel('Your answer').press('Enter');
		await app.page.locator('.feedback').waitFor();
		await reloadAndResume();
		await app.page.locator('.feedback').waitFor();
		expect(await app.page.getByLabel('Your answer').inputValue()).toBe('half an ans');
	});

	test('every quiz state passes axe, light and dark, on a phone and a desktop', async () => {
		await app.page.goto(app.baseURL + '/quiz');
		const violations: string[] = [];
		const axe = async (state: string) => violations.push(...(await axeViolations(app.page, state)));
		await app.page.getByRole('button', { name: 'Start quiz' }).waitFor();
		await axe('start');
		await startQuiz('5');
		for (let index = 0; index < 5; index++) {
			const question = await questionOnScreen(app.page);
			await axe(question.kind);
			await answer(app.page, question, index % 2 === 0);
			await axe(`${question.kind} feedback`);
			await nextQuestion();
		}
		await app.page.getByRole('heading', { name: 'Quiz finished' }).waitFor();
		await axe('results');
		expect(violations).toEqual([]);
		// Twelve states, each in four combinations: 60 s can run out on a loaded 2-core machine.
	}, 180_000);
});
