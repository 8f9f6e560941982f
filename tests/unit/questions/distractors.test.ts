import { describe, expect, test } from 'vitest';
import type { McqQuestion } from '$lib/domain/questions/question';
import { generateAll } from '$lib/domain/questions/all';
import { curatedEntities } from '$lib/domain/questions/curated';
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
		const cities = [
			...articleEntities.filter((e) => e.kind === 'city').map((e) => e.name),
			...(curatedEntities.city ?? [])
		];
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

	test('the pack comes first: curated names only fill up a kind the pack lacks', () => {
		// Xinjiang is the only region: the other options come from the curated region pool.
		const question = mcqOn('assurances-on-xinjiang');
		expect(key(question)).toBe('Xinjiang');
		expect(distractors(question).length).toBeGreaterThanOrEqual(2);
		const packNames = articleEntities.map((e) => e.name);
		for (const option of distractors(question)) expect(packNames).not.toContain(option);
	});

	test('a curated name the article mentions is never offered', () => {
		const facts = articleFacts.map((fact) =>
			fact.id === 'assurances-on-xinjiang'
				? {
						...fact,
						statement: 'Kabul assures Beijing it will curb extremists in Xinjiang, not Tibet.'
					}
				: fact
		);
		const pack = articlePack({ facts });
		const question = mcqs(pack).find((q) => q.factIds[0] === 'assurances-on-xinjiang');
		expect(question?.options ?? []).not.toContain('Tibet');
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
