import { describe, expect, test } from 'vitest';
import type { McqQuestion } from '$lib/domain/questions/question';
import { generateAll } from '$lib/domain/questions/all';
import { standsOutByLength } from '$lib/domain/questions/option-length';
import {
	articleEntities,
	articleFacts,
	articlePack,
	makeEntity,
	makeFact,
	makePack
} from './factories';

const mcqs = (pack = articlePack()) =>
	generateAll(pack, { kinds: ['mcq'] }).filter((q): q is McqQuestion => q.kind === 'mcq');
const mcqOn = (factId: string, pack = articlePack()) => {
	const question = mcqs(pack).find((q) => q.factIds[0] === factId);
	if (!question) throw new Error(`no mcq on ${factId}`);
	return question;
};
const key = (q: McqQuestion) => q.options[q.answerIndex];
const distractors = (q: McqQuestion) => q.options.filter((_, i) => i !== q.answerIndex);

describe('distractors', () => {
	test('a country is offered other countries of the pack', () => {
		const question = mcqOn('first-to-accept');
		expect(key(question)).toBe('China');
		const countries = articleEntities.filter((e) => e.kind === 'country').map((e) => e.name);
		for (const option of distractors(question)) expect(countries).toContain(option);
	});

	test('a city is offered cities; a month and year, months and years', () => {
		const cities = articleEntities.filter((e) => e.kind === 'city').map((e) => e.name);
		for (const option of distractors(mcqOn('meeting-in-kazan'))) expect(cities).toContain(option);
		for (const option of distractors(mcqOn('embassy-in-april-2022'))) {
			expect(option).toMatch(
				/^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/
			);
		}
	});

	test('a percentage is offered percentages, its digits swapped among them (98% → 89%)', () => {
		const options = mcqOn('tariffs-98-percent').options;
		for (const option of options) expect(option).toMatch(/^\d+%$/);
		expect(options).toContain('89%');
	});

	test('a bounded value takes distractors beyond the bound only ("more than 2 years")', () => {
		for (const option of distractors(mcqOn('in-power-more-than-2-years'))) {
			expect(parseInt(option, 10)).toBeGreaterThan(2);
			expect(option).toMatch(/ years$/);
		}
	});

	test('a kind the pack has no other entity of is asked another way, never padded out', () => {
		// Xinjiang is the only region and the pack has no lures: no made-up regions.
		expect(mcqs().some((q) => q.factIds[0] === 'assurances-on-xinjiang')).toBe(false);
	});

	test('lures fill the role the cue describes; the article’s own entities stay in play', () => {
		const question = mcqOn('assurances-on-xinjiang', rolePack());
		expect(key(question)).toBe('Xinjiang');
		expect(distractors(question).sort()).toEqual(['Gansu', 'Tibet']);
	});

	test('options share the role of the key: a neighbour is no option for a regional power', () => {
		for (let seed = 1; seed <= 20; seed += 1) {
			const question = generateAll(rolePack(), { kinds: ['mcq'] }, seed).find(
				(q): q is McqQuestion => q.kind === 'mcq' && q.factIds[0] === 'first-to-accept'
			);
			expect(question).toBeDefined();
			for (const option of distractors(question!)) expect(['Russia', 'India']).toContain(option);
		}
	});

	test('the subject is never an option under another name (Beijing for China)', () => {
		const question = mcqOn('ambassador-to-kabul', rolePack());
		expect(question.options).not.toContain('Beijing');
		expect(distractors(question).sort()).toEqual(['Islamabad', 'Moscow']);
	});

	test('in a pack with roles, an entity fact that names no role is asked another way', () => {
		expect(mcqs(rolePack()).some((q) => q.factIds[0] === 'meeting-in-kazan')).toBe(false);
	});

	test('no option is true in the article for the same subject and relation', () => {
		const pack = makePack({
			entities: articleEntities,
			facts: [
				makeFact({
					id: 'partner-pakistan',
					statement: 'China works with Pakistan as a partner.',
					cue: 'Which partner does China work with in the region?',
					answer: 'Pakistan',
					subject: 'china',
					relation: 'works-with',
					object: { type: 'entity', entity: 'pakistan' }
				}),
				makeFact({
					id: 'partner-russia',
					statement: 'China works with Russia as a partner.',
					cue: 'Which partner does China work with in the north?',
					answer: 'Russia',
					subject: 'china',
					relation: 'works-with',
					object: { type: 'entity', entity: 'russia' }
				})
			]
		});
		expect(mcqOn('partner-pakistan', pack).options).not.toContain('Russia');
		expect(mcqOn('partner-russia', pack).options).not.toContain('Pakistan');
	});

	test('a negated claim gets no multiple choice (its distractors would be true)', () => {
		expect(mcqs().some((q) => q.factIds[0] === 'no-recognition')).toBe(false);
	});

	test('options named in the stem are not offered (China in "…does China work with?")', () => {
		expect(mcqOn('partner-pakistan').options).not.toContain('China');
	});

	test('every wrong option with a pack fact carries that fact as its note', () => {
		const question = mcqOn('embassy-in-april-2022');
		question.options.forEach((option, i) => {
			if (i === question.answerIndex) expect(question.optionNotes[i]).toBeNull();
			else if (option === 'February 2022')
				expect(question.optionNotes[i]).toBe('Russia invaded Ukraine in February 2022.');
		});
	});

	test('no option stands out by length', () => {
		for (const question of mcqs()) expect(standsOutByLength(question.options)).toBe(false);
		expect(standsOutByLength(['Taliban government of Afghanistan', 'China', 'Russia'])).toBe(true);
		expect(standsOutByLength(['China', 'Russia', 'Afghanistan', 'Pakistan'])).toBe(false);
	});

	test('a key whose name repeats a stem word is shown by an alias that does not', () => {
		const pack = makePack({
			entities: [
				...articleEntities,
				makeEntity({
					id: 'invasion',
					name: "Russia's invasion of Ukraine",
					kind: 'event',
					aliases: ['invasion of Ukraine']
				}),
				makeEntity({ id: 'withdrawal', name: 'US withdrawal from Afghanistan', kind: 'event' }),
				makeEntity({ id: 'takeover', name: 'Taliban takeover of Kabul', kind: 'event' })
			],
			facts: [
				makeFact({
					id: 'influence-fell',
					statement: "Russia's invasion of Ukraine reduced Russia's influence in Central Asia.",
					cue: "What reduced Russia's influence in Central Asia?",
					answer: "Russia's invasion of Ukraine",
					subject: 'russia',
					object: { type: 'entity', entity: 'invasion' }
				})
			]
		});
		expect(key(mcqOn('influence-fell', pack))).toBe('invasion of Ukraine');
	});
});

