import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The two screens every state is checked on: the phone the app is built for, and a desktop. */
export const axeViewports = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
] as const;

/**
 * The four combinations of scheme and size, and what axe checks in each: every rule on the
 * phone in light and the desktop in dark (so each size and each scheme gets every rule), and
 * colour contrast, the one rule that depends on both, in the other two.
 */
const combinations = [
	{ colorScheme: 'light', size: axeViewports[0], rules: 'all' },
	{ colorScheme: 'dark', size: axeViewports[1], rules: 'all' },
	{ colorScheme: 'dark', size: axeViewports[0], rules: ['color-contrast'] },
	{ colorScheme: 'light', size: axeViewports[1], rules: ['color-contrast'] }
] as const satisfies readonly {
	colorScheme: 'light' | 'dark';
	size: (typeof axeViewports)[number];
	rules: 'all' | readonly string[];
}[];

/**
 * Axe's violations for what `page` shows now, checked in light and dark at 390×844 and
 * 1280×800 without leaving the state (the viewport and colour scheme are switched in place,
 * then put back). Each violation names the state, the scheme, the size and the nodes.
 */
export async function axeViolations(page: Page, state: string): Promise<string[]> {
	const viewport = page.viewportSize();
	const was = await page.evaluate(() => ({
		dark: matchMedia('(prefers-color-scheme: dark)').matches,
		reduced: matchMedia('(prefers-reduced-motion: reduce)').matches
	}));
	const violations: string[] = [];
	try {
		for (const { colorScheme, size, rules } of combinations) {
			// Reduced motion while axe reads: buttons fade their background over --motion, so a
			// scheme switch could otherwise be measured halfway (a light button on dark text).
			await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
			await page.setViewportSize(size);
			// Let the layout settle for the new size and scheme before it is read.
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
			// Violations only: passes and incomplete results are not read, and skipping them
			// halves the run.
			const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
			const results = await (rules === 'all' ? builder : builder.withRules([...rules])).analyze();
			for (const violation of results.violations) {
				const nodes = violation.nodes.map((node) => node.target.join(' ')).join(', ');
				violations.push(
					`${state} (${colorScheme}, ${size.width}×${size.height}) ${violation.id}: ${nodes}`
				);
			}
		}
	} finally {
		await page.emulateMedia({
			colorScheme: was.dark ? 'dark' : 'light',
			reducedMotion: was.reduced ? 'reduce' : 'no-preference'
		});
		if (viewport) await page.setViewportSize(viewport);
	}
	return violations;
}
