import {
	emptyDeviceNotes,
	parseDeviceNotes,
	type DeviceNotes
} from '$lib/domain/safekeeping/device-notes';
import { isIosSafari } from '$lib/domain/safekeeping/install-advice';
import { InstallOffer } from './install-offer';

/** The browser's install prompt, held until offered; resolves whether it was accepted. */
export type InstallPrompt = () => Promise<boolean>;

/**
 * What the app asks of the browser about keeping data, apart from IndexedDB: notes kept in
 * `localStorage`, the Storage API (`estimate`, `persisted`, `persist`) and installing. Each
 * answer is `null` where the browser does not offer it. Tests use `memoryDevice`.
 */
export interface Device {
	readNotes(): DeviceNotes;
	writeNotes(notes: DeviceNotes): void;
	estimate(): Promise<{ usage: number; quota: number } | null>;
	persisted(): Promise<boolean | null>;
	persist(): Promise<boolean | null>;
	iosSafari(): boolean;
	standalone(): boolean;
	/**
	 * Starts holding the browser's install prompt. Call at mount: the browser fires it once,
	 * early, perhaps before any screen listens; `onInstallPrompt` then replays it.
	 */
	holdInstallPrompt(): () => void;
	/** Follows the browser's install prompt: a function to show it, or `null` once used. */
	onInstallPrompt(listener: (prompt: InstallPrompt | null) => void): () => void;
}

const notesKey = 'sourced:device-notes';

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The running browser. Every call survives a browser that refuses it (private modes). */
export function browserDevice(): Device {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	let holding = false;
	const installOffer = new InstallOffer();
	const offer = (prompt: InstallPrompt | null) => installOffer.set(prompt);
	return {
		readNotes() {
			try {
				return parseDeviceNotes(localStorage.getItem(notesKey));
			} catch {
				return emptyDeviceNotes;
			}
		},
		writeNotes(notes) {
			try {
				localStorage.setItem(notesKey, JSON.stringify(notes));
			} catch {
				// No localStorage (disabled, full): the notes are a convenience, never a store.
			}
		},
		async estimate() {
			if (!storage?.estimate) return null;
			try {
				const { usage = 0, quota = 0 } = await storage.estimate();
				return { usage, quota };
			} catch {
				return null;
			}
		},
		async persisted() {
			if (!storage?.persisted) return null;
			try {
				return await storage.persisted();
			} catch {
				return null;
			}
		},
		async persist() {
			if (!storage?.persist) return null;
			try {
				return await storage.persist();
			} catch {
				return null;
			}
		},
		iosSafari: () => isIosSafari(navigator.userAgent, navigator.maxTouchPoints ?? 0),
		standalone: () =>
			matchMedia('(display-mode: standalone)').matches ||
			(navigator as { standalone?: boolean }).standalone === true,
		holdInstallPrompt() {
			if (holding) return () => {};
			holding = true;
			const offered = (event: Event) => {
				// Held back so that it is offered at a calm moment, not when the browser likes.
				event.preventDefault();
				const install = event as BeforeInstallPromptEvent;
				offer(async () => {
					offer(null);
					await install.prompt();
					return (await install.userChoice).outcome === 'accepted';
				});
			};
			const installed = () => offer(null);
			addEventListener('beforeinstallprompt', offered);
			addEventListener('appinstalled', installed);
			return () => {
				holding = false;
				removeEventListener('beforeinstallprompt', offered);
				removeEventListener('appinstalled', installed);
			};
		},
		onInstallPrompt: (listener) => installOffer.follow(listener)
	};
}
