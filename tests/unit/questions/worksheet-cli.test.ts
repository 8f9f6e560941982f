import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateQuiz, quizCapacity } from '$lib/domain/questions/quiz';
import { renderWorksheet } from '$lib/domain/questions/worksheet';
import { CountError, parseArgs, render, UsageError } from '../../../scripts/questions';
import { articlePack } from './factories';

const pack = articlePack();

describe('the worksheet', () => {
	test('lists the questions, then an answer key with sources', () => {
		const quiz = generateQuiz(pack, { count: 6 }, 1);
		const sheet = renderWorksheet(quiz, 'Test');
		const [questions = '', key = ''] = sheet.split('## Answer key');
		expect(questions).toMatch(/^# Test\n\n1\. \*\*/);
		for (let n = 1; n <= 6; n += 1) {
			expect(questions).toContain(`\n${n}. **`);
			expect(key).toContain(`\n${n}. **`);
		}
		expect(key).toContain('Source: p');
	});
});

describe('the questions CLI', () => {
	test('defaults to seed 1, 10 questions, every kind, JSON', () => {
		expect(parseArgs([])).toEqual({
			seed: 1,
			count: 10,
			kinds: undefined,
			format: 'json',
			pack: undefined,
			lint: false
		});
		expect(
			parseArgs(['--seed', '7', '--all', '--kinds', 'mcq,cloze', '--format', 'md'])
		).toMatchObject({
			seed: 7,
			count: 'all',
			kinds: ['mcq', 'cloze'],
			format: 'md'
		});
	});

	test('rejects bad options with a message', () => {
		for (const [argv, message] of [
			[['--count', '0'], /--count must be a whole number of at least 1/],
			[['--count', 'x'], /--count/],
			[['--seed', '1.5'], /--seed must be a whole number/],
			[['--kinds', 'mcq,essay'], /unknown kind "essay"/],
			[['--format', 'pdf'], /--format must be json or md/],
			[['--all', '--count', '3'], /exclude each other/],
			[['--seed'], /--seed needs a value/],
			[['--verbose'], /unknown option "--verbose"/]
		] as const) {
			expect(() => parseArgs(argv)).toThrow(UsageError);
			expect(() => parseArgs(argv)).toThrow(message);
		}
	});

	test('prints the quiz as JSON, answers included', () => {
		const questions = JSON.parse(
			render(pack, parseArgs(['--count', '3', '--seed', '2']))
		) as unknown[];
		expect(questions).toEqual(generateQuiz(pack, { count: 3 }, 2));
	});

	test('--count N gives exactly N, or fails saying how many the filters allow', () => {
		const allowed = quizCapacity(pack, { kinds: ['mcq'] }, 1);
		const exact = JSON.parse(
			render(pack, parseArgs(['--count', String(allowed), '--kinds', 'mcq']))
		) as unknown[];
		expect(exact).toHaveLength(allowed);
		expect(() =>
			render(pack, parseArgs(['--count', String(allowed + 1), '--kinds', 'mcq']))
		).toThrow(
			new CountError(
				`--count ${allowed + 1}: these filters allow ${allowed} question${allowed === 1 ? '' : 's'} ` +
					`(one per source sentence, none giving another away); ask for ${allowed} or fewer`
			)
		);
	});

	test('--lint exits 0 on the article pack and 1, naming rule and question, on a bad pack', () => {
		const run = (...args: string[]) =>
			spawnSync('npx', ['tsx', 'scripts/questions.ts', ...args], { encoding: 'utf8' });
		const clean = run('--lint');
		expect(clean.status).toBe(0);
		expect(clean.stdout).toMatch(/^ok china-taliban-recognition@\d+: no question rule broken\n$/);
		const dir = mkdtempSync(join(tmpdir(), 'lint-'));
		const file = join(dir, 'bad-pack.json');
		const bad = structuredClone(pack);
		const fact = bad.facts.find((f) => f.id === 'in-power-more-than-2-years')!;
		fact.cue = 'More than how long have the Taliban held power?';
		writeFileSync(file, JSON.stringify(bad));
		const dirty = run('--lint', '--pack', file);
		expect(dirty.status).toBe(1);
		expect(dirty.stderr).toContain('card:in-power-more-than-2-years\tmore-than-how\t');
		expect(dirty.stderr).toMatch(/\d+ rule violations?\n$/);
	}, 60_000);

	test('--all prints every applicable kind for every fact once, filtered by --kinds', () => {
		const printed = JSON.parse(render(pack, parseArgs(['--all', '--kinds', 'cloze']))) as {
			kind: string;
		}[];
		expect(printed.length).toBeGreaterThan(5);
		expect(new Set(printed.map((question) => question.kind))).toEqual(new Set(['cloze']));
	});

	test('exits 1 with the message and usage on a bad option; prints Markdown on request', () => {
		const run = (...args: string[]) =>
			spawnSync('npx', ['tsx', 'scripts/questions.ts', ...args], { encoding: 'utf8' });
		const bad = run('--format', 'xml');
		expect(bad.status).toBe(1);
		expect(bad.stderr).toMatch(/--format must be json or md, not "xml"\nusage:/);
		expect(render(pack, parseArgs(['--count', '3', '--format', 'md']))).toContain('## Answer key');
	}, 30_000);
});
