import type { Page } from 'playwright-core';
import type { Question } from '../../../src/lib/domain/questions/question';
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
