import { version as appVersion } from '../../../package.json';
import { BackupController } from './backup-controller.svelte';
import type { StudyApp } from './context';

/** The app's one backup controller, made on first use (its code loads with the first screen that needs it). */
export function backupOf(app: StudyApp): BackupController {
	const existing = app.controllers.get('backup');
	if (existing instanceof BackupController) return existing;
	const controller = new BackupController(app.services, app.settings, appVersion);
	app.controllers.set('backup', controller);
	return controller;
}
