/** Whether the browser believes it is online; offline is a normal state, shown as a badge. */
class Connectivity {
	#online = $state(true);

	get online(): boolean {
		return this.#online;
	}

	/** Starts following the browser's online/offline events; returns the stop function. */
	listen(): () => void {
		const update = () => {
			this.#online = navigator.onLine;
		};
		update();
		window.addEventListener('online', update);
		window.addEventListener('offline', update);
		return () => {
			window.removeEventListener('online', update);
			window.removeEventListener('offline', update);
		};
	}
}

export const connectivity = new Connectivity();
