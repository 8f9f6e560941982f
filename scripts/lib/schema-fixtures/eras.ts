// Which build of the app wrote each schema version's records, and its sources: the question
// generator and the fact pack exactly as they were in that commit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Era {
	version: number;
	/**
	 * The last commit at which `version` was the newest schema: its record shapes (and its
	 * question generator and pack) are those of the fixture.
	 */
	commit: string;
	/**
	 * An earlier commit of the same schema version whose generator (and pack) asked the
	 * learner's first quiz, when the pack changed while this version was current.
	 */
	firstQuizCommit?: string;
	/** What the fixture cannot show of that history. */
	note?: string;
}

/**
 * One entry per schema version. Append one for each new version: the commit is the one that
 * introduces it until a later version exists (then its last commit, if the shapes moved on).
 */
export const eras: readonly Era[] = [
	{
		version: 1,
		commit: '004ea3596d1aa3e174de08c8d07f9dd50ec9fe11',
		note: 'v1 and v2 were introduced in the same commit: no build ever stopped at v1. Its rows are shaped as v2’s upgrade implies (settings without updatedAt).'
	},
	{ version: 2, commit: '13cca6c6ed7b12fddb1d120b9a3b383e4dbd6a3b' },
	{
		version: 3,
		commit: '2542598f0818b523b8b3c88ae4224df0c32b17dd',
		note: 'v3 and v4 were introduced in the same commit: no build ever stopped at v3. Its rows are v4’s minus the tables v4 added.'
	},
	{
		version: 4,
		commit: 'cd16240284042ff545896e4a1b84a808e0a1196d',
		firstQuizCommit: 'b0d4dc079d02ea873b66f88f36422a8d5013852c',
		note: 'The first quiz is from the pack’s version 1 (some of its facts were retired by version 2).'
	},
	{ version: 5, commit: '5542d7bfe588cda29445dac00b60d313e75f176a' },
	{ version: 6, commit: '3237e7519d5fd98211534d949b171abba0d28f48' },
	{ version: 7, commit: '1e3ea644122056b8701e607b978ac381bc102cf7' },
	{ version: 8, commit: 'cfa2cfff23214b18331ba8056632c9ca23237cee' },
	{ version: 9, commit: 'f5f4fec8c9ac203ed5c1e09d55feee64194804ab' },
	{ version: 10, commit: '3d052dfd1fa898d1eabfbb15a810d3d54bf043a7' },
	{ version: 11, commit: '0c19e81766494fe1c120a355e85be91497dc9dd1' }
];

export function eraOf(version: number): Era {
	const era = eras.find((candidate) => candidate.version === version);
	if (!era)
		throw new Error(`No era for schema version ${version} in scripts/lib/schema-fixtures/eras.ts`);
	return era;
}

const root = new URL('../../../', import.meta.url).pathname;

function git(args: string[]): string {
	return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** The commit's time, epoch ms: the fixture's study ends on that day. */
export function commitTime(commit: string): number {
	return Number(git(['show', '-s', '--format=%ct', commit]).trim()) * 1000;
}

/** The fact pack's content file as it was at `commit` (its facts and meta, unassembled). */
export function packAt(commit: string): {
	meta: { id: string; version: number };
	facts: { id: string; inferred?: boolean }[];
} {
	return JSON.parse(git(['show', `${commit}:src/lib/content/article-facts.json`]));
}

const checkouts = new Map<string, string>();

/** The commit's scripts and src/lib in a temporary folder, sharing this clone's node_modules. */
function checkout(commit: string): string {
	const existing = checkouts.get(commit);
	if (existing) return existing;
	const dir = mkdtempSync(join(tmpdir(), `sourced-era-${commit.slice(0, 7)}-`));
	const archive = execFileSync('git', ['archive', '--format=tar', commit, 'scripts', 'src/lib'], {
		cwd: root,
		maxBuffer: 256 << 20
	});
	execFileSync('tar', ['-x', '-C', dir], { input: archive });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	checkouts.set(commit, dir);
	return dir;
}

/**
 * A quiz as the generator of `commit` made it, from its own command line (`npm run questions`
 * at that commit): the questions exactly as that build stored them, answers included.
 */
export function eraQuiz(commit: string, seed: number, count: number, kinds?: string[]): unknown[] {
	const dir = checkout(commit);
	const args = ['scripts/questions.ts', '--seed', String(seed), '--count', String(count)];
	if (kinds) args.push('--kinds', kinds.join(','));
	const output = execFileSync(join(root, 'node_modules/.bin/tsx'), args, {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 64 << 20
	});
	const questions: unknown = JSON.parse(output);
	if (!Array.isArray(questions)) throw new Error(`${commit}: the generator printed no array`);
	return questions;
}

/** Removes the temporary checkouts. */
export function cleanUpEras(): void {
	for (const dir of checkouts.values()) rmSync(dir, { recursive: true, force: true });
	checkouts.clear();
}
