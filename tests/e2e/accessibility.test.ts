import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { expectCleanRun, launchApp, routes, type AppSession } from './support/app';

let app: AppSession;

beforeAll(async () => {
	app = await launchApp();
});

afterAll(async () => {
	try {
		expectCleanRun(app);
	} finally {
		await app.close();
	}
});

for (const route of routes) {
	test(`${route.path}, fresh, has no axe violations in light and dark, on a phone and a desktop`, async () => {
		await app.page.goto(app.baseURL + route.path);
		await app.page.locator('html[data-ready]').waitFor();
		await app.page.getByRole('heading', { level: 1, name: route.heading }).waitFor();
		expect(await axeViolations(app.page, route.path)).toEqual([]);
	}, 120_000);
}
