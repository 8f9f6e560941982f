import type { InstallPrompt } from './device';

/**
 * The browser's install prompt as it stands, replayed to whoever listens. The browser fires
 * its event once, early, perhaps before the screen that offers installing has loaded.
 */
export class InstallOffer {
	#held: InstallPrompt | null = null;
	readonly #listeners = new Set<(prompt: InstallPrompt | null) => void>();

	/** The browser offered (a prompt) or took back (`null`) installing. */
	set(prompt: InstallPrompt | null): void {
		this.#held = prompt;
		for (const listener of this.#listeners) listener(prompt);
	}

	/** Follows the offer, starting with the one already held. */
	follow(listener: (prompt: InstallPrompt | null) => void): () => void {
		this.#listeners.add(listener);
		if (this.#held) listener(this.#held);
		return () => this.#listeners.delete(listener);
	}
}
