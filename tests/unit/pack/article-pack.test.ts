import { describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { summarisePack } from '$lib/domain/pack/summary';
import { acceptedAnswers } from '$lib/domain/pack/validate';

const pack = loadBuiltinPack();
const fact = (id: string) => {
	const found = pack.facts.find((item) => item.id === id);
	if (!found) throw new Error(`no fact ${id}`);
	return found;
};
const names = new Map(pack.entities.map((entity) => [entity.id, [entity.name, ...entity.aliases]]));

describe('the article pack', () => {
	test('passes every check, with the expected size and full paragraph coverage', () => {
		const summary = summarisePack(pack);
		expect(summary.facts).toBeGreaterThanOrEqual(40);
		expect(summary.facts).toBeLessThanOrEqual(70);
		expect(summary.paragraphs).toBe(24);
		const commentary = new Set(pack.commentary.map((item) => item.block));
		const sources = new Set(pack.facts.map((item) => item.source.block));
		for (let i = 1; i <= 24; i++) {
			expect(sources.has(`p${i}`) || commentary.has(`p${i}`), `p${i}`).toBe(true);
		}
	});

	test('splits the three-part list of China’s conditions into three facts from p8', () => {
		const conditions = pack.facts.filter((item) => item.source.block === 'p8');
		expect(conditions.map((item) => item.answer)).toEqual([
			'open and inclusive',
			'moderate and prudent',
			'terrorist forces'
		]);
	});

	test('accepts the capital where the article uses it for the government, keeping alias lists disjoint', () => {
		expect(acceptedAnswers(fact('china-abandoned-global-consensus'), names)).toEqual(
			expect.arrayContaining(['China', 'Beijing'])
		);
		const china = pack.entities.find((entity) => entity.id === 'china');
		expect(china?.aliases).not.toContain('Beijing');
	});

	test('knows the United States and the Taliban by their common names', () => {
		expect(names.get('united-states')).toEqual(
			expect.arrayContaining(['US', 'United States', 'American'])
		);
		expect(names.get('taliban')).toEqual(
			expect.arrayContaining(['Taliban', 'Taliban regime', 'Taliban government'])
		);
	});

	test('marks facts that go beyond the article’s words as inferred, with a reason', () => {
		expect(fact('china-appointed-kabul-ambassador-in-september-2023').inferred).toMatch(
			/last September/
		);
		expect(fact('china-no-tariffs-on-98-percent-of-afghan-goods').inferred).toBeUndefined();
	});

	test('has dated events with distinct dates enough for a timeline of five', () => {
		expect(new Set(pack.events.map((event) => event.date)).size).toBeGreaterThanOrEqual(5);
	});
});
