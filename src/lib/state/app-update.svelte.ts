import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker's lifecycle as the learner sees it: ready to work offline, and a new
 * version waiting. The new version is applied only when the learner asks for it.
 */
class AppUpdate {
	#needRefresh = $state(false);
	#offlineReady = $state(false);
	#deferred = $state(false);
	#apply: ((reload?: boolean) => Promise<void>) | undefined;

	/** A new version is installed and waiting. */
	get available(): boolean {
		return this.#needRefresh;
	}

	get offlineReady(): boolean {
		return this.#offlineReady;
	}

	/** The learner chose "Later"; the prompt comes back on the next page load or visit. */
	get deferred(): boolean {
		return this.#deferred;
	}

	/** Registers the service worker and checks for updates on load and whenever the page is shown again. */
	register(): () => void {
		if (!('serviceWorker' in navigator)) return () => {};
		let registration: ServiceWorkerRegistration | undefined;
		const checkForUpdate = () => {
			if (document.visibilityState !== 'visible') return;
			// An offer put away with "Later" comes back on the next visit.
			this.#deferred = false;
			if (navigator.onLine) {
				registration?.update().catch(() => {
					// Offline or the server is unreachable: try again on the next visit.
				});
			}
		};
		this.#apply = registerSW({
			immediate: true,
			onNeedRefresh: () => {
				this.#needRefresh = true;
			},
			onOfflineReady: () => {
				this.#offlineReady = true;
			},
			onRegisteredSW: (_url, reg) => {
				registration = reg;
				checkForUpdate();
			}
		});
		document.addEventListener('visibilitychange', checkForUpdate);
		return () => document.removeEventListener('visibilitychange', checkForUpdate);
	}

	later(): void {
		this.#deferred = true;
	}

	/** Activates the waiting version and reloads the page into it. */
	async reload(): Promise<void> {
		// The plugin reloads only when a worker already controlled the page at registration;
		// after a first visit (claimed later) it would not, so reload on the switch ourselves.
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		await this.#apply?.(true);
	}
}

export const appUpdate = new AppUpdate();
