const asciiOnly = /^[\x20-\x7e]*$/;

/**
 * Folds text for comparison the way a person reads it: case, accents (NFKD), punctuation and
 * spacing do not matter. "Xīnjiāng," and "xinjiang" fold to the same string.
 */
export function foldText(text: string): string {
	// Plain ASCII has no accents to strip and only a–z for letters: skip the costly Unicode
	// normalisation and property classes, which dominate building a large pack's index.
	if (asciiOnly.test(text)) {
		return text
			.toLowerCase()
			.replace(/['`]/g, '')
			.replace(/[^a-z0-9%]+/g, ' ')
			.trim();
	}
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[’'`´]/g, '')
		.replace(/[^\p{L}\p{N}%]+/gu, ' ')
		.trim();
}

/** `foldText`, then without a leading article ("the Taliban" → "taliban"). */
export function foldAnswer(text: string): string {
	return foldText(text).replace(/^(the|a|an) /, '');
}
