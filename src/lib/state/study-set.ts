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
	const suspended = new Set(await repositories.factFlags.suspendedFactIds(packId));
	const stored = await repositories.memories.forPack(packId);
	return {
		factIds: pack.facts.map((fact) => fact.id).filter((id) => !suspended.has(id)),
		memories: stored
			.filter((record) => !suspended.has(record.factId))
			.map((record) => ({ id: record.id, ...record.memory }))
	};
}
