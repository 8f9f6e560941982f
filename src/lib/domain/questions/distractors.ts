import { sideAllows } from './claim';
import { nearbyDates, nearbyNumbers } from './generated-values';
import { standsOutByLength } from './option-length';
import type { FactInfo, PackIndex } from './pack-index';
import { containsFolded } from './phrases';
import { shuffle, type Random } from './random';
import type { Value } from './values';
import { at } from './at';
import { foldAnswer } from '../text/fold';

/** How many pack candidates to draw from a large pool, and to keep for ranking. */
const draws = 64;
const keep = 8;

export interface DistractorOptions {
	/**
	 * Only values the article itself uses, in the same role (for a false true/false statement,
	 * which must stay plausible): no lures and no generated dates or numbers.
	 */
	articleOnly?: boolean;
	/** The key as it is shown, for length matching (default: the value's label). */
	shownKey?: string;
}

/**
 * Up to `want` distractors for a fact's value, each:
 * - of the value's own pool (same semantic type and format) and, for an entity, sharing the
 *   role the fact's cue describes (`Fact.role`; in a pack without roles, any of its kind);
 * - never the stem's own subject or the key under another name (Beijing for China);
 * - distinct from the others and from every accepted answer, after folding;
 * - never true in the article for the fact's subject and relation, and on the false side of
 *   a bound ("since July 2022" takes only earlier dates);
 * - not named in `avoidText` (the stem or statement, folded and padded by `padded`), nor
 *   anything standing for it, which would make it obviously wrong;
 * - drawn from the pack and its lures, then from nearby dates or numbers only to fill up;
 * - close to the key as shown in length, so that no option stands out.
 * Deterministic for a given `random`.
 */
export function chooseDistractors(
	index: PackIndex,
	info: FactInfo,
	want: number,
	avoidText: string,
	random: Random,
	options: DistractorOptions = {}
): Value[] {
	const key = info.value;
	const shownKey = options.shownKey ?? key.label;
	const role = info.fact.role;
	if (key.entity && index.usesRoles && !role) return [];
	const keyFamily = key.entity ? index.family(key.entity.id) : [];
	const excluded = (id: string) => info.subjectFamily.has(id) || keyFamily.includes(id);
	const taken = new Set<string>([key.key, ...key.names]);
	// "Beijing's recipe" in the stem rules out China as an option, as "China" would.
	const namedInStem = (value: Value) => {
		const family = value.entity ? index.family(value.entity.id) : [];
		return (
			family.length > 1 &&
			family
				.flatMap((id) => index.entityNames.get(id) ?? [])
				.some((name) => containsFolded(avoidText, foldAnswer(name)))
		);
	};
	const valid = (value: Value) =>
		!taken.has(value.key) &&
		!info.truths.has(value.key) &&
		(role === undefined || (value.roles?.includes(role) ?? false)) &&
		!(value.entity && index.family(value.entity.id).some(excluded)) &&
		value.names.every((name) => !info.acceptedFolded.has(name) && !taken.has(name)) &&
		!value.names.some((name) => containsFolded(avoidText, name)) &&
		!namedInStem(value) &&
		(value.order === undefined ||
			key.order === undefined ||
			sideAllows(info.claim.side, value.order, key.order));
	const take = (value: Value, into: Value[]) => {
		into.push(value);
		taken.add(value.key);
		for (const name of value.names) taken.add(name);
	};

	const fromPack: Value[] = [];
	const packPool = index.pools.get(key.pool) ?? [];
	const lures = options.articleOnly ? undefined : index.lures.get(key.pool);
	// Pools of a large pack hold thousands: copy only when a few lures join them.
	const pool = lures ? [...packPool, ...lures] : packPool;
	if (pool.length <= draws) {
		for (const value of shuffle(pool, random)) {
			if (fromPack.length >= keep) break;
			if (valid(value)) take(value, fromPack);
		}
	} else {
		for (let i = 0; i < draws && fromPack.length < keep; i += 1) {
			const value = at(pool, random.int(0, pool.length - 1));
			if (valid(value)) take(value, fromPack);
		}
	}
	const fillers: Value[] = [];
	if (fromPack.length < want && !options.articleOnly) {
		const extra = key.date ? nearbyDates(key) : key.number ? nearbyNumbers(key) : [];
		for (const value of shuffle(extra, random)) {
			if (fromPack.length + fillers.length >= keep) break;
			if (valid(value)) take(value, fillers);
		}
	}

	// Pack values: nearest in length first. Generated dates and numbers: nearest in value
	// first (2023 and 2025 for 2024, not 2027), the plausible confusions.
	const lengthGap = (value: Value) => Math.abs(value.label.length - shownKey.length);
	const valueGap = (value: Value) =>
		value.order !== undefined && key.order !== undefined
			? Math.abs(value.order - key.order)
			: lengthGap(value);
	const ranked = (list: Value[], gap: (value: Value) => number) =>
		list
			.map((value, order) => ({ value, order, gap: gap(value) }))
			.sort((a, b) => a.gap - b.gap || a.order - b.order)
			.map(({ value }) => value);
	const chosen: Value[] = [];
	for (const value of [...ranked(fromPack, lengthGap), ...ranked(fillers, valueGap)]) {
		if (chosen.length >= want) break;
		const labels = [shownKey, ...chosen.map((c) => c.label), value.label];
		if (!standsOutByLength(labels)) chosen.push(value);
	}
	return chosen;
}
