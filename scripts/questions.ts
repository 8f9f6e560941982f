// `npm run -s questions -- [--seed N] [--count N | --all] [--kinds k1,k2] [--format json|md]
// [--pack FILE] [--lint]`: generates questions from the built-in pack (or FILE) and prints them
// as JSON (an array of Question objects, answers included) or as a Markdown worksheet with its
// key; `--lint` checks the pack's bank, quizzes and flashcards against every question rule.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { withoutBom } from '../src/lib/domain/pack/invisible';
import type { Pack } from '../src/lib/domain/pack/schema';
import { formatPackError, parsePack } from '../src/lib/domain/pack/validate';
import { generateAll } from '../src/lib/domain/questions/all';
import {
	isQuestionKind,
	questionKinds,
	type QuestionKind
} from '../src/lib/domain/questions/kinds';
import type { Question } from '../src/lib/domain/questions/question';
import { formatViolation, lintPack } from '../src/lib/domain/questions/lint';
import { generateQuiz, quizCapacity } from '../src/lib/domain/questions/quiz';
import { renderWorksheet } from '../src/lib/domain/questions/worksheet';
import { readBuiltinPack } from './lib/read-pack';

export const usage =
	'usage: npm run -s questions -- [--seed N] [--count N | --all] [--kinds k1,k2] [--format json|md] [--pack FILE] [--lint]';

export interface CliOptions {
	seed: number;
	/** A quiz of this many questions, or `'all'`: every applicable kind for every fact once. */
	count: number | 'all';
	kinds: QuestionKind[] | undefined;
	format: 'json' | 'md';
	pack: string | undefined;
	/** Check every question rule instead of printing questions. */
	lint: boolean;
}

/** Fewer questions than asked: the filters allow only `available`. */
export class CountError extends Error {
	override name = 'CountError';
}

/** A bad command line; its message says what and why. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** Parses the arguments after `--`; throws `UsageError` on anything unknown or malformed. */
export function parseArgs(argv: readonly string[]): CliOptions {
	const options: CliOptions = {
		seed: 1,
		count: 10,
		kinds: undefined,
		format: 'json',
		pack: undefined,
		lint: false
	};
	let counted = false;
	for (let i = 0; i < argv.length; i += 1) {
		const flag = argv[i] ?? '';
		const value = () => {
			const next = argv[i + 1];
			if (next === undefined || next.startsWith('--'))
				throw new UsageError(`${flag} needs a value`);
			i += 1;
			return next;
		};
		switch (flag) {
			case '--seed': {
				const text = value();
				const seed = Number(text);
				if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(seed)) {
					throw new UsageError(`--seed must be a whole number, not "${text}"`);
				}
				options.seed = seed;
				break;
			}
			case '--count': {
				const text = value();
				if (!/^\d+$/.test(text) || Number(text) < 1) {
					throw new UsageError(`--count must be a whole number of at least 1, not "${text}"`);
				}
				if (options.count === 'all') throw new UsageError('--count and --all exclude each other');
				options.count = Number(text);
				counted = true;
				break;
			}
			case '--all':
				if (counted) throw new UsageError('--count and --all exclude each other');
				options.count = 'all';
				break;
			case '--kinds': {
				const kinds = value()
					.split(',')
					.map((kind) => kind.trim())
					.filter(Boolean);
				const unknown = kinds.filter((kind) => !isQuestionKind(kind));
				if (kinds.length === 0 || unknown.length > 0) {
					throw new UsageError(
						`unknown kind "${unknown[0] ?? ''}"; kinds are ${questionKinds.join(', ')}`
					);
				}
				options.kinds = kinds as QuestionKind[];
				break;
			}
			case '--format': {
				const format = value();
				if (format !== 'json' && format !== 'md') {
					throw new UsageError(`--format must be json or md, not "${format}"`);
				}
				options.format = format;
				break;
			}
			case '--pack':
				options.pack = value();
				break;
			case '--lint':
				options.lint = true;
				break;
			default:
				throw new UsageError(`unknown option "${flag}"`);
		}
	}
	return options;
}

/**
 * The questions the options ask for, rendered as the output text. A count the filters cannot
 * fill throws `CountError` saying how many they allow: never a silently shorter quiz.
 */
export function render(pack: Pack, options: CliOptions): string {
	const kinds = options.kinds;
	const count = options.count;
	const questions: Question[] =
		count === 'all'
			? generateAll(pack, { kinds }, options.seed)
			: generateQuiz(pack, { count, kinds }, options.seed);
	if (count !== 'all' && questions.length < count) {
		const available = quizCapacity(pack, { kinds }, options.seed);
		throw new CountError(
			`--count ${count}: these filters allow ${available} question${available === 1 ? '' : 's'} ` +
				`(one per source sentence, none giving another away); ask for ${available} or fewer`
		);
	}
	return options.format === 'md'
		? renderWorksheet(questions, pack.meta.title)
		: `${JSON.stringify(questions, null, '\t')}\n`;
}

function loadPack(file: string | undefined): Pack {
	if (!file) return readBuiltinPack();
	let input: unknown;
	try {
		input = JSON.parse(withoutBom(readFileSync(file, 'utf8')));
	} catch (error) {
		throw new UsageError(`cannot read pack ${file}: ${(error as Error).message}`);
	}
	const result = parsePack(input);
	if (!result.ok) {
		throw new UsageError(
			`${file} is not a valid pack:\n${result.errors.map(formatPackError).join('\n')}`
		);
	}
	return result.pack;
}

/** The lint's report and exit code: every violation on a line, or one line saying none. */
export function lint(pack: Pack, seed: number): { text: string; ok: boolean } {
	const violations = lintPack(pack, { seed });
	if (violations.length === 0) {
		return { text: `ok ${pack.meta.id}@${pack.meta.version}: no question rule broken\n`, ok: true };
	}
	const lines = violations.map(formatViolation);
	lines.push(`${violations.length} rule violation${violations.length === 1 ? '' : 's'}`);
	return { text: `${lines.join('\n')}\n`, ok: false };
}

function main(argv: readonly string[]): number {
	try {
		const options = parseArgs(argv);
		const pack = loadPack(options.pack);
		if (options.lint) {
			const report = lint(pack, options.seed);
			(report.ok ? process.stdout : process.stderr).write(report.text);
			return report.ok ? 0 : 1;
		}
		process.stdout.write(render(pack, options));
		return 0;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`${message}\n${error instanceof UsageError ? `${usage}\n` : ''}`);
		return 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = main(process.argv.slice(2));
}
