import { describe, expect, test } from 'vitest';
import { formatPackError, parsePack } from '$lib/domain/pack/validate';
import { syntheticPack } from './synthetic-pack';

describe('the synthetic pack factory (used by property tests and benchmarks)', () => {
	test('makes valid packs of the size asked for', () => {
		for (const facts of [1, 7, 2000]) {
			const pack = syntheticPack({ facts, seed: facts });
			const result = parsePack(pack);
			expect(result.ok ? [] : result.errors.map(formatPackError)).toEqual([]);
			expect(pack.facts).toHaveLength(facts);
		}
	});

	test('is deterministic for a seed', () => {
		expect(syntheticPack({ facts: 50, seed: 3 })).toEqual(syntheticPack({ facts: 50, seed: 3 }));
	});
});
