import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from 'vitest';
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
	const results = await new AxeBuilder({ page: app.page }).analyze();
	expect(results.violations.map((violation) => violation.id)).toEqual([]);

	await retention.fill('0.85');
	await retention.press('Tab');
	await expect
		.poll(async () => (await readStore<{ key: string; value: unknown }>(app.page, 'settings'))[0])
		.toMatchObject({ key: 'desiredRetention', value: 0.85 });
	expect(await app.page.getByText('Enter a number from 0.70 to 0.99.').count()).toBe(0);
});
