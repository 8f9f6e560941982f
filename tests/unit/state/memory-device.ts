import { emptyDeviceNotes, type DeviceNotes } from '$lib/domain/safekeeping/device-notes';
import type { Device, InstallPrompt } from '$lib/state/device';
import { InstallOffer } from '$lib/state/install-offer';

/** A device in memory, for tests: every answer settable. */
export function memoryDevice(
	options: {
		notes?: DeviceNotes;
		estimate?: { usage: number; quota: number } | null;
		persisted?: boolean | null;
		grantPersist?: boolean | null;
		iosSafari?: boolean;
		standalone?: boolean;
	} = {}
): Device & { persistCalls: number; offerInstall(accept: boolean): void } {
	let notes = options.notes ?? emptyDeviceNotes;
	let persisted = options.persisted ?? false;
	const installOffer = new InstallOffer();
	const device = {
		persistCalls: 0,
		readNotes: () => notes,
		writeNotes: (next: DeviceNotes) => {
			notes = next;
		},
		estimate: async () =>
			options.estimate === undefined ? { usage: 0, quota: 0 } : options.estimate,
		persisted: async () => (options.persisted === null ? null : persisted),
		persist: async () => {
			device.persistCalls += 1;
			if (options.grantPersist === null) return null;
			persisted = options.grantPersist ?? true;
			return persisted;
		},
		iosSafari: () => options.iosSafari ?? false,
		standalone: () => options.standalone ?? false,
		holdInstallPrompt: () => () => {},
		onInstallPrompt: (listener: (prompt: InstallPrompt | null) => void) =>
			installOffer.follow(listener),
		offerInstall: (accept: boolean) => {
			installOffer.set(async () => {
				installOffer.set(null);
				return accept;
			});
		}
	};
	return device;
}
