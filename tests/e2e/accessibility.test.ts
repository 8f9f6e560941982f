import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchApp, routes, type AppSession } from './support/app';

for (const colorScheme of ['light', 'dark'] as const) {
	describe(`accessibility in ${colorScheme} mode`, () => {
		let app: AppSession;

		beforeAll(async () => {
			app = await launchApp({ colorScheme });
		});

		afterAll(async () => {
			await app.close();
		});

		for (const route of routes) {
			test(`${route.path} has no axe violations`, async () => {
				await app.page.goto(app.baseURL + route.path);
				await app.page.locator('h1').first().waitFor();
				const results = await new AxeBuilder({ page: app.page }).analyze();
				const summary = results.violations.map(
					(violation) =>
						`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
				);
				expect(summary).toEqual([]);
				expect(app.cspViolations).toEqual([]);
			});
		}
	});
}
