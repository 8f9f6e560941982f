import type { MemoryRecord } from '$lib/db/records';
import type { Repositories } from '$lib/db/repositories';
import type { Pack } from '$lib/domain/pack/schema';
import type { QueueMemory } from '$lib/domain/scheduling/review-queue';

/**
 * The facts of a pack in study, with their stored memories: suspended facts (taken out of
 * study, leeches) are neither due nor new, on the flashcard screen and in the home counts.
 */
export async function studySet(
	repositories: Repositories | null,
	pack: Pack
): Promise<{ factIds: string[]; memories: QueueMemory[] }> {
	if (!repositories) return { factIds: pack.facts.map((fact) => fact.id), memories: [] };
	const packId = pack.meta.id;
	const [suspended, stored] = await Promise.all([
		repositories.factFlags.suspendedFactIds(packId),
		repositories.memories.forPack(packId)
	]);
	return studySetOf(pack, stored, suspended);
}

/** The study set from a pack's memories and suspended facts already read. */
export function studySetOf(
	pack: Pack,
	stored: readonly MemoryRecord[],
	suspendedFactIds: readonly string[]
): { factIds: string[]; memories: QueueMemory[] } {
	const suspended = new Set(suspendedFactIds);
	return {
		factIds: pack.facts.map((fact) => fact.id).filter((id) => !suspended.has(id)),
		memories: stored
			.filter((record) => !suspended.has(record.factId))
			.map((record) => ({ id: record.id, ...record.memory }))
	};
}
