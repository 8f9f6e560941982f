import type { SchedulerSettings } from './settings';

/**
 * ts-fsrs's own defaults, which match Anki's. Kept apart from the schema so that what needs
 * only the defaults (every screen's first paint) does not load valibot.
 */
export const defaultSchedulerSettings: SchedulerSettings = {
	desiredRetention: 0.9,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m'],
	maximumInterval: 36500
};
