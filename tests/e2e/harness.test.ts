import { describe, expect, test } from 'vitest';
import { useApp } from './support/app';

// The checks every journey ends with (`expectCleanRun`) must see what they claim to see.
describe('the e2e harness', () => {
	const app = useApp({ expectClean: false });

	test('catches an uncaught error and an unhandled promise rejection in the page', async () => {
		await app.page.goto(app.baseURL + '/');
		await app.page.evaluate(() => {
			void Promise.reject(new Error('probe rejection'));
			setTimeout(() => {
				throw new Error('probe error');
			});
		});
		await expect
			.poll(() => app.pageErrors.join('\n'))
			.toMatch(
				/Unhandled rejection: Error: probe rejection[\s\S]*probe error|probe error[\s\S]*Unhandled rejection: Error: probe rejection/
			);
	});
});
