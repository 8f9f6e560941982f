// The app's built-in pack, assembled as the app assembles it, for tests that need questions
// the article's quizzes do not draw (a matching: see docs/questions.md).
import { readFileSync } from 'node:fs';
import { assemblePack } from '../../../src/lib/domain/pack/assemble';
import type { Pack } from '../../../src/lib/domain/pack/schema';
import { parsePack } from '../../../src/lib/domain/pack/validate';
import content from '../../../src/lib/content/article-facts.json';

export function builtinPack(): Pack {
	const article = readFileSync(
		new URL('../../../src/lib/content/article.txt', import.meta.url),
		'utf8'
	);
	const result = parsePack(assemblePack(article, content));
	if (!result.ok) throw new Error('the built-in pack does not parse');
	return result.pack;
}
