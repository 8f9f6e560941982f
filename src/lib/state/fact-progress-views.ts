import type { MemoryRecord } from '$lib/db/records';
import { describeMemory } from '$lib/domain/scheduling/describe';
import { recallProbability } from '$lib/domain/scheduling/fsrs-adapter';
import { groupMemory, type RecallBand } from '$lib/domain/stats/recall';

/**
 * What the learner's progress says about each fact, for places that show a fact outside a
 * study session (the reader's fact panel). Until a fact has been studied it has no entry.
 */
export interface FactProgressView {
	/** A short, human description, e.g. "Due in 3 days", "Learning" or "Suspended". */
	label: string;
	/** Taken out of study (suspended, reported, a leech): not offered as a card. */
	suspended: boolean;
	/** Probability of recall now; `null` before the first review. */
	recall: number | null;
}

/**
 * Each studied or suspended fact's view, replaced whole on every load (so a plain map, not a
 * reactive one).
 */
export function viewsOf(
	records: readonly MemoryRecord[],
	suspended: readonly string[],
	now: number
): ReadonlyMap<string, FactProgressView> {
	const views = new Map<string, FactProgressView>(
		records.map((record) => [
			record.factId,
			{
				label: describeMemory(record.memory, now),
				suspended: false,
				recall: record.memory.state === 'new' ? null : recallProbability(record.memory, now)
			}
		])
	);
	for (const factId of suspended) {
		views.set(factId, {
			label: 'Suspended: see Settings → Suspended cards',
			suspended: true,
			recall: views.get(factId)?.recall ?? null
		});
	}
	return views;
}

/**
 * The memory-map band of a sentence's facts and their mean recall (a fact not studied counts
 * 0): "not studied yet" when none is, "partly studied" while some are not.
 */
export function bandOf(
	views: ReadonlyMap<string, FactProgressView>,
	factIds: readonly string[]
): { band: RecallBand; recall: number | null } {
	return groupMemory(factIds.map((id) => views.get(id)?.recall ?? null));
}
