import * as v from 'valibot';

/**
 * `v.strictObject` whose unknown-key issue says so plainly, at the key's own path
 * (`facts[2].infered: unknown key (did you mean "inferred"?)`), and names any further unknown
 * keys of the same object (valibot stops at the first). Misspelt optional fields would
 * otherwise be dropped without a word.
 */
export function strictObject<const TEntries extends v.ObjectEntries>(entries: TEntries) {
	const known = Object.keys(entries);
	return v.strictObject(entries, (issue) => {
		if (issue.expected !== 'never' || typeof issue.input !== 'string') return issue.message;
		const object = issue.path?.[issue.path.length - 1]?.input;
		const others =
			object && typeof object === 'object'
				? Object.keys(object).filter((key) => key !== issue.input && !known.includes(key))
				: [];
		return unknownKeyMessage(issue.input, known, others);
	});
}

function unknownKeyMessage(key: string, known: string[], others: string[]): string {
	const suggestion = closest(key, known);
	let message = suggestion
		? `unknown key (did you mean "${suggestion}"?)`
		: `unknown key (expected ${known.map((name) => `"${name}"`).join(', ')})`;
	if (others.length) message += `; also unknown: ${others.map((name) => `"${name}"`).join(', ')}`;
	return message;
}

/**
 * The known key a misspelt one most likely meant: differing in case, or by at most one edit in
 * three letters (two at most).
 */
function closest(key: string, known: string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.min(2, Math.floor(key.length / 3)) + 1;
	for (const name of known) {
		const distance =
			name.toLowerCase() === key.toLowerCase()
				? 0
				: editDistance(key.toLowerCase(), name.toLowerCase());
		if (distance < bestDistance) {
			best = name;
			bestDistance = distance;
		}
	}
	return best;
}

/** Edits between two short strings; a swap of two adjacent letters counts as one ("titel"). */
function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
	for (let i = 1; i <= a.length; i += 1) {
		const row = d[i] ?? [];
		for (let j = 1; j <= b.length; j += 1) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
			}
		}
	}
	return at(a.length, b.length);
}
