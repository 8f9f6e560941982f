import type { Pack } from '../pack/schema';
import { highlightSegments } from '../reader/highlights';
import { groupMemory, type RecallBand } from './recall';

/** A highlighted sentence of the article: the source of one or more facts. */
export interface SourceSentence {
	/** Its facts' ids joined by spaces (as the reader keys its highlights). */
	key: string;
	factIds: string[];
	text: string;
}

/** The article's source sentences in reading order. */
export function sourceSentences(pack: Pack): SourceSentence[] {
	return pack.blocks.flatMap((block) =>
		block.kind === 'paragraph'
			? highlightSegments(block.id, block.text, pack.facts).flatMap((segment) =>
					segment.kind === 'highlight'
						? [{ key: segment.factIds.join(' '), factIds: segment.factIds, text: segment.text }]
						: []
				)
			: []
	);
}

/** A sentence on the memory map: how well its facts are recalled now. */
export interface MapSentence extends SourceSentence {
	/** Mean recall of its facts; `null` before any is studied. */
	recall: number | null;
	band: RecallBand;
}

export function memoryMap(
	sentences: readonly SourceSentence[],
	recall: ReadonlyMap<string, number>,
	studied: ReadonlySet<string>
): MapSentence[] {
	return sentences.map((sentence) => {
		const recalls = sentence.factIds.map((id) => (studied.has(id) ? (recall.get(id) ?? 0) : null));
		return { ...sentence, ...groupMemory(recalls) };
	});
}

/**
 * Each sentence of the map with its facts' rows (in the sentence's order), for the map read
 * sentence by sentence: a row missing from `rows` is left out.
 */
export function withFacts<Row extends { id: string }>(
	sentences: readonly MapSentence[],
	rows: readonly Row[]
): (MapSentence & { facts: Row[] })[] {
	const byId = new Map(rows.map((row) => [row.id, row]));
	return sentences.map((sentence) => ({
		...sentence,
		facts: sentence.factIds.flatMap((id) => byId.get(id) ?? [])
	}));
}
