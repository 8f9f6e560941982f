import { axeViolations as axeEverywhere } from './support/axe';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectCleanRun, launchApp, useApp } from './support/app';
import { answer, onlyKinds, questionOnScreen } from './support/quiz';
import { readStore } from './support/store';

const tables = [
	'settings',
	'memories',
	'reviewLogs',
	'quizSessions',
	'quizAnswers',
	'questionFlags',
	'factFlags'
];

async function rateOneCard(page: Page, baseURL: string) {
	await page.goto(baseURL + '/flashcards');
	await page.locator('.cue').click();
	await page.getByRole('button', { name: /^Good/ }).click();
	await page.getByText('19 left').waitFor();
}

async function finishShortQuiz(page: Page, baseURL: string) {
	await page.goto(baseURL + '/quiz');
	await onlyKinds(page, ['True or false']);
	await page.getByRole('radio', { name: '5', exact: true }).check({ force: true });
	await page.getByRole('button', { name: 'Start quiz' }).click();
	for (let index = 0; index < 5; index++) {
		await page.getByText(`Question ${index + 1} of 5`).waitFor();
		await answer(page, await questionOnScreen(page), true);
		await page.getByRole('button', { name: /Next question|See results/ }).click();
	}
	await page.getByRole('heading', { name: 'Quiz finished' }).waitFor();
}

const axeViolations = (page: Page) => axeEverywhere(page, 'safekeeping');

/** Counts calls of `navigator.storage.persist()` in the page, and answers it with `grant`. */
async function watchPersist(page: Page, grant: boolean) {
	await page.context().addInitScript((granted) => {
		const storage = navigator.storage;
		let persisted = false;
		storage.persist = async () => {
			localStorage.setItem(
				'test:persist-calls',
				String(Number(localStorage.getItem('test:persist-calls') ?? 0) + 1)
			);
			persisted = granted;
			return granted;
		};
		storage.persisted = async () => persisted;
	}, grant);
}

