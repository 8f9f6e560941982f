/**
 * Why something failed, in terms a learner can act on: a problem of storage (IndexedDB said
 * no), or a bug in the app, which is never blamed on storage.
 */
export type StorageProblem =
	| { kind: 'unavailable'; detail: string }
	| { kind: 'quota'; detail: string }
	| { kind: 'outdated'; detail: string }
	| { kind: 'blocked'; detail: string }
	| { kind: 'failed'; detail: string }
	| { kind: 'bug'; detail: string };

const messages: Record<StorageProblem['kind'], string> = {
	unavailable:
		'This browser does not let the app store data (private browsing, or storage is turned off). Nothing you do here can be saved.',
	quota:
		'Storage is full: free some space on the device, then try again. Your earlier progress is intact.',
	outdated:
		'The app was updated in another tab. Reload this tab to keep studying; nothing was lost.',
	blocked:
		'Finishing an update of your saved data: close other tabs of this app to let it continue.',
	failed: 'Saving failed. Your earlier progress is intact; try again.',
	bug: 'Something went wrong in the app (not in your saved data). Try again, or reload; copy the details to report it.'
};

/** Errors IndexedDB and Dexie raise: anything else thrown is a bug of the app. */
const storageErrorNames = new Set([
	'AbortError',
	'BulkError',
	'ConstraintError',
	'DataCloneError',
	'DataError',
	'DatabaseClosedError',
	'InvalidAccessError',
	'InvalidStateError',
	'InvalidTableError',
	'MissingAPIError',
	'ModifyError',
	'NoSuchDatabaseError',
	'NotFoundError',
	'OpenFailedError',
	'PrematureCommitError',
	'QuotaExceededError',
	'ReadOnlyError',
	'SchemaError',
	'SubTransactionError',
	'TimeoutError',
	'TransactionInactiveError',
	'UnknownError',
	'UpgradeError',
	'VersionChangeError',
	'VersionError'
]);

/** Names of the errors that mean IndexedDB cannot be used here at all. */
const unavailableNames = new Set([
	'MissingAPIError',
	'InvalidStateError',
	'OpenFailedError',
	'InvalidAccessError',
	'SecurityError'
]);

export function storageProblemMessage(problem: StorageProblem): string {
	return messages[problem.kind];
}

/**
 * Classifies anything thrown below the UI: IndexedDB's and Dexie's own errors by what the
 * learner can do about them; everything else as a bug. Dexie wraps the cause of a failed open
 * or a closed connection in `inner`: that cause decides (a database closed because it could not
 * be opened is unavailable, not outdated).
 */
export function classifyStorageError(error: unknown): StorageProblem {
	const name = nameOf(error);
	const inner = nameOf((error as { inner?: unknown } | null)?.inner);
	const detail = error instanceof Error ? error.message : String(error);
	if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
		return { kind: 'quota', detail };
	if (unavailableNames.has(name) || unavailableNames.has(inner))
		return { kind: 'unavailable', detail };
	if (name === 'DatabaseClosedError' || name === 'VersionChangeError')
		return { kind: 'outdated', detail };
	if (storageErrorNames.has(name)) return { kind: 'failed', detail };
	return { kind: 'bug', detail: error instanceof Error && error.stack ? error.stack : detail };
}

function nameOf(value: unknown): string {
	return value instanceof Error || isNamed(value) ? String((value as { name: unknown }).name) : '';
}

function isNamed(value: unknown): value is { name: unknown } {
	return typeof value === 'object' && value !== null && 'name' in value;
}
