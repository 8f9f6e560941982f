/** Why a read or write to IndexedDB failed, in terms a learner can act on. */
export type StorageProblem =
	| { kind: 'unavailable'; detail: string }
	| { kind: 'quota'; detail: string }
	| { kind: 'outdated'; detail: string }
	| { kind: 'blocked'; detail: string }
	| { kind: 'failed'; detail: string };

const messages: Record<StorageProblem['kind'], string> = {
	unavailable:
		'This browser does not let the app store data (private browsing, or storage is turned off). Nothing you do here can be saved.',
	quota: 'Storage is full: export a backup, then free some space on the device.',
	outdated:
		'The app was updated in another tab. Reload this tab to keep studying; nothing was lost.',
	blocked:
		'Finishing an update of your saved data: close other tabs of this app to let it continue.',
	failed: 'Saving failed. Your earlier progress is intact; try again.'
};

export function storageProblemMessage(problem: StorageProblem): string {
	return messages[problem.kind];
}

/** Classifies an error thrown by Dexie or IndexedDB. */
export function classifyStorageError(error: unknown): StorageProblem {
	const name =
		error instanceof Error || isNamed(error) ? String((error as { name: unknown }).name) : '';
	const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
	const detail = error instanceof Error ? error.message : String(error);
	if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
		return { kind: 'quota', detail };
	if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'OpenFailedError')
		return { kind: 'unavailable', detail };
	if (name === 'DatabaseClosedError') return { kind: 'outdated', detail };
	return { kind: 'failed', detail };
}

function isNamed(value: unknown): value is { name: unknown } {
	return typeof value === 'object' && value !== null && 'name' in value;
}
