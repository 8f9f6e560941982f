import { foldText } from '../../text/fold';
import type { FactInfo } from '../pack-index';

const stopWords = new Set(
	'the a an of in on at to for from by with and or as is was were be been has have had its it this that which what who whom whose when where why how did does do than into'.split(
		' '
	)
);

/**
 * The key as an option: the canonical label, unless it repeats a content word of the stem (a
 * test-wise cue, e.g. "Russia's invasion of Ukraine" for "What caused Russia's influence…");
 * then the first alias that does not.
 */
export function keyLabel(info: FactInfo, stem: string): string {
	const label = info.value.label;
	const entity = info.value.entity;
	if (!entity) return label;
	const stemWords = new Set(foldText(stem).split(' ').filter((word) => !stopWords.has(word)));
	const repeats = (name: string) => foldText(name).split(' ').some((word) => stemWords.has(word));
	if (!repeats(label)) return label;
	return entity.aliases.find((alias) => !repeats(alias) && alias.length > 3) ?? label;
}
