import { describe, expect, test } from 'vitest';
import { routes, useApp, waitForServiceWorkerControl } from './support/app';
import { readStore } from './support/store';

describe('offline after the first visit', () => {
	const app = useApp();

	test('the service worker takes control on the first visit', async () => {
		await app.page.goto(app.baseURL + '/');
		await waitForServiceWorkerControl(app.page);
		const scope = await app.page.evaluate(
			async () => (await navigator.serviceWorker.getRegistration())?.scope
		);
		expect(scope).toBe(app.baseURL + '/');
	});

	test('every route reloads offline from the service worker and renders its heading', async () => {
		await app.page.goto(app.baseURL + '/');
		await waitForServiceWorkerControl(app.page);
		await app.context.setOffline(true);

		for (const route of routes) {
			const response = await app.page.goto(app.baseURL + route.path);
			expect(response, route.path).not.toBeNull();
			expect(response!.fromServiceWorker(), `${route.path} from the service worker`).toBe(true);
			expect(response!.status()).toBe(200);
			await expect
				.poll(() => app.page.locator('h1').first().textContent(), { timeout: 5000 })
				.toBe(route.heading);
			await app.page.reload();
			await expect.poll(() => app.page.locator('h1').first().textContent()).toBe(route.heading);
		}
	});

	test('an unknown deep link offline gets the app shell from the service worker, not a browser error', async () => {
		await app.page.goto(app.baseURL + '/');
		await waitForServiceWorkerControl(app.page);
		await app.context.setOffline(true);
		const response = await app.page.goto(app.baseURL + '/no/such/page');
		expect(response!.fromServiceWorker()).toBe(true);
		await expect.poll(() => app.page.locator('h1').first().textContent()).toBe('Page not found');
	});

	test('the offline badge appears when the connection drops and goes when it returns', async () => {
		await app.page.goto(app.baseURL + '/');
		await waitForServiceWorkerControl(app.page);
		const badge = app.page.getByRole('status').filter({ hasText: 'Offline' });
		expect(await badge.count()).toBe(0);
		await app.context.setOffline(true);
		await badge.waitFor();
		await app.context.setOffline(false);
		await badge.waitFor({ state: 'detached' });
	});

	test('a setting written to IndexedDB survives an offline reload', async () => {
		await app.page.goto(app.baseURL + '/settings');
		await waitForServiceWorkerControl(app.page);
		const dark = app.page.getByRole('radio', { name: 'Dark' });
		await expect.poll(() => dark.isEnabled()).toBe(true);
		await dark.check();
		await expect
			.poll(() => app.page.evaluate(() => document.documentElement.dataset.theme))
			.toBe('dark');
		await expect
			.poll(
				async () =>
					(await readStore<{ key: string; value: unknown }>(app.page, 'settings'))[0]?.value
			)
			.toBe('dark');

		await app.context.setOffline(true);
		const response = await app.page.reload();
		expect(response!.fromServiceWorker()).toBe(true);
		await expect.poll(() => dark.isChecked()).toBe(true);
		expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	});
});
