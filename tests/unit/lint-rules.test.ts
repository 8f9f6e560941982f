import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The lint bans HTML built from strings anywhere in the app: shown here on code that breaks it.
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint rules that keep text as text', () => {
	test('innerHTML, outerHTML and insertAdjacentHTML are errors in src', async () => {
		const code = [
			'export function show(element: HTMLElement, text: string): void {',
			'\telement.innerHTML = text;',
			'\telement.outerHTML = text;',
			"\telement.insertAdjacentHTML('beforeend', text);",
			'}',
			''
		].join('\n');
		expect(await rulesBroken(code, 'src/lib/components/show.ts')).toEqual([
			'no-restricted-properties',
			'no-restricted-properties',
			'no-restricted-properties'
		]);
		expect(
			await rulesBroken(
				'export const safe = (e: HTMLElement, t: string) => (e.textContent = t);\n',
				'src/lib/components/show.ts'
			)
		).toEqual([]);
	}, 30_000);

	test('{@html} is an error in a component (linted as if it were one that exists: the project service knows only real files)', async () => {
		const code =
			'<script lang="ts">\n\tlet { text }: { text: string } = $props();\n</script>\n\n<p>{@html text}</p>\n';
		expect(await rulesBroken(code, 'src/lib/components/Icon.svelte')).toContain(
			'svelte/no-at-html-tags'
		);
	}, 30_000);
});
