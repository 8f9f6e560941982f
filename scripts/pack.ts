// `npm run -s pack -- check [FILE]` validates a pack file (default: the built-in pack);
// `npm run -s pack -- export` prints the validated built-in pack as JSON.
import { readFileSync } from 'node:fs';
import { withoutBom } from '../src/lib/domain/pack/invisible';
import { formatPackSummary } from '../src/lib/domain/pack/summary';
import { formatPackError, parsePack, type PackResult } from '../src/lib/domain/pack/validate';
import { builtinPackCandidate } from './lib/read-pack';

const usage = 'usage: npm run -s pack -- check [FILE] | export';

function fail(lines: string[]): never {
	for (const line of lines) process.stderr.write(`${line}\n`);
	process.exit(1);
}

function readPackFile(file: string): unknown {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		fail([`cannot read ${file}: ${(error as Error).message}`]);
	}
	try {
		// A leading byte-order mark (as some editors write) is no part of the JSON.
		return JSON.parse(withoutBom(text));
	} catch (error) {
		fail([`${file} is not valid JSON: ${(error as Error).message}`]);
	}
}

function validated(candidate: unknown): Extract<PackResult, { ok: true }> {
	const result = parsePack(candidate);
	if (!result.ok) fail(result.errors.map(formatPackError));
	return result;
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
	case 'check': {
		if (rest.length > 1) fail([usage]);
		const file = rest[0];
		const { pack } = validated(file ? readPackFile(file) : builtinPackCandidate());
		process.stdout.write(`${formatPackSummary(pack)}\n`);
		break;
	}
	case 'export': {
		if (rest.length > 0) fail([usage]);
		const { pack } = validated(builtinPackCandidate());
		process.stdout.write(`${JSON.stringify(pack, null, '\t')}\n`);
		break;
	}
	default:
		fail([command ? `unknown command "${command}"` : 'no command given', usage]);
}
