// fast-check arbitraries: random valid packs of every shape the generator must cope with.
import fc from 'fast-check';
import type { Pack } from '$lib/domain/pack/schema';
import { syntheticPack } from './synthetic-pack';

/** Random valid packs: 1–40 facts, 1–8 entities per kind (few force curated pools), 0–100 % events. */
export const packs: fc.Arbitrary<Pack> = fc
	.record({
		facts: fc.integer({ min: 1, max: 40 }),
		seed: fc.integer(),
		entitiesPerKind: fc.integer({ min: 1, max: 8 }),
		eventShare: fc.double({ min: 0, max: 1, noNaN: true })
	})
	.map((options) => syntheticPack(options));
