import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The layer rules of eslint.config.js, each shown failing on a probe: code that breaks it,
// linted as if it stood at that path (nothing is written to disk).
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('layer rules', () => {
	test('the domain imports nothing from the shell, at any depth', async () => {
		for (const specifier of [
			'../../../db/database',
			'../db/records',
			'../../state/quiz-controller.svelte',
			'../../../components/Icon.svelte',
			'../../content/builtin-pack'
		]) {
			const found = await problems(
				'src/lib/domain/questions/build/probe.ts',
				`import * as probe from '${specifier}';\nexport const used = probe;\n`
			);
			expect(found.join('\n'), specifier).toMatch(
				/no-restricted-imports: .*must not depend on the shell/
			);
		}
		// The first lint loads the configuration and every plugin: seconds on a busy machine.
	}, 30_000);

	test('the domain imports no framework, storage or $lib module', async () => {
		for (const specifier of ['dexie', 'svelte', '$app/environment', '$lib/db/database']) {
			const found = await problems(
				'src/lib/domain/probe.ts',
				`import * as probe from '${specifier}';\nexport const used = probe;\n`
			);
			expect(found.join('\n'), specifier).toMatch(/no-restricted-imports/);
		}
	});

	test('a domain module may import another domain module', async () => {
		expect(
			await problems(
				'src/lib/domain/questions/build/probe.ts',
				"import { foldText } from '../../text/fold';\nexport const used = foldText;\n"
			)
		).toEqual([]);
	});

	test('components and routes reach storage through state, never src/lib/db', async () => {
		const probes: [string, string][] = [
			['src/lib/components/probe.ts', '$lib/db/database'],
			['src/lib/components/quiz/probe.ts', '$lib/db/repositories'],
			['src/routes/probe.ts', '../lib/db/database'],
			['src/lib/components/probe.ts', 'dexie']
		];
		for (const [file, specifier] of probes) {
			const found = await problems(
				file,
				`import * as probe from '${specifier}';\nexport const used = probe;\n`
			);
			expect(found.join('\n'), `${file} → ${specifier}`).toMatch(/no-restricted-imports/);
		}
		expect(
			await problems(
				'src/lib/components/probe.ts',
				"import { quiz } from '$lib/state/quiz-controller.svelte';\nexport const used = quiz;\n"
			)
		).toEqual([]);
	});

	test('state may use repositories but not Dexie itself', async () => {
		expect(
			(
				await problems(
					'src/lib/state/probe.ts',
					"import Dexie from 'dexie';\nexport const used = Dexie;\n"
				)
			).join('\n')
		).toMatch(/no-restricted-imports/);
	});
});
