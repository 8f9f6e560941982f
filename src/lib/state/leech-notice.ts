import type { Fact } from '$lib/domain/pack/schema';

/** What the learner is told when a rating makes a fact a leech (Anki's word, explained). */
export function leechNotice(fact: Fact, lapses: number): string {
	return `“${fact.cue}” has been forgotten ${lapses} times, so it is suspended for now: it is a leech, costing more time than it gives. Settings → Suspended cards lists it with its sentence; reread it, then bring it back.`;
}
