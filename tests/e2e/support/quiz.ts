import type { Locator, Page } from 'playwright-core';
import type { Question } from '../../../src/lib/domain/questions/question';
import { readStore } from './store';

interface StoredSession {
	id: string;
	questions: Question[];
	startedAt: number;
	finishedAt: number | null;
	/** The question on screen, as kept for a reload. */
	position?: number;
	draft?: { questionId: string; response: unknown };
}

/** The quiz under way: the newest stored session. */
export async function currentSession(page: Page): Promise<StoredSession> {
	const sessions = await readStore<StoredSession>(page, 'quizSessions');
	const newest = sessions.sort((a, b) => b.startedAt - a.startedAt)[0];
	if (!newest) throw new Error('no quiz session stored');
	return newest;
}

/** The question on screen, from the stored session (its exact data, answers included). */
export async function questionOnScreen(page: Page): Promise<Question> {
	const id = await page.locator('[data-question-id]').getAttribute('data-question-id');
	const session = await currentSession(page);
	const question = session.questions.find((candidate) => candidate.id === id);
	if (!question) throw new Error(`question ${id} is not in the stored session`);
	return question;
}

/** Answers the question on screen by tap, right or deliberately wrong, and waits for feedback. */
export async function answer(page: Page, question: Question, right: boolean): Promise<void> {
	await giveAnswer(page, question, right);
	try {
		await page.locator('.feedback').waitFor({ timeout: 10_000 });
	} catch (error) {
		const path = `test-results/stuck-${question.kind}-${Date.now()}.png`;
		await page.screenshot({ path });
		throw new Error(
			`No feedback after answering ${question.id} (${right ? 'right' : 'wrong'}); see ${path}`,
			{
				cause: error
			}
		);
	}
}

/** Gives an answer to the question on screen (Learn then asks for certainty before feedback). */
export async function giveAnswer(page: Page, question: Question, right: boolean): Promise<void> {
	switch (question.kind) {
		case 'mcq': {
			const index = right
				? question.answerIndex
				: (question.answerIndex + 1) % question.options.length;
			await page.locator('.option').nth(index).click();
			break;
		}
		case 'true-false':
			await page
				.getByRole('button', { name: right === question.answer ? /True$/ : /False$/ })
				.click();
			break;
		case 'cloze':
		case 'numeric':
			await page.getByLabel(/Your answer/).fill(right ? (question.accepted[0] ?? '') : 'qqqq');
			await page.getByLabel(/Your answer/).press('Enter');
			break;
		case 'matching': {
			const rights = question.pairs.map((pair) => pair.right);
			const placed = right ? rights : [...rights.slice(1), rights[0] ?? ''];
			for (const [index, text] of placed.entries()) {
				await page
					.getByRole('list', { name: 'Answers' })
					.getByRole('button', { name: text, exact: true })
					.click();
				await page.locator('.slot').nth(index).click();
			}
			await page.getByRole('button', { name: /^(Check|Done)$/ }).click();
			break;
		}
		case 'timeline': {
			await orderTimeline(
				page,
				question,
				right ? question.correctOrder : [...question.correctOrder].reverse()
			);
			await page.getByRole('button', { name: /^(Check order|Done)$/ }).click();
			break;
		}
	}
}

/** Puts the timeline on screen in the `target` order (event ids) with its "Move earlier" buttons. */
export async function orderTimeline(
	page: Page,
	question: Question & { kind: 'timeline' },
	target: readonly string[]
): Promise<void> {
	const labels = new Map(question.events.map((event) => [event.id, event.label]));
	for (const [position, id] of target.entries()) {
		const label = labels.get(id) ?? '';
		for (;;) {
			const items = await page.locator('.timeline li .label').allTextContents();
			const at = items.indexOf(label);
			if (at <= position) break;
			await page.getByRole('button', { name: `Move “${label}” earlier` }).click();
		}
	}
}

/** Narrows the next quiz to the given kinds on the quiz start screen. */
export async function onlyKinds(page: Page, labels: readonly string[]): Promise<void> {
	const details = page.locator('details', { hasText: 'Kinds and topics' });
	if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
		await page.locator('summary', { hasText: 'Kinds and topics' }).click();
	}
	const group = page.getByRole('group', { name: 'Kinds' });
	const nameOf = (box: Locator) =>
		box.evaluate((input) => input.parentElement?.querySelector('.name')?.textContent ?? '');
	for (const box of await group.getByRole('checkbox').all()) {
		if (labels.includes(await nameOf(box))) await box.check();
	}
	for (const box of await group.getByRole('checkbox').all()) {
		if (!labels.includes(await nameOf(box)) && !(await box.isDisabled())) await box.uncheck();
	}
}
