/**
 * Invisible characters: format characters (zero-width space U+200B, non-joiner U+200C, joiner
 * U+200D, word joiner U+2060, byte-order mark U+FEFF, soft hyphen U+00AD, direction marks, …)
 * and the fillers that render as nothing. Two names that differ only by one of them look
 * identical but compare different, so pack names and aliases must not contain any.
 */
const invisibleChar = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/u;
const invisibleChars = new RegExp(invisibleChar.source, 'gu');

const names: Record<number, string> = {
	0x00ad: 'soft hyphen',
	0x200b: 'zero width space',
	0x200c: 'zero width non-joiner',
	0x200d: 'zero width joiner',
	0x200e: 'left-to-right mark',
	0x200f: 'right-to-left mark',
	0x2060: 'word joiner',
	0xfeff: 'zero width no-break space (byte-order mark)'
};

/** `text` without its invisible characters. */
export function withoutInvisible(text: string): string {
	return text.replace(invisibleChars, '');
}

export function hasInvisible(text: string): boolean {
	return invisibleChar.test(text);
}

/** The first invisible character of `text`, described: `U+200B (zero width space) after "Bei"`. */
export function describeInvisible(text: string): string {
	const match = invisibleChar.exec(text);
	if (!match) return 'none';
	const code = match[0].codePointAt(0) ?? 0;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = names[code] ?? 'invisible format character';
	const before = text.slice(0, match.index);
	return `${hex} (${name}) ${before ? `after "${before}"` : 'at the start'}`;
}

/** `text` without a leading byte-order mark (U+FEFF), as editors on Windows often write. */
export function withoutBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
