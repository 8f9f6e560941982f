import { getContext, setContext } from 'svelte';
import type { StudyServices } from './services';
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
	const app = useStudyApp();
	if (!app.controllers.has(name)) app.controllers.set(name, create(app));
	return app.controllers.get(name) as T;
}
