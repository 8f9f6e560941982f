import type { Fact, Pack } from './schema';

/** A pack's facts by id; fixed for the pack, so a plain read-only map. */
export function factsById(pack: Pack): ReadonlyMap<string, Fact> {
	return new Map(pack.facts.map((fact) => [fact.id, fact]));
}
