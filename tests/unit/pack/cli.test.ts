import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePack } from '$lib/domain/pack/validate';
import { validPack } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'pack-cli-'));

function pack(...args: string[]) {
	const run = spawnSync('node_modules/.bin/tsx', ['scripts/pack.ts', ...args], {
		encoding: 'utf8'
	});
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, contents: string): string {
	const path = join(dir, name);
	writeFileSync(path, contents);
	return path;
}

describe('npm run -s pack', { timeout: 30_000 }, () => {
	test('check with no file validates the built-in pack: one summary line, exit 0', () => {
		const run = pack('check');
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(
			/^ok china-taliban-recognition@\d+: \d+ facts, \d+ entities, \d+ events, \d+ quotations, \d+\/24 paragraphs covered\n$/
		);
	});

	test('check FILE accepts a valid pack file', () => {
		const run = pack('check', file('valid.json', JSON.stringify(validPack())));
		expect(run).toEqual({
			code: 0,
			stdout:
				'ok test-pack@1: 3 facts, 4 entities, 1 events, 1 quotations, 2/3 paragraphs covered\n',
			stderr: ''
		});
	});

	test('check FILE prints one error per line on stderr and exits 1', () => {
		const broken = validPack();
		broken.facts[0]!.subject = 'nobody';
		broken.facts[1]!.source.quote = 'nowhere';
		const run = pack('check', file('broken.json', JSON.stringify(broken)));
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(
			'facts[0].subject: no entity "nobody"\nfacts[1].source.quote: not found in block p1\n'
		);
	});

	test('check FILE accepts a file that starts with a byte-order mark', () => {
		const run = pack('check', file('bom.json', `\uFEFF${JSON.stringify(validPack(), null, '\t')}`));
		expect(run).toEqual({
			code: 0,
			stdout:
				'ok test-pack@1: 3 facts, 4 entities, 1 events, 1 quotations, 2/3 paragraphs covered\n',
			stderr: ''
		});
	});

	test('check FILE refuses a number written 1e999 (Infinity), at its path', () => {
		const text = JSON.stringify(validPack()).replace('"value":98,', '"value":1e999,');
		expect(text).toContain('1e999');
		const run = pack('check', file('infinity.json', text));
		expect(run).toEqual({
			code: 1,
			stdout: '',
			stderr: 'facts[1].object.value: must be a finite number\n'
		});
	});

	test('check FILE refuses a misspelt field instead of dropping it', () => {
		const misspelt = validPack();
		Object.assign(misspelt.facts[2]!, { infered: 'From the context.' });
		const run = pack('check', file('misspelt.json', JSON.stringify(misspelt)));
		expect(run).toEqual({
			code: 1,
			stdout: '',
			stderr: 'facts[2].infered: unknown key (did you mean "inferred"?)\n'
		});
	});

	test('an unreadable file is said plainly, exit 1', () => {
		const run = pack('check', join(dir, 'missing.json'));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^cannot read .*missing\.json: ENOENT/);
	});

	test('invalid JSON is said plainly, exit 1', () => {
		const run = pack('check', file('bad.json', '{ "format": 1, '));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/bad\.json is not valid JSON: /);
	});

	test('export prints the validated built-in pack as JSON that validates again', () => {
		const run = pack('export');
		expect(run.code).toBe(0);
		const exported: unknown = JSON.parse(run.stdout);
		const result = parsePack(exported);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.pack.blocks.length).toBe(30);
	});

	test('an unknown command prints the usage and exits 1', () => {
		const run = pack('frobnicate');
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('usage: npm run -s pack -- check [FILE] | export');
	});
});
