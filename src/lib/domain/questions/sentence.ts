/** Words that begin a sentence but not a name; the rest of a capitalised first word is kept. */
const articleLike = new Set(['the', 'a', 'an']);

/**
 * `According to the article, …` before a statement. The statement's first letter is lowered
 * unless its first word starts a name (`properWords`, e.g. "China", "Beijing") or is an acronym.
 */
export function accordingToArticle(statement: string, properWords: ReadonlySet<string>): string {
	const first = /^[\p{L}\p{N}’'-]+/u.exec(statement)?.[0] ?? '';
	const keep =
		first.length === 0 ||
		first === 'I' ||
		/\p{Lu}/u.test(first.slice(1)) ||
		(properWords.has(first) && !articleLike.has(first.toLowerCase()));
	const body = keep ? statement : statement.charAt(0).toLowerCase() + statement.slice(1);
	return `According to the article, ${body}`;
}

/** The first word of each name, for `accordingToArticle` (articles excluded). */
export function firstWords(names: Iterable<string>): Set<string> {
	const words = new Set<string>();
	for (const name of names) {
		const first = /^[\p{L}\p{N}’'-]+/u.exec(name)?.[0];
		if (first && !articleLike.has(first.toLowerCase())) words.add(first);
	}
	return words;
}
