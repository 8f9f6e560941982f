import { cleanArticle } from './clean-article';

/**
 * Builds a pack candidate from the article's raw text and its hand-written content (every
 * pack field but `blocks`). The result is still `unknown`: it must go through `parsePack`.
 */
export function assemblePack(articleText: string, content: unknown): unknown {
	if (typeof content !== 'object' || content === null || Array.isArray(content)) return content;
	return { ...content, blocks: cleanArticle(articleText) };
}
