import type { Pack } from '$lib/domain/pack/schema';

/** `activePack`, loaded on demand: for screens whose first paint does not need the pack. */
export async function loadActivePack(): Promise<Pack> {
	const { activePack } = await import('./active-pack');
	return activePack();
}
