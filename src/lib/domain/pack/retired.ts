import type { Pack } from './schema';

const factSets = new WeakMap<Pack, ReadonlySet<string>>();

/**
 * The fact ids of `packId` that `pack` no longer has: retired by a newer pack version. Records
 * about them (memories, answers, reports) are kept, never deleted, and shown as retired.
 * Facts of other packs are not this pack's to judge and are never called retired here.
 */
export function retiredFactIds(pack: Pack, packId: string, factIds: readonly string[]): string[] {
	if (packId !== pack.meta.id) return [];
	let known = factSets.get(pack);
	if (!known) {
		known = new Set(pack.facts.map((fact) => fact.id));
		factSets.set(pack, known);
	}
	return factIds.filter((id) => !known.has(id));
}
