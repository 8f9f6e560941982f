const asciiOnly = /^[\x20-\x7e]*$/;

/**
 * Folds text for comparison the way a person reads it: case, accents (NFKD), punctuation and
 * spacing do not matter. "Xīnjiāng," and "xinjiang" fold to the same string.
 */
export function foldText(text: string): string {
	// Plain ASCII has no accents to strip: skip the costly Unicode normalisation.
	const plain = asciiOnly.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
	return plain
		.toLowerCase()
		.replace(/[’'`´]/g, '')
		.replace(/[^\p{L}\p{N}%]+/gu, ' ')
		.trim();
}

/** `foldText`, then without a leading article ("the Taliban" → "taliban"). */
export function foldAnswer(text: string): string {
	return foldText(text).replace(/^(the|a|an) /, '');
}
