import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { dayCounts } from '$lib/domain/scheduling/review-queue';
import { studyDay } from '$lib/domain/time/study-day';
import { repositories, systemClock } from './services';

/** Today's due and new counts from storage. Loaded lazily: it brings the pack and Dexie. */
export async function loadTodayCounts(
	newCardsPerDay: number
): Promise<{ due: number; new: number }> {
	const pack = loadBuiltinPack();
	const { memories } = await repositories();
	const now = systemClock.now();
	const stored = await memories.forPack(pack.meta.id);
	return dayCounts({
		packId: pack.meta.id,
		memories: stored.map((record) => ({ id: record.id, ...record.memory })),
		factIds: pack.facts.map((fact) => fact.id),
		now,
		newCardsPerDay,
		newIntroducedToday: await memories.newIntroducedOn(studyDay(now), pack.meta.id)
	});
}
