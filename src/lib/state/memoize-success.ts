/**
 * `load`, called once and its result kept, unless it fails: a failed load (a chunk that could
 * not be fetched while offline, before the service worker took over) is forgotten, so the next
 * call tries again and succeeds once the cause is gone.
 */
export function memoizeSuccess<T>(load: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | undefined;
	return () => {
		pending ??= load().catch((error: unknown) => {
			pending = undefined;
			throw error;
		});
		return pending;
	};
}
