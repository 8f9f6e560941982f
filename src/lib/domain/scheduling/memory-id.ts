/**
 * A memory is the learner's FSRS card for one fact, shared by flashcards and quizzes. Its id
 * joins the pack id and the fact id, so there is exactly one memory per fact and progress
 * survives a pack being re-imported.
 */

/** The separator between pack id and fact id. Pack ids are kebab-case slugs, so never hold it. */
const separator = ':';

/** The id of the memory of `factId` in pack `packId`: `<pack-id>:<fact-id>`. */
export function memoryId(packId: string, factId: string): string {
	// A colon in the pack id would make the id ambiguous to split back.
	if (packId === '' || packId.includes(separator)) {
		throw new RangeError(`Invalid pack id for a memory: "${packId}"`);
	}
	if (factId === '') throw new RangeError('A memory needs a fact id');
	return `${packId}${separator}${factId}`;
}

/** The inverse of `memoryId`; `undefined` when `id` is not a memory id. */
export function parseMemoryId(id: string): { packId: string; factId: string } | undefined {
	const at = id.indexOf(separator);
	if (at <= 0 || at === id.length - 1) return undefined;
	return { packId: id.slice(0, at), factId: id.slice(at + 1) };
}
