import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp, waitForServiceWorkerControl } from './support/app';
import { axeViolations } from './support/axe';
import { currentLearnSession, learnStepOnScreen } from './support/learn';
import { giveAnswer } from './support/quiz';
import { readStore } from './support/store';

const day = 24 * 60 * 60 * 1000;
// 09:00 UTC on 28 November: clear of the 04:00 rollover in the test's time zone.
const dayOne = Date.UTC(2026, 10, 28, 9);

/** Answers the step on screen right, "Fairly sure"; returns the fact and the rung it was asked at. */
async function answerStep(page: Page): Promise<{ factId: string; rung: string }> {
	const step = await learnStepOnScreen(page);
	await giveAnswer(page, step.question, true);
	await page.getByRole('button', { name: /^Fairly sure/ }).click();
	await page.locator('.feedback').waitFor();
	return { factId: step.factId, rung: step.rung };
}

describe('Learn', () => {
	const app = useApp();

	test('over two days a fact climbs from recognition to recall, offline on the second, surviving a reload mid-round; axe-clean in every state', async () => {
		const page = app.page;
		const violations: string[] = [];
		await app.context.clock.setFixedTime(dayOne);
		await page.goto(app.baseURL + '/settings');
		await page.locator('html[data-ready]').waitFor();
		const perDay = page.getByLabel('New cards per day');
		await perDay.fill('8');
		await perDay.press('Tab');
		await expect
			.poll(
				async () =>
					(await readStore<{ key: string; value: unknown }>(page, 'settings')).find(
						(row) => row.key === 'newCardsPerDay'
					)?.value
			)
			.toBe(8);

		await page.goto(app.baseURL + '/learn');
		await waitForServiceWorkerControl(page);
		await page.getByRole('button', { name: "Start today's session" }).waitFor();
		expect(await page.getByTestId('learn-new').textContent()).toBe('8');
		violations.push(...(await axeViolations(page, 'start')));
		await page.getByRole('button', { name: "Start today's session" }).click();

		const dayOneAnswers: { factId: string; rung: string }[] = [];
		for (let index = 0; index < 8; index += 1) {
			await page.locator('[data-question-id]').waitFor();
			if (index === 3) {
				// A reload mid-round: the same question, the three answers kept.
				const before = await page.locator('[data-question-id]').getAttribute('data-question-id');
				await page.reload();
				await page.locator('html[data-ready]').waitFor();
				await expect
					.poll(() => page.locator('[data-question-id]').getAttribute('data-question-id'))
					.toBe(before);
				await expect
					.poll(() => page.getByTestId('learn-status').textContent())
					.toMatch(/\+6 marks/);
				// Three of eight answered: five left, the one on screen among them, as Home says.
				expect(await page.getByTestId('learn-status').textContent()).toMatch(/\b5 left\b/);
				await page.goto(app.baseURL + '/');
				await expect.poll(() => page.getByTestId('learn-left').textContent()).toBe('5');
				await page.goto(app.baseURL + '/learn');
				await expect
					.poll(() => page.locator('[data-question-id]').getAttribute('data-question-id'))
					.toBe(before);
			}
			if (index === 0) {
				const step = await learnStepOnScreen(page);
				await giveAnswer(page, step.question, true);
				await page.getByRole('heading', { name: 'How sure are you?' }).waitFor();
				// The question takes focus, not a choice: a second Enter picks nothing.
				await expect
					.poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
					.toMatch(/\bcertainty\b/);
				await page.keyboard.press('Enter');
				expect(await page.locator('.feedback').count()).toBe(0);
				expect(await readStore(page, 'learnAnswers')).toEqual([]);
				violations.push(...(await axeViolations(page, 'certainty')));
				await page.getByRole('button', { name: /^Fairly sure/ }).click();
				await page.locator('.feedback').waitFor();
				violations.push(...(await axeViolations(page, 'feedback')));
				dayOneAnswers.push({ factId: step.factId, rung: step.rung });
			} else {
				dayOneAnswers.push(await answerStep(page));
			}
			await page.getByRole('button', { name: /^(Next question|End of round|Finish)$/ }).click();
			// The feedback goes with the step it belongs to: only then is the next one on screen.
			await page.locator('.feedback').waitFor({ state: 'detached' });
			if (index === 6) {
				await page.getByRole('heading', { name: 'Round 1 done' }).waitFor();
				expect(await page.locator('.summary').textContent()).toMatch(/7 of 7 right/);
				violations.push(...(await axeViolations(page, 'round summary')));
				await page.getByRole('button', { name: 'Next round' }).click();
			}
		}
		await page.getByRole('heading', { name: "Today's session is done" }).waitFor();
		// The day's new facts are in FSRS's learning steps: the end of the session says they
		// come back today, not that the day is over.
		expect(await page.getByTestId('after-session').innerText()).toMatch(
			/^\d+ facts come back today, from \d{1,2}:\d{2}( [AP]M)?: Learn offers them then\./
		);
		violations.push(...(await axeViolations(page, 'session done')));
		const recognised = dayOneAnswers.filter((answer) => answer.rung === 'recognition');
		expect(recognised.length).toBeGreaterThan(0);

		// The next day, on a train: no network.
		await app.context.clock.setFixedTime(dayOne + day);
		await app.context.setOffline(true);
		await page.goto(app.baseURL + '/learn');
		await page.getByRole('button', { name: "Start today's session" }).waitFor();
		expect(Number(await page.getByTestId('learn-due').textContent())).toBeGreaterThanOrEqual(
			recognised.length
		);
		await page.getByRole('button', { name: "Start today's session" }).click();
		const dayTwo: { factId: string; rung: string }[] = [];
		for (;;) {
			const phase = await Promise.race([
				page
					.locator('[data-question-id]')
					.waitFor()
					.then(() => 'question'),
				page
					.getByRole('heading', { name: "Today's session is done" })
					.waitFor()
					.then(() => 'done')
			]);
			if (phase === 'done') break;
			dayTwo.push(await answerStep(page));
			const next = page.getByRole('button', { name: /^(Next question|End of round|Finish)$/ });
			await next.click();
			await page.locator('.feedback').waitFor({ state: 'detached' });
			if (await page.getByRole('button', { name: 'Next round' }).isVisible())
				await page.getByRole('button', { name: 'Next round' }).click();
		}
		const climbed = recognised.filter((first) =>
			dayTwo.some((later) => later.factId === first.factId && later.rung === 'recall')
		);
		expect(climbed.length).toBeGreaterThan(0);
		const session = await currentLearnSession(page);
		expect(session.finishedAt).not.toBeNull();

		// Calibration on the progress page: every answer was "Fairly sure", and right.
		await page.goto(app.baseURL + '/progress');
		const row = page.locator('.calibration tr', { hasText: 'Fairly sure' });
		await row.waitFor();
		expect(await row.textContent()).toMatch(
			new RegExp(`100 %\\s*\\(${8 + dayTwo.length} of ${8 + dayTwo.length}\\)`)
		);
		expect(await page.getByTestId('calibration-sentence').textContent()).toMatch(
			/When you are fairly sure, you are right 100 % of the time/
		);
		violations.push(...(await axeViolations(page, 'progress with calibration')));
		expect(violations).toEqual([]);
		await app.context.setOffline(false);
	}, 180_000);
});
