/** Where the app runs, as far as installing goes. */
export interface InstallContext {
	/** iOS or iPadOS Safari, which has no install prompt: the learner adds it by hand. */
	iosSafari: boolean;
	/** Running as the installed app (home-screen icon), not in a browser tab. */
	standalone: boolean;
	/** The browser offered its install prompt (`beforeinstallprompt`) and it is unused. */
	promptReady: boolean;
	/** A rating or an answer is stored on this device. */
	hasStudied: boolean;
	/** A quiz or a flashcard session is under way. */
	inSession: boolean;
	/** The learner put the advice away. */
	dismissed: boolean;
}

export type InstallAdvice = 'ios-steps' | 'prompt' | null;

/**
 * What to say about installing, if anything. On iOS Safari a site's storage may be cleared
 * after 7 days without a visit unless it is on the Home Screen, so the steps come before the
 * first study session; elsewhere the browser's own prompt is offered once something is worth
 * keeping. Never during a session, never in the installed app, never after "Not now".
 */
export function installAdvice(context: InstallContext): InstallAdvice {
	if (context.standalone || context.dismissed || context.inSession) return null;
	if (context.iosSafari) return 'ios-steps';
	if (context.promptReady && context.hasStudied) return 'prompt';
	return null;
}

/**
 * Whether a user agent is Safari on iOS or iPadOS. iPadOS asks for desktop sites by default
 * and then names itself "Macintosh": a touch screen tells it apart. Other iOS browsers
 * (CriOS, FxiOS, EdgiOS) cannot add to the Home Screen from their own menu in the same way.
 */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
	const apple =
		/iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
	if (!apple) return false;
	return /Safari\//.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS|GSA\//.test(userAgent);
}
