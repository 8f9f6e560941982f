import { getContext, setContext } from 'svelte';
import type { StudyServices } from './services';
import type { SafekeepingController } from './safekeeping-controller.svelte';
import type { SettingsController } from './settings-controller.svelte';

/**
 * The app's state, created once in the root layout and found by every page and component
 * through Svelte context: the services, the settings, and each screen's controller, made on
 * the screen's first visit (so its code loads with that screen) and kept while the app runs
 * (so a quiz left for the article is where it was on return).
 */
export interface StudyApp {
	services: StudyServices;
	settings: SettingsController;
	controllers: Map<string, unknown>;
	/**
	 * Backup reminders, install advice and a loss noticed: loaded after the first paint (it
	 * needs valibot, which the first paint does not), so `null` until then.
	 */
	safekeeping: { readonly current: SafekeepingController | null };
}

const key = Symbol('study-app');

export function provideStudyApp(app: StudyApp): StudyApp {
	return setContext(key, app);
}

export function useStudyApp(): StudyApp {
	const app = getContext<StudyApp | undefined>(key);
	if (!app) throw new Error('useStudyApp() outside the root layout');
	return app;
}

/** The controller called `name`, made by `create` on first use and kept for the app's life. */
export function useController<T>(name: string, create: (app: StudyApp) => T): T {
	return controllerOf(useStudyApp(), name, create);
}

/** `useController` outside component initialisation, given the app. */
export function controllerOf<T>(app: StudyApp, name: string, create: (app: StudyApp) => T): T {
	if (!app.controllers.has(name)) app.controllers.set(name, create(app));
	return app.controllers.get(name) as T;
}
