import { intervalsOverlap } from '../dates';
import { cueGivesAway, type FactInfo, type IndexedEvent, type PackIndex } from '../pack-index';
import { containsAnyFolded } from '../phrases';
import type { MatchingPair, MatchingQuestion } from '../question';
import { variants } from '../question-id';
import type { Random } from '../random';
import { questionBase } from './base';
import { sampleCandidates, type FactFilter } from './selection';
import { at } from '../at';

/**
 * A matching question of 4–6 pairs including the fact at `position`, with the other facts
 * drawn from `filter`'s free facts. Variant 0 pairs fact cues with their answers, all of one
 * value type (countries, months…); variant 1 pairs event labels with their dates. Each left
 * matches exactly one right: rights are distinct, none is true in the article for another
 * pair's subject and relation, and no left names another pair's answer. `null` when fewer
 * than 4 pairs fit.
 */
export function buildMatching(
	index: PackIndex,
	position: number,
	variant: number,
	filter: FactFilter,
	random: Random
): MatchingQuestion | null {
	const size = random.int(4, 6);
	return variant === variants.eventMatching
		? eventMatching(index, position, size, filter, random)
		: cueMatching(index, position, size, filter, random);
}

function cueMatching(
	index: PackIndex,
	position: number,
	size: number,
	filter: FactFilter,
	random: Random
): MatchingQuestion | null {
	const anchor = index.info(position);
	if (!anchor || !fits(anchor)) return null;
	const group = index.groups.get(anchor.value.pool);
	if (!group) return null;
	const chosen: FactInfo[] = [anchor];
	for (const candidate of sampleCandidates(group, random)) {
		if (chosen.length >= size) break;
		if (candidate === position) continue;
		const info = index.info(candidate);
		// The filter asks the quiz, the dearest check: last.
		if (!info || !fits(info) || !chosen.every((other) => compatible(info, other))) continue;
		if (filter.isFree(candidate)) chosen.push(info);
	}
	if (chosen.length < 4) return null;
	chosen.sort((a, b) => (a.fact.id < b.fact.id ? -1 : 1));
	const pairs: MatchingPair[] = chosen.map((info) => ({
		left: info.fact.cue,
		right: info.value.label,
		factIds: [info.fact.id]
	}));
	return {
		...questionBase(
			index,
			'matching',
			chosen.map((info) => info.position),
			variants.cueMatching,
			'Match each question with its answer.',
			chosen.map((info) => info.fact.statement).join(' ')
		),
		kind: 'matching',
		pairs,
		shuffledRights: pairs.map((pair) => pair.right)
	};
}

/** A fact whose cue has one answer among values of its type, and does not give it away. */
function fits(info: FactInfo): boolean {
	return !info.claim.negated && !cueGivesAway(info);
}

function compatible(a: FactInfo, b: FactInfo): boolean {
	if (a.fact.cue === b.fact.cue) return false;
	return (
		!a.truths.has(b.value.key) &&
		!b.truths.has(a.value.key) &&
		a.value.names.every((name) => !b.acceptedFolded.has(name)) &&
		b.value.names.every((name) => !a.acceptedFolded.has(name)) &&
		!containsAnyFolded(b.cueText, a.acceptedKeys) &&
		!containsAnyFolded(a.cueText, b.acceptedKeys)
	);
}

function eventMatching(
	index: PackIndex,
	position: number,
	size: number,
	filter: FactFilter,
	random: Random
): MatchingQuestion | null {
	// Only events the article dates: "2 months before April 2022" is no date to match.
	const chosen = pickEvents(index, position, size, filter, random, { datedOnly: true });
	if (chosen.length < 4) return null;
	chosen.sort((a, b) => a.interval[0] - b.interval[0]);
	const pairs: MatchingPair[] = chosen.map((item) => ({
		left: item.event.label,
		right: item.dateLabel,
		factIds: item.facts.map((p) => at(index.facts, p).id).sort()
	}));
	return {
		...questionBase(
			index,
			'matching',
			chosen.flatMap((item) => item.facts),
			variants.eventMatching,
			'Match each event with its date.',
			chosen.map((item) => `${item.event.label}: ${item.dateLabel}.`).join(' ')
		),
		kind: 'matching',
		pairs,
		shuffledRights: pairs.map((pair) => pair.right)
	};
}

/**
 * Up to `size` usable events, one of them an event of the fact at `position`, with pairwise
 * non-overlapping dates (so "2021" and "August 2021" never meet), distinct labels and only free
 * facts.
 */
export function pickEvents(
	index: PackIndex,
	position: number,
	size: number,
	filter: FactFilter,
	random: Random,
	options: { datedOnly?: boolean } = {}
): IndexedEvent[] {
	const usable = (item: IndexedEvent) =>
		item.usable && !(options.datedOnly && item.event.when !== undefined);
	const free = (item: IndexedEvent) => usable(item) && item.facts.every((p) => filter.isFree(p));
	const own = (index.eventsByFact.get(position) ?? [])
		.map((i) => at(index.events, i))
		.filter((item) => usable(item) && item.facts.every((p) => p === position || filter.isFree(p)));
	const anchor = own[random.int(0, Math.max(own.length - 1, 0))];
	if (!anchor) return [];
	const chosen = [anchor];
	const used = new Set(anchor.facts);
	for (const item of sampleCandidates(index.events, random)) {
		if (chosen.length >= size) break;
		if (!usable(item) || item.facts.some((p) => used.has(p))) continue;
		if (chosen.some((other) => intervalsOverlap(other.interval, item.interval))) continue;
		// Two cards reading the same ("X signs the accord") could not be told apart.
		if (chosen.some((other) => other.labelKey === item.labelKey)) continue;
		// The filter asks the quiz, the dearest check: last.
		if (!free(item)) continue;
		chosen.push(item);
		for (const p of item.facts) used.add(p);
	}
	return chosen;
}
