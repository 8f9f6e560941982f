import type { Clock } from '$lib/domain/clock';
import { storedDataState } from '$lib/db/stored-data';
import { browserDevice, type Device } from './device';
import { ProblemReporter } from './problem-reporter.svelte';
import { createStorageGateway, type StorageGateway } from './storage-gateway';
import { tabId } from './tab-id';

/**
 * What every controller is built from: storage, time, where problems go, and this tab's
 * identity. Created once at the app's root and handed down by context (see `context.ts`);
 * tests build their own with fake-indexeddb and a fixed clock.
 */
export interface StudyServices {
	storage: StorageGateway;
	clock: Clock;
	problems: ProblemReporter;
	/** This browser tab's identity (Undo takes back only this tab's ratings). */
	tabId: () => string;
	/** The browser's storage and install APIs, and notes kept outside IndexedDB. */
	device: Device;
}

/** The services of the running app: the system clock and the browser's IndexedDB. */
export function createAppServices(): StudyServices {
	const problems = new ProblemReporter();
	const clock: Clock = { now: () => Date.now() };
	const storage = createStorageGateway({
		// Loaded lazily so that a first visit does not download Dexie, and so that nothing
		// touches IndexedDB during prerendering.
		open: () =>
			import('$lib/db/repositories').then(({ createRepositories }) =>
				createRepositories({ clock, onProblem: (problem) => problems.show(problem) })
			),
		probe: () => storedDataState()
	});
	return { storage, clock, problems, tabId: () => tabId(), device: browserDevice() };
}