describe('keeping progress safe', () => {
	const app = useApp();

	test('an emptied database is noticed and a restore offered; "Start fresh" puts the notice away for good', async () => {
		await rateOneCard(app.page, app.baseURL);
		// The browser drops the database, but not localStorage (a partial clear of site data).
		await app.page.goto(app.baseURL + '/');
		await app.page.evaluate(
			() =>
				new Promise((resolve, reject) => {
					const request = indexedDB.deleteDatabase('sourced');
					request.onsuccess = resolve;
					request.onerror = reject;
				})
		);
		await app.page.reload();
		const notice = app.page.getByRole('region', { name: 'Your progress on this device is gone' });
		await notice.waitFor();
		expect(await axeViolations(app.page)).toEqual([]);
		// Also on a deep link, not only at home.
		await app.page.goto(app.baseURL + '/flashcards');
		await notice.waitFor();
		await notice.getByRole('link', { name: 'Restore a backup' }).click();
		await app.page.waitForURL(/\/settings#backup-title$/);
		await app.page.getByRole('button', { name: 'Start fresh' }).click();
		await notice.waitFor({ state: 'detached' });
		await app.page.reload();
		await app.page.locator('html[data-ready]').waitFor();
		await app.page.getByRole('heading', { name: 'Backup' }).waitFor();
		await app.page.waitForTimeout(300);
		expect(await notice.count()).toBe(0);
	});

	test('persistence is asked once, at the end of the first finished quiz; Settings shows storage, persistence and the last export', async () => {
		await watchPersist(app.page, false);
		await finishShortQuiz(app.page, app.baseURL);
		await expect
			.poll(() => app.page.evaluate(() => localStorage.getItem('test:persist-calls')))
			.toBe('1');
		await finishShortQuiz(app.page, app.baseURL);
		expect(await app.page.evaluate(() => localStorage.getItem('test:persist-calls'))).toBe('1');

		await app.page.goto(app.baseURL + '/settings');
		await app.page
			.getByTestId('storage-used')
			.getByText(/\d (bytes|KB|MB)/)
			.waitFor();
		await app.page
			.getByTestId('persistence')
			.getByText(/Not for sure/)
			.waitFor();
		const lastExport = async () =>
			(await app.page.getByTestId('last-export').textContent())?.replace(/\s+/g, ' ').trim();
		await expect.poll(lastExport).toMatch(/^None yet · 10 ratings and answers since$/);

		await app.page.getByRole('button', { name: 'Ask the browser to keep it' }).click();
		await app.page.getByText('The browser said no.').waitFor();

		const [download] = await Promise.all([
			app.page.waitForEvent('download'),
			app.page.getByRole('button', { name: 'Export a backup' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^sourced-backup-/);
		const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date());
		await expect.poll(lastExport).toBe(today);
	});

	test('Reset names what it deletes, offers an export, and empties every table in one step', async () => {
		await rateOneCard(app.page, app.baseURL);
		await finishShortQuiz(app.page, app.baseURL);
		await app.page.goto(app.baseURL + '/settings');
		await app.page.getByRole('button', { name: 'Delete all progress…' }).click();
		const confirm = app.page.getByRole('alert');
		await confirm.getByText(/1 quiz, 5 quiz answers/).waitFor();
		expect(await confirm.textContent()).toMatch(/ratings/);
		await confirm.getByRole('button', { name: 'Export a backup first' }).waitFor();
		expect(await axeViolations(app.page)).toEqual([]);
		await confirm.getByRole('button', { name: 'Cancel' }).click();
		expect((await readStore(app.page, 'reviewLogs')).length).toBe(6);

		await app.page.getByRole('button', { name: 'Delete all progress…' }).click();
		const reloaded = app.page.waitForEvent('load');
		await app.page.getByRole('button', { name: 'Delete everything' }).click();
		await reloaded;
		await app.page.locator('html[data-ready]').waitFor();
		// Said after the reload, not silently done.
		await app.page.getByRole('status').filter({ hasText: 'Everything was deleted' }).waitFor();
		for (const table of tables) expect(await readStore(app.page, table), table).toEqual([]);
		await app.page.goto(app.baseURL + '/');
		// Everything new again, and no talk of a loss: the learner asked for this.
		await expect.poll(() => app.page.getByTestId('new-count').textContent()).toBe('20');
		expect(await app.page.getByTestId('due-count').textContent()).toBe('0');
		expect(await app.page.getByText('Your progress on this device is gone').count()).toBe(0);
	});

	test('a full disk: the banner offers "Export a backup", and the export still works', async () => {
		await rateOneCard(app.page, app.baseURL);
		await app.page.evaluate(() => {
			const refuse = function () {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
			IDBObjectStore.prototype.put = refuse;
			IDBObjectStore.prototype.add = refuse;
		});
		await app.page.locator('.cue').click();
		await app.page.getByRole('button', { name: /^Good/ }).click();
		const banner = app.page.getByRole('alert').filter({ hasText: 'Storage is full' });
		await banner.waitFor();
		expect(await axeViolations(app.page)).toEqual([]);
		const [download] = await Promise.all([
			app.page.waitForEvent('download'),
			banner.getByRole('button', { name: 'Export a backup' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^sourced-backup-/);
	});
});

describe('install coaching', () => {
	test('on iOS Safari a card explains installing before the first session; "Not now" is kept', async () => {
		const ios = await launchApp({
			userAgent:
				'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
		});
		try {
			await ios.page.goto(ios.baseURL + '/');
			const card = ios.page.getByRole('region', { name: /add Sourced to your Home Screen/ });
			await card.waitFor();
			expect(await card.textContent()).toMatch(/7 days/);
			expect(await axeViolations(ios.page)).toEqual([]);
			await card.getByRole('button', { name: 'Not now' }).click();
			await card.waitFor({ state: 'detached' });
			await ios.page.reload();
			await ios.page.locator('html[data-ready]').waitFor();
			await ios.page.waitForTimeout(300);
			expect(await card.count()).toBe(0);
			expectCleanRun(ios);
		} finally {
			await ios.close();
		}
	});

	test('Chromium’s install prompt is held back until something is studied, and never shown in a session', async () => {
		const chromium = await launchApp();
		try {
			const page = chromium.page;
			// The browser's event, as Chromium fires it on each load once the app is installable.
			const offer = async () => {
				await page.locator('html[data-ready]').waitFor();
				await page.evaluate(() => {
					const event = new Event('beforeinstallprompt', { cancelable: true });
					Object.assign(event, {
						prompt: async () => localStorage.setItem('test:prompted', 'yes'),
						userChoice: Promise.resolve({ outcome: 'accepted' })
					});
					dispatchEvent(event);
				});
			};
			const card = page.getByRole('region', { name: 'Install Sourced on this device' });
			await page.goto(chromium.baseURL + '/');
			await offer();
			await page.waitForTimeout(300);
			expect(await card.count(), 'nothing studied yet').toBe(0);

			// Mid-quiz, on the home screen: still a session.
			await page.goto(chromium.baseURL + '/quiz');
			await onlyKinds(page, ['True or false']);
			await page.getByRole('radio', { name: '5', exact: true }).check({ force: true });
			await page.getByRole('button', { name: 'Start quiz' }).click();
			await answer(page, await questionOnScreen(page), true);
			await offer();
			await page.getByRole('link', { name: 'Home' }).click();
			await page.getByRole('heading', { name: 'Study the article' }).waitFor();
			await page.waitForTimeout(300);
			expect(await card.count(), 'a quiz under way').toBe(0);

			// A new visit: the quiz waits to be resumed, nothing is under way.
			await page.goto(chromium.baseURL + '/');
			await offer();
			await card.waitFor();
			expect(await axeViolations(page)).toEqual([]);
			await card.getByRole('button', { name: 'Install' }).click();
			await card.waitFor({ state: 'detached' });
			expect(await page.evaluate(() => localStorage.getItem('test:prompted'))).toBe('yes');
			expectCleanRun(chromium);
		} finally {
			await chromium.close();
		}
	});
});
