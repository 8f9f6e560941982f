// Node-side pack loading for the command-line tools (no Vite: plain file reads).
import { readFileSync } from 'node:fs';
import { assemblePack } from '../../src/lib/domain/pack/assemble';
import { withoutBom } from '../../src/lib/domain/pack/invisible';
import type { Pack } from '../../src/lib/domain/pack/schema';
import { formatPackError, parsePack } from '../../src/lib/domain/pack/validate';

const contentDir = new URL('../../src/lib/content/', import.meta.url);

/** The built-in pack as an unvalidated candidate: article text cleaned into blocks + facts. */
export function builtinPackCandidate(): unknown {
	const read = (name: string) => withoutBom(readFileSync(new URL(name, contentDir), 'utf8'));
	const articleText = read('article.txt');
	const content: unknown = JSON.parse(read('article-facts.json'));
	return assemblePack(articleText, content);
}

/** The built-in pack, validated; throws with every error when it is invalid. */
export function readBuiltinPack(): Pack {
	const result = parsePack(builtinPackCandidate());
	if (!result.ok) {
		throw new Error(
			`The built-in pack is invalid:\n${result.errors.map(formatPackError).join('\n')}`
		);
	}
	return result.pack;
}
