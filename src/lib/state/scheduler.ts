import { createScheduler, type Scheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { defaultSchedulerSettings } from '$lib/domain/scheduling/default-settings';
import type { AppSettings } from '$lib/domain/settings';

/** The FSRS scheduler for the learner's current settings. */
export function schedulerFor(
	settings: Pick<AppSettings, 'desiredRetention' | 'learningSteps'>
): Scheduler {
	return createScheduler({
		...defaultSchedulerSettings,
		desiredRetention: settings.desiredRetention,
		learningSteps: settings.learningSteps
	});
}
