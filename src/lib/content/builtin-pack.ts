import { assemblePack } from '$lib/domain/pack/assemble';
import type { Pack } from '$lib/domain/pack/schema';
import { formatPackError, parsePack } from '$lib/domain/pack/validate';
import articleText from './article.txt?raw';
import content from './article-facts.json';

/**
 * The app's embedded default content: the article's hand-written fact set plus the reader
 * blocks cleaned from the verbatim article text, validated by the same parser as any import.
 */
let cached: Pack | undefined;

export function loadBuiltinPack(): Pack {
	cached ??= parseBuiltinPack();
	return cached;
}

function parseBuiltinPack(): Pack {
	const result = parsePack(assemblePack(articleText, content));
	if (!result.ok) {
		throw new Error(
			`The built-in pack is invalid:\n${result.errors.map(formatPackError).join('\n')}`
		);
	}
	return result.pack;
}
