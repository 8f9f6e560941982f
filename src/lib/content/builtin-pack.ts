import { assemblePack } from '$lib/domain/pack/assemble';
import type { Pack } from '$lib/domain/pack/schema';
import articleText from './article.txt?raw';
import content from './article-facts.json';

/**
 * The app's embedded default content: the article's hand-written fact set plus the reader
 * blocks cleaned from the verbatim article text.
 *
 * It is validated where the app is built, by the same parser as any import: `npm run build`
 * checks it first (`npm run pack -- check`) and stops on an invalid pack, and a unit test holds
 * the parser's output to be exactly this assembled pack. So the browser takes it as built and does not load the
 * validator (valibot and the pack checks) for a first paint.
 */
let cached: Pack | undefined;

export function loadBuiltinPack(): Pack {
	cached ??= assemblePack(articleText, content) as Pack;
	return cached;
}