/** The article-like pack with roles, stand-ins and lures (see `Entity.roles`, `Pack.lures`). */
function rolePack() {
	const roles: Record<string, { roles: string[]; standsFor?: string }> = {
		china: { roles: ['regional-power', 'neighbour'] },
		russia: { roles: ['regional-power'] },
		pakistan: { roles: ['neighbour'] },
		kabul: { roles: ['capital'] },
		moscow: { roles: ['capital'], standsFor: 'russia' },
		beijing: { roles: ['capital'], standsFor: 'china' },
		xinjiang: { roles: ['chinese-province'] }
	};
	const factRoles: Record<string, string> = {
		'first-to-accept': 'regional-power',
		'ambassador-to-kabul': 'capital',
		'assurances-on-xinjiang': 'chinese-province'
	};
	return makePack({
		entities: articleEntities.map((entity) => ({ ...entity, ...roles[entity.id] })),
		facts: articleFacts.map((fact) =>
			factRoles[fact.id] ? { ...fact, role: factRoles[fact.id] } : fact
		),
		lures: [
			{ name: 'India', kind: 'country', roles: ['regional-power'] },
			{ name: 'Islamabad', kind: 'city', roles: ['capital'] },
			{ name: 'Tibet', kind: 'region', roles: ['chinese-province'] },
			{ name: 'Gansu', kind: 'region', roles: ['chinese-province'] }
		]
	});
}
