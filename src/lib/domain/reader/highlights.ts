import type { Fact } from '../pack/schema';

/** A run of a paragraph's text: plain, or a highlight of the facts whose quotes it holds. */
export type Segment =
	{ kind: 'text'; text: string } | { kind: 'highlight'; text: string; factIds: string[] };

/**
 * Splits a paragraph into plain text and highlights of its facts' source quotes. Quotes that
 * are the same sentence, or overlap, become one highlight listing every fact they support,
 * so a sentence is never highlighted twice. Facts appear in pack order within a highlight.
 */
export function highlightSegments(
	blockId: string,
	text: string,
	facts: readonly Fact[]
): Segment[] {
	type Range = { start: number; end: number; factIds: string[] };
	const ranges: Range[] = [];
	for (const fact of facts) {
		if (fact.source.block !== blockId) continue;
		const start = text.indexOf(fact.source.quote);
		if (start < 0) continue;
		ranges.push({ start, end: start + fact.source.quote.length, factIds: [fact.id] });
	}
	ranges.sort((a, b) => a.start - b.start || b.end - a.end);

	const merged: Range[] = [];
	for (const range of ranges) {
		const last = merged[merged.length - 1];
		if (last && range.start < last.end) {
			last.end = Math.max(last.end, range.end);
			last.factIds.push(...range.factIds);
		} else {
			merged.push({ ...range, factIds: [...range.factIds] });
		}
	}

	const order = new Map(facts.map((fact, index) => [fact.id, index]));
	const segments: Segment[] = [];
	let cursor = 0;
	for (const range of merged) {
		if (range.start > cursor)
			segments.push({ kind: 'text', text: text.slice(cursor, range.start) });
		const factIds = range.factIds.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
		segments.push({ kind: 'highlight', text: text.slice(range.start, range.end), factIds });
		cursor = range.end;
	}
	if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
	return segments;
}
