import { describe, expect, test } from 'vitest';
import { groundingTokens } from '$lib/domain/pack/grounding';
import type { PackInput } from '$lib/domain/pack/schema';
import { parsePack } from '$lib/domain/pack/validate';
import { broken, errorsOf, validPack } from './fixtures';

const grounding = '(mark the fact inferred, or quote the sentence that gives it)';
const eventGrounding = '(mark the event inferred, or list a fact whose quote gives it)';

describe('roles, metonymy, lures and the article’s own dates', () => {
	test('the new fields are optional: a pack without any of them stays valid', () => {
		const pack = broken((p) => {
			for (const entity of p.entities) {
				delete entity.roles;
				delete entity.standsFor;
			}
			for (const fact of p.facts) delete fact.role;
			for (const event of p.events) delete event.when;
			delete p.lures;
		});
		expect(errorsOf(pack)).toEqual([]);
	});

	test('the new fields are kept in the parsed pack', () => {
		const result = parsePack(validPack());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.pack.entities[3]).toMatchObject({ roles: ['capital'], standsFor: 'china' });
		expect(result.pack.facts[0]?.role).toBe('hosts-taliban-envoy');
		expect(result.pack.events[0]?.when).toBe('April 2022');
		expect(result.pack.lures).toEqual([
			{ name: 'Iran', kind: 'country', roles: ['hosts-taliban-envoy'] }
		]);
	});

	test.each<[string, PackInput, string]>([
		[
			'a standsFor that is no entity',
			broken((p) => (p.entities[3]!.standsFor = 'chinaa')),
			'entities[3].standsFor: no entity "chinaa"'
		],
		[
			'an entity standing for itself',
			broken((p) => (p.entities[3]!.standsFor = 'beijing')),
			'entities[3].standsFor: entity beijing cannot stand for itself'
		],
		[
			'a role that is not kebab-case',
			broken((p) => (p.entities[3]!.roles = ['Capital City'])),
			'entities[3].roles[0]: must be lower-case kebab-case (a-z, 0-9, -)'
		],
		[
			'a role listed twice',
			broken((p) => (p.entities[3]!.roles = ['capital', 'capital'])),
			'entities[3].roles[1]: role "capital" is listed twice for entity beijing'
		],
		[
			'a fact role whose object entity does not carry it',
			broken((p) => (p.facts[0]!.role = 'capital')),
			'facts[0].role: entity china does not carry role "capital" (add it to its roles)'
		],
		[
			'a fact role on a number fact',
			broken((p) => (p.facts[1]!.role = 'capital')),
			'facts[1].role: only a fact whose object is an entity has a role (this object is a number)'
		],
		[
			'a lure the article uses',
			broken((p) => (p.lures![0]!.name = 'the Embassy')),
			'lures[0].name: "the Embassy" occurs in the article (block p2); a lure must be a name the article never uses'
		],
		[
			'a lure the article uses in the plural',
			broken((p) => (p.lures![0]!.name = 'Tariff')),
			'lures[0].name: "Tariff" occurs in the article (block p1); a lure must be a name the article never uses'
		],
		[
			'a lure that names an entity',
			broken((p) => (p.lures![0]!.name = 'Russian')),
			'lures[0].name: "Russian" names entity russia'
		],
		[
			'a lure that is an accepted answer of a fact',
			broken((p) => {
				p.facts[0]!.object = { type: 'entity', entity: 'china', accept: ['Beijing', 'Peking'] };
				p.lures![0]!.name = 'Peking';
			}),
			'lures[0].name: "Peking" is an accepted answer of facts[0]'
		],
		[
			'two lures with the same folded name',
			broken((p) => p.lures!.push({ name: 'IRAN', kind: 'country', roles: ['capital'] })),
			'lures[1].name: "IRAN" is listed twice (lures[0])'
		],
		[
			'a lure role no entity carries',
			broken((p) => (p.lures![0]!.roles = ['hosts-taliban-envoy', 'capital-city'])),
			'lures[0].roles[1]: no entity carries role "capital-city", so this lure could never be offered'
		],
		[
			'a lure with no role',
			broken((p) => (p.lures![0]!.roles = [])),
			'lures[0].roles: needs at least one role'
		],
		[
			'a lure of an unknown kind',
			broken((p) => ((p.lures![0] as { kind: string }).kind = 'nation')),
			'lures[0].kind: Invalid type: Expected ("country" | "city" | "region" | "organisation" | "group" | "person" | "role" | "event" | "document" | "other") but received "nation"'
		],
		[
			'an empty event when',
			broken((p) => (p.events[0]!.when = ' ')),
			'events[0].when: must not be empty'
		]
	])('rejects %s', (_name, input, expected) => {
		expect(errorsOf(input)).toContain(expected);
	});
});

