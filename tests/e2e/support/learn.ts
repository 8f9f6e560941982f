import type { Page } from 'playwright-core';
import type { Question } from '../../../src/lib/domain/questions/question';
import { giveAnswer } from './quiz';
import { readStore } from './store';

export interface StoredLearnSession {
	id: string;
	startedAt: number;
	finishedAt: number | null;
	queue: string[];
	steps: { factId: string; rung: string; question: Question }[];
}

/** The newest stored Learn session. */
export async function currentLearnSession(page: Page): Promise<StoredLearnSession> {
	const sessions = await readStore<StoredLearnSession>(page, 'learnSessions');
	const newest = sessions.sort((a, b) => b.startedAt - a.startedAt)[0];
	if (!newest) throw new Error('no Learn session stored');
	return newest;
}

/** The step on screen, from the stored session (its exact question, answers included). */
export async function learnStepOnScreen(
	page: Page
): Promise<StoredLearnSession['steps'][number] & { index: number }> {
	const id = await page.locator('[data-question-id]').getAttribute('data-question-id');
	const session = await currentLearnSession(page);
	const index = session.steps.findLastIndex((step) => step.question.id === id);
	const step = session.steps[index];
	if (!step) throw new Error(`question ${id} is not in the stored Learn session`);
	return { ...step, index };
}

/**
 * Answers the Learn step on screen, right or deliberately wrong, with a certainty, and waits
 * for its feedback; returns the step as stored.
 */
export async function answerLearnStep(
	page: Page,
	right: boolean,
	certainty: 'Unsure' | 'Fairly sure' | 'Sure' = 'Fairly sure'
): Promise<StoredLearnSession['steps'][number] & { index: number }> {
	const step = await learnStepOnScreen(page);
	await giveAnswer(page, step.question, right);
	await page.getByRole('button', { name: new RegExp(`^${certainty}`) }).click();
	await page.locator('.feedback').waitFor();
	return step;
}

/** Goes on from a Learn step's feedback, and waits until that feedback has gone with its step. */
export async function nextLearnStep(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^(Next question|End of round|Finish)$/ }).click();
	await page.locator('.feedback').waitFor({ state: 'detached' });
}
