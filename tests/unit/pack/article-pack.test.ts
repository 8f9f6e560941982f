import { describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { readBuiltinPack } from '../../../scripts/lib/read-pack';
import { summarisePack } from '$lib/domain/pack/summary';
import { acceptedAnswers } from '$lib/domain/pack/accepted-answers';

const pack = loadBuiltinPack();
const fact = (id: string) => {
	const found = pack.facts.find((item) => item.id === id);
	if (!found) throw new Error(`no fact ${id}`);
	return found;
};
const names = new Map(pack.entities.map((entity) => [entity.id, [entity.name, ...entity.aliases]]));

describe('the article pack', () => {
	test('the browser takes it as built: the parser returns exactly the assembled pack', () => {
		// The browser skips the validator, so what the parser would hand it must be what it
		// already has: no default filled in, no value changed, no key added.
		expect(loadBuiltinPack()).toStrictEqual(readBuiltinPack());
	});

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
			'political framework',
			'domestic and foreign policies',
			'all kinds of terrorist forces'
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

	test('holds no value beyond the article: no inferred fact or event', () => {
		expect(pack.facts.filter((item) => item.inferred)).toEqual([]);
		expect(pack.events.filter((item) => item.inferred)).toEqual([]);
		expect(fact('china-tariff-exemption-since-july-2022').answer).toBe('July 2022');
	});

	test('dates its events only as the article does, so a timeline of four can be asked', () => {
		expect(pack.events.map((event) => event.when ?? event.date)).toEqual([
			'2021',
			'2 months before April 2022',
			'2022-04',
			'2022-07'
		]);
	});

	test('offers at least 2 wrong options in the role of every fact that names one', () => {
		for (const item of pack.facts) {
			if (!item.role || item.object.type !== 'entity') continue;
			const object = item.object.entity;
			const kind = pack.entities.find((entity) => entity.id === object)?.kind;
			const others = [
				...pack.entities.filter(
					(entity) =>
						entity.id !== object &&
						entity.id !== item.subject &&
						entity.kind === kind &&
						entity.roles?.includes(item.role ?? '')
				),
				...(pack.lures ?? []).filter(
					(lure) => lure.kind === kind && lure.roles.includes(item.role ?? '')
				)
			];
			expect(others.length, item.id).toBeGreaterThanOrEqual(2);
		}
	});
});
