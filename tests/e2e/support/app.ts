import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject } from 'vitest';
import { chromiumPath } from './chromium';

export interface AppSession {
	context: BrowserContext;
	page: Page;
	baseURL: string;
	/** Every request that went anywhere but the app's own origin. */
	foreignRequests: string[];
	/** Every Content Security Policy violation the browser reported. */
	cspViolations: string[];
	/** Uncaught errors and unhandled promise rejections in any page. */
	pageErrors: string[];
	close(): Promise<void>;
}

const flags = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

/**
 * A fresh Chromium profile (so a fresh IndexedDB and no service worker) with one page,
 * watching for foreign requests, CSP violations and page errors.
 */
export async function launchApp(
	options: {
		colorScheme?: 'light' | 'dark';
		userAgent?: string;
		/** False for a device with a mouse and no touch screen (a fine pointer that hovers). */
		hasTouch?: boolean;
		viewport?: { width: number; height: number };
	} = {}
): Promise<AppSession> {
	const baseURL = inject('baseURL');
	const profile = await mkdtemp(join(tmpdir(), 'sourced-e2e-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: flags,
		viewport: options.viewport ?? { width: 390, height: 844 },
		deviceScaleFactor: 1,
		hasTouch: options.hasTouch ?? true,
		colorScheme: options.colorScheme ?? 'light',
		serviceWorkers: 'allow',
		...(options.userAgent ? { userAgent: options.userAgent } : {})
	});
	const origin = new URL(baseURL).origin;
	const foreignRequests: string[] = [];
	const cspViolations: string[] = [];
	const pageErrors: string[] = [];

	const watchRequests = (url: string) => {
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
			foreignRequests.push(url);
		}
	};
	context.on('request', (request) => watchRequests(request.url()));
	const watchPage = (page: Page) => {
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
			if (message.text().startsWith('Unhandled rejection:')) pageErrors.push(message.text());
		});
		page.on('pageerror', (error) => pageErrors.push(error.message));
	};
	context.on('page', watchPage);
	await context.addInitScript(() => {
		// A rejected promise nobody handles is a bug even when nothing else shows it.
		window.addEventListener('unhandledrejection', (event) => {
			console.error(`Unhandled rejection: ${String(event.reason)}`);
		});
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(
				`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`
			);
		});
	});

	const page = context.pages()[0] ?? (await context.newPage());
	watchPage(page);

	return {
		context,
		page,
		baseURL,
		foreignRequests,
		cspViolations,
		pageErrors,
		async close() {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		}
	};
}

/** Resolves once a service worker controls `page`; fails instead of hanging when none does. */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 15_000): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
		timeout: timeoutMs
	});
	// The precache is complete when the worker is activated.
	await page.waitForFunction(
		() => navigator.serviceWorker.controller?.state === 'activated',
		undefined,
		{
			timeout: timeoutMs
		}
	);
}

/** The app's routes with the heading each must render. */
export const routes = [
	{ path: '/', heading: 'Study the article' },
	{ path: '/learn', heading: 'Learn' },
	{ path: '/quiz', heading: 'Quiz' },
	{ path: '/flashcards', heading: 'Flashcards' },
	{ path: '/progress', heading: 'Progress' },
	{
		path: '/article',
		heading:
			'China has provided scope for international acceptance of the Taliban regime in Kabul. Who will be next?'
	},
	{ path: '/settings', heading: 'Settings' }
] as const;

/** What every test of the app must also show: no CSP violation, no page error, no foreign request. */
export function expectCleanRun(app: AppSession): void {
	expect(app.cspViolations).toEqual([]);
	expect(app.pageErrors).toEqual([]);
	expect(app.foreignRequests).toEqual([]);
}

/**
 * A fresh app session for every test of the calling file or block: launched before each test,
 * checked by `expectCleanRun` (unless `expectClean` is false) and closed after it. The returned
 * object always speaks for the current test's session.
 */
export function useApp(
	options: { colorScheme?: 'light' | 'dark'; expectClean?: boolean } = {}
): AppSession {
	let current: AppSession | undefined;
	const session = (): AppSession => {
		if (!current) throw new Error('useApp: no session outside a test');
		return current;
	};
	beforeEach(async () => {
		current = await launchApp({ colorScheme: options.colorScheme });
	});
	afterEach(async () => {
		const app = session();
		current = undefined;
		try {
			if (options.expectClean !== false) expectCleanRun(app);
		} finally {
			await app.close();
		}
	});
	return {
		get context() {
			return session().context;
		},
		get page() {
			return session().page;
		},
		get baseURL() {
			return session().baseURL;
		},
		get foreignRequests() {
			return session().foreignRequests;
		},
		get cspViolations() {
			return session().cspViolations;
		},
		get pageErrors() {
			return session().pageErrors;
		},
		close: () => session().close()
	};
}
