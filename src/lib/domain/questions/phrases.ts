import { foldText } from '../text/fold';

/**
 * Text folded and padded with spaces, ready for `containsFolded`. A possessive also counts
 * as its name ("Beijing's recipe" names Beijing): such text is searched in both foldings,
 * kept apart by a bar that no folded needle contains.
 */
export function padded(text: string): string {
	const folded = foldText(text);
	if (!/['’]s\b/.test(text)) return ` ${folded} `;
	return ` ${folded} | ${foldText(text.replace(/['’]s\b/g, ''))} `;
}

/**
 * Whether padded, folded `haystack` contains the folded answer `key` as whole words (so "US"
 * is not found in "USA", nor "2" in "2022"). Empty keys are never found.
 */
export function containsFolded(haystack: string, key: string): boolean {
	return key.length > 0 && haystack.includes(` ${key} `);
}

/** Whether padded `haystack` contains any of the folded `keys`. */
export function containsAnyFolded(haystack: string, keys: readonly string[]): boolean {
	return keys.some((key) => containsFolded(haystack, key));
}

/** A folded key padded for search: precompute it where the same key is searched often. */
export function needle(key: string): string {
	return ` ${key} `;
}

/** Whether padded `haystack` contains any of the `needles` (see `needle`). */
export function containsAnyNeedle(haystack: string, needles: readonly string[]): boolean {
	for (const item of needles) if (haystack.includes(item)) return true;
	return false;
}
