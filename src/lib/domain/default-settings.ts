import { questionKinds } from './questions/kinds';
import { defaultSchedulerSettings } from './scheduling/default-settings';
import type { AppSettings } from './settings';

/**
 * Every setting's default. Apart from the schemas (`settings.ts`) so that the first paint,
 * which needs the defaults only, does not load valibot.
 */
export const defaultSettings: AppSettings = {
	theme: 'system',
	quizLength: 10,
	quizKinds: [...questionKinds],
	quizTopics: [],
	desiredRetention: defaultSchedulerSettings.desiredRetention,
	learningSteps: defaultSchedulerSettings.learningSteps,
	newCardsPerDay: 20
};
