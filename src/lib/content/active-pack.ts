import { loadBuiltinPack } from './builtin-pack';

/**
 * The pack the app studies. One pack today (the embedded article); the routes ask here, and
 * everything below them takes the pack as a parameter, so a second pack changes only this.
 */
export function activePack() {
	return loadBuiltinPack();
}
