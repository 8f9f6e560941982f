import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './support/app';
import { axeViolations } from './support/axe';

/** A paragraph of `text` added to the page's main, styled by `css` (an adopted sheet). */
async function addProbe(page: Page, className: string, text: string, css: string) {
	await page.evaluate(
		({ className, text, css }) => {
			const probe = document.createElement('p');
			probe.className = className;
			probe.innerText = text;
			document.querySelector('main')?.append(probe);
			const sheet = new CSSStyleSheet();
			sheet.replaceSync(css);
			document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		},
		{ className, text, css }
	);
}

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

	test('catches a style the policy refuses, and the style is not applied', async () => {
		await app.page.goto(app.baseURL + '/');
		await app.page.locator('html[data-ready]').waitFor();
		const colour = await app.page.evaluate(() => {
			const probe = document.createElement('p');
			probe.innerText = 'probe';
			document.body.append(probe);
			const before = getComputedStyle(probe).color;
			probe.setAttribute('style', 'color: rgb(1, 2, 3)');
			return { before, after: getComputedStyle(probe).color };
		});
		expect(colour.after).toBe(colour.before);
		await expect.poll(() => app.cspViolations.join('\n')).toMatch(/style-src/);
	});

	test('the axe check sees a contrast failure in the one scheme that has it, at both sizes', async () => {
		await app.page.goto(app.baseURL + '/');
		await app.page.locator('html[data-ready]').waitFor();
		await addProbe(
			app.page,
			'contrast-probe',
			'Grey on black, in the dark scheme only',
			'@media (prefers-color-scheme: dark) { .contrast-probe { color: #333; background: #000; } }'
		);
		const found = await axeViolations(app.page, 'probe');
		expect(found.map((line) => line.replace(/:.*$/, ''))).toEqual([
			'probe (dark, 1280×800) color-contrast',
			'probe (dark, 390×844) color-contrast'
		]);
	});

	test('the axe check reads each scheme once it has settled, not halfway through a fade', async () => {
		await app.page.goto(app.baseURL + '/');
		await app.page.locator('html[data-ready]').waitFor();
		// The background switches at once and the text colour fades over 10 s, so a check made
		// mid-fade would see dark text on a dark background.
		await addProbe(
			app.page,
			'fade-probe',
			'Readable in both schemes once its colour has faded',
			`.fade-probe { color: #111; background: #fff; transition: color 10s linear; }
			@media (prefers-color-scheme: dark) { .fade-probe { color: #eee; background: #111; } }`
		);
		expect(await axeViolations(app.page, 'fade')).toEqual([]);
	});
});
