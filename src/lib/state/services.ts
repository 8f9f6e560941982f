import type { Repositories } from '$lib/db/repositories';
import type { Clock } from '$lib/domain/clock';
import { memoizeSuccess } from './memoize-success';
import { storageStatus } from './storage-status.svelte';

/** The real clock: the one place above the domain that reads the system time. */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * The composition root: the repositories over the shared database, created on first use.
 * Loaded lazily so a first visit, which has nothing stored yet, does not download Dexie,
 * and so nothing touches IndexedDB during prerendering. A failed load is tried again.
 */
export const repositories: () => Promise<Repositories> = memoizeSuccess(() =>
	import('$lib/db/repositories').then(({ createRepositories }) =>
		createRepositories({ clock: systemClock, onProblem: (problem) => storageStatus.show(problem) })
	)
);
