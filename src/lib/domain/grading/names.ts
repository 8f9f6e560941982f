import type { Pack } from '../pack/schema';
import { foldAnswer } from '../text/fold';

/** Every entity name and alias of a pack, folded, with the name it belongs to. */
export type NameIndex = ReadonlyMap<string, string>;

const cache = new WeakMap<Pack, NameIndex>();

/** The names of a pack's entities, built once per pack object. */
export function packNames(pack: Pack): NameIndex {
	let names = cache.get(pack);
	if (!names) {
		const map = new Map<string, string>();
		for (const entity of pack.entities) {
			for (const name of [entity.name, ...entity.aliases]) map.set(foldAnswer(name), entity.name);
		}
		names = map;
		cache.set(pack, names);
	}
	return names;
}