describe('grounding: the dates and numbers of a fact come from its source quote', () => {
	test('a year the quote does not give is an error, once per fact, at the field that has it', () => {
		const pack = broken((p) => {
			p.facts[2]!.statement = 'Russia handed over the embassy in April 2024.';
			p.facts[2]!.answer = 'April 2024';
			p.facts[2]!.object = { type: 'date', value: '2024-04', precision: 'month' };
			p.events[0]!.date = '2024-04';
		});
		expect(errorsOf(pack)).toEqual([
			`facts[2].statement: "2024" is not in the source quote ${grounding}`
		]);
	});

	test.each<[string, PackInput, string]>([
		[
			'a month the quote does not give',
			broken((p) => {
				p.facts[2]!.statement = 'Russia handed over the embassy in May 2022.';
				p.facts[2]!.answer = 'May 2022';
				p.facts[2]!.object = { type: 'date', value: '2022-05', precision: 'month' };
			}),
			`facts[2].statement: "May" is not in the source quote ${grounding}`
		],
		[
			'a number in the cue',
			broken((p) => (p.facts[1]!.cue = 'On what share of goods were tariffs lifted in 2021?')),
			`facts[1].cue: "2021" is not in the source quote ${grounding}`
		],
		[
			'a number word whose value the quote does not give',
			broken((p) => (p.facts[0]!.statement = 'China accepted two Taliban ambassadors.')),
			`facts[0].statement: "two" is not in the source quote ${grounding}`
		],
		[
			'a number in an event label',
			broken((p) => (p.events[0]!.label = 'Russia hands over the embassy in 2023')),
			`events[0].label: "2023" is not in the source quote of any of its facts ${eventGrounding}`
		],
		[
			'a number in an event’s when',
			broken((p) => (p.events[0]!.when = '3 months before July 2022')),
			`events[0].when: "3" is not in the source quote of any of its facts ${eventGrounding}`
		],
		[
			'a month in an event’s when that only another fact’s quote gives',
			broken((p) => (p.events[0]!.when = 'July 2022')),
			`events[0].when: "July" is not in the source quote of any of its facts ${eventGrounding}`
		]
	])('rejects %s', (_name, input, expected) => {
		expect(errorsOf(input)).toContain(expected);
	});

	test.each<[string, PackInput]>([
		[
			'a number written in words where the quote has digits',
			broken((p) => {
				p.facts[1]!.statement = 'Tariffs were lifted on ninety-eight percent of goods.';
				p.facts[1]!.answer = 'ninety-eight percent';
			})
		],
		[
			'a date beyond the quote on an inferred fact',
			broken((p) => {
				p.facts[2]!.statement = 'Russia handed over the embassy in April 2024.';
				p.facts[2]!.answer = 'April 2024';
				p.facts[2]!.object = { type: 'date', value: '2024-04', precision: 'month' };
				p.facts[2]!.inferred = 'Resolved from the context.';
			})
		],
		[
			'an inferred event whose label goes beyond the quotes',
			broken((p) => {
				p.events[0]!.label = 'Russia hands over the embassy, 2 months after the invasion';
				p.events[0]!.inferred = 'Resolved from the context.';
			})
		],
		[
			'an event date the quotes do not give (it is for ordering only)',
			broken((p) => {
				p.events[0]!.date = '2022-04-24';
				p.events[0]!.precision = 'day';
			})
		]
	])('accepts %s', (_name, input) => {
		expect(errorsOf(input)).toEqual([]);
	});

	test('tokens are digit runs, capitalised month names and runs of number words', () => {
		const tokens = (text: string) =>
			groundingTokens(text).map((token) => `${token.text}=${token.key}`);
		expect(tokens('On 98% of goods since July 2022, it may last ninety-eight days')).toEqual([
			'98=n:98',
			'July=m:7',
			'2022=n:2022',
			'ninety-eight=n:98'
		]);
		expect(tokens('Two years, 1,000 goods, 2.5 times, one hundred and five')).toEqual([
			'Two=n:2',
			'1,000=n:1000',
			'2.5=n:2.5',
			'one hundred and five=n:105'
		]);
	});
});
