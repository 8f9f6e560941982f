import { expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { useApp } from './support/app';
import { readStore } from './support/store';

const app = useApp();

test('an invalid study setting is refused with a clear reason, and nothing is stored', async () => {
	await app.page.goto(app.baseURL + '/settings');
	const retention = app.page.getByLabel('Desired retention');
	await retention.fill('1.5');
	await retention.press('Tab');
	await app.page.getByText('Enter a number from 0.70 to 0.99.').waitFor();
	expect(await retention.getAttribute('aria-invalid')).toBe('true');
	expect(await readStore(app.page, 'settings')).toEqual([]);
	expect(await axeViolations(app.page, 'an invalid setting refused')).toEqual([]);

	await retention.fill('0.85');
	await retention.press('Tab');
	await expect
		.poll(async () => (await readStore<{ key: string; value: unknown }>(app.page, 'settings'))[0])
		.toMatchObject({ key: 'desiredRetention', value: 0.85 });
	expect(await app.page.getByText('Enter a number from 0.70 to 0.99.').count()).toBe(0);
});

test('the learning-steps hint names the units it accepts, and its example is accepted as written', async () => {
	await app.page.goto(app.baseURL + '/settings');
	await app.page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const steps = app.page.getByLabel('Learning steps');
	const hintId = ((await steps.getAttribute('aria-describedby')) ?? '').split(' ')[0] ?? '';
	const hint = (await app.page.locator(`[id="${hintId}"]`).textContent())?.trim();
	expect(hint).toBe(
		"Waits before a new fact's first review, e.g. “1m 10m” (m minutes, h hours, d days)."
	);
	// The example, and each unit it names, is taken as written.
	const stored = async () =>
		(await readStore<{ key: string; value: unknown }>(app.page, 'settings')).find(
			(row) => row.key === 'learningSteps'
		)?.value;
	for (const value of ['30m 2h 1d', '1m 10m']) {
		await steps.fill(value);
		await steps.press('Tab');
		await expect.poll(stored).toEqual(value.split(' '));
		expect(await steps.getAttribute('aria-invalid')).toBeNull();
	}
});
