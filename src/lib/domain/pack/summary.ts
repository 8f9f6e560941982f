import type { Pack } from './schema';

export interface PackSummary {
	facts: number;
	entities: number;
	events: number;
	quotations: number;
	paragraphs: number;
	/** Paragraphs that are the source of at least one fact. */
	paragraphsWithFacts: number;
}

export function summarisePack(pack: Pack): PackSummary {
	const sources = new Set(pack.facts.map((fact) => fact.source.block));
	const paragraphs = pack.blocks.filter((block) => block.kind === 'paragraph');
	return {
		facts: pack.facts.length,
		entities: pack.entities.length,
		events: pack.events.length,
		quotations: pack.quotations.length,
		paragraphs: paragraphs.length,
		paragraphsWithFacts: paragraphs.filter((block) => sources.has(block.id)).length
	};
}

/** `ok <pack-id>@<version>: N facts, N entities, N events, N quotations, N/N paragraphs covered` */
export function formatPackSummary(pack: Pack): string {
	const s = summarisePack(pack);
	return (
		`ok ${pack.meta.id}@${pack.meta.version}: ${s.facts} facts, ${s.entities} entities, ` +
		`${s.events} events, ${s.quotations} quotations, ${s.paragraphsWithFacts}/${s.paragraphs} paragraphs covered`
	);
}
