import type { Block } from './schema';

/**
 * Turns the scraped article text into ordered reader blocks with stable ids:
 * byline `b1`, headings `h1…` (the headline is `h1`, level 1), paragraphs `p1…`, pull quotes `q1…`.
 *
 * What it repairs, all artefacts of the web scrape (see the source README):
 * - blank lines and leading empty lines are dropped;
 * - `**` link markup around words is removed;
 * - a quotation split over two lines (a line ending in a comma, the next starting in lower
 *   case) is joined back into one paragraph;
 * - a line that repeats a body sentence (a pull quote) becomes a pull-quote block pointing at
 *   the paragraph it repeats, instead of a second copy of the sentence.
 */
export function cleanArticle(source: string): Block[] {
	const lines = source
		.split(/\r?\n/)
		.map((line) => line.replaceAll('**', '').trim())
		.filter((line) => line.length > 0);

	const joined: string[] = [];
	for (const line of lines) {
		const previous = joined[joined.length - 1];
		if (previous !== undefined && previous.endsWith(',') && /^[a-z]/.test(line)) {
			joined[joined.length - 1] = `${previous} ${line}`;
		} else {
			joined.push(line);
		}
	}

	type Draft = { kind: Block['kind']; text: string };
	const drafts: Draft[] = joined.map((text) => {
		const byline = /^By:\s*(.+)$/.exec(text);
		if (byline) return { kind: 'byline', text: (byline[1] ?? '').replaceAll('*', '').trim() };
		if (endsAsSentence(text) && !isQuestion(text)) return { kind: 'paragraph', text };
		return { kind: 'heading', text };
	});

	// A heading-like line whose words recur, in order, in a paragraph is a pull quote of it.
	const paragraphs = drafts.filter((draft) => draft.kind === 'paragraph');
	const repeats = new Map<Draft, Draft>();
	for (const draft of drafts) {
		if (draft.kind !== 'heading') continue;
		const source = paragraphs.find((paragraph) => repeatsSentenceOf(draft.text, paragraph.text));
		if (source) repeats.set(draft, source);
	}

	// Body blocks are numbered first, so a pull quote can name the paragraph it repeats even
	// when it stands before that paragraph.
	const counters = { byline: 0, heading: 0, paragraph: 0, 'pull-quote': 0 };
	const prefixes = { byline: 'b', heading: 'h', paragraph: 'p', 'pull-quote': 'q' } as const;
	const nextId = (kind: Block['kind']) => `${prefixes[kind]}${(counters[kind] += 1)}`;
	const ids = new Map<Draft, string>();
	for (const draft of drafts) {
		if (!repeats.has(draft)) ids.set(draft, nextId(draft.kind));
	}
	let headings = 0;
	return drafts.map((draft): Block => {
		const id = ids.get(draft);
		const repeated = repeats.get(draft);
		const repeatedId = repeated && ids.get(repeated);
		if (id === undefined && repeatedId !== undefined) {
			return {
				id: nextId('pull-quote'),
				kind: 'pull-quote',
				text: draft.text,
				repeats: repeatedId
			};
		}
		const blockId = id ?? nextId(draft.kind);
		switch (draft.kind) {
			case 'heading':
				headings += 1;
				return { id: blockId, kind: 'heading', level: headings === 1 ? 1 : 2, text: draft.text };
			case 'byline':
				return { id: blockId, kind: 'byline', text: draft.text };
			default:
				return { id: blockId, kind: 'paragraph', text: draft.text };
		}
	});
}

function endsAsSentence(text: string): boolean {
	return /[.!"”’]$/.test(text);
}

function isQuestion(text: string): boolean {
	return text.endsWith('?') && text.split(/\s+/).length < 25;
}

function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
}

/** True when nearly all of the line's words appear in order within one sentence of the paragraph. */
function repeatsSentenceOf(line: string, paragraph: string): boolean {
	const lineWords = words(line);
	if (lineWords.length < 6) return false;
	return paragraph.split(/(?<=[.!?])\s+/).some((sentence) => {
		const sentenceWords = words(sentence);
		let matched = 0;
		let cursor = 0;
		for (const word of lineWords) {
			const found = sentenceWords.indexOf(word, cursor);
			if (found >= 0) {
				matched += 1;
				cursor = found + 1;
			}
		}
		return matched === lineWords.length && sentenceWords.length - lineWords.length <= 2;
	});
}
