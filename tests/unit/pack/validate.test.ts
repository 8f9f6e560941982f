import { describe, expect, test } from 'vitest';
import type { PackInput } from '$lib/domain/pack/schema';
import { formatPackSummary } from '$lib/domain/pack/summary';
import { parsePack } from '$lib/domain/pack/validate';
import { broken, errorsOf, validPack } from './fixtures';

describe('parsePack', () => {
	test('accepts a valid pack and returns it typed', () => {
		const result = parsePack(validPack());
		expect(result.ok).toBe(true);
		if (result.ok)
			expect(formatPackSummary(result.pack)).toBe(
				'ok test-pack@1: 3 facts, 4 entities, 1 events, 1 quotations, 2/3 paragraphs covered'
			);
	});

	test.each<[string, unknown, string]>([
		['not an object', null, '(pack): Invalid type: Expected Object but received null'],
		[
			'an unknown format',
			{ ...validPack(), format: 2 },
			'format: Invalid type: Expected 1 but received 2'
		],
		[
			'a missing version',
			broken((p) => delete (p.meta as Partial<PackInput['meta']>).version),
			'meta.version: Invalid key: Expected "version" but received undefined'
		],
		[
			'a fact id that is not kebab-case',
			broken((p) => (p.facts[0]!.id = 'China_Accepted')),
			'facts[0].id: must be lower-case kebab-case (a-z, 0-9, -)'
		],
		[
			'a quote not in its block',
			broken((p) => (p.facts[1]!.source.quote = 'Tariffs were lifted on 89% of goods')),
			'facts[1].source.quote: not found in block p1'
		],
		[
			'a duplicate fact id',
			broken((p) => (p.facts[2]!.id = 'tariffs-share')),
			'facts[2].id: duplicate fact id "tariffs-share"'
		],
		[
			'a subject that is no entity',
			broken((p) => (p.facts[0]!.subject = 'nobody')),
			'facts[0].subject: no entity "nobody"'
		],
		[
			'a source block that is a heading',
			broken((p) => (p.facts[0]!.source.block = 'h1')),
			'facts[0].source.block: block "h1" is a heading, not a paragraph'
		],
		[
			'a source block that does not exist',
			broken((p) => (p.facts[0]!.source.block = 'p9')),
			'facts[0].source.block: no block "p9"'
		],
		[
			'a month 13',
			broken((p) => (p.facts[2]!.object = { type: 'date', value: '2022-13', precision: 'month' })),
			'facts[2].object.value: "2022-13" has no month 13'
		],
		[
			'February 30',
			broken((p) => (p.facts[2]!.object = { type: 'date', value: '2022-02-30', precision: 'day' })),
			'facts[2].object.value: "2022-02-30" is not a calendar date'
		],
		[
			'a date finer than its precision',
			broken((p) => (p.events[0]!.precision = 'year')),
			'events[0].date: "2022-04" does not match precision year'
		],
		[
			'an alias shared by two entities',
			broken((p) => p.entities[1]!.aliases.push('Chinese')),
			'entities[1].aliases[1]: "Chinese" also names entity china'
		],
		[
			'an alias equal to another entity’s name',
			broken((p) => p.entities[0]!.aliases.push('beijing')),
			'entities[3].name: "Beijing" also names entity china'
		],
		[
			'a paragraph neither covered nor marked',
			broken((p) => (p.commentary = [])),
			'blocks[3]: paragraph p3 has no fact and is not listed as commentary'
		],
		[
			'an event pointing at no fact',
			broken((p) => (p.events[0]!.facts = ['ghost'])),
			'events[0].facts[0]: no fact "ghost"'
		],
		[
			'an answer missing from its statement',
			broken((p) => (p.facts[1]!.answer = '89%')),
			'facts[1].answer: not found in the statement'
		],
		[
			'a cue that gives its answer away',
			broken((p) => (p.facts[0]!.cue = 'Did China accept a Taliban ambassador?')),
			'facts[0].cue: gives away its answer "China"'
		],
		[
			'an answer that is not a name of the object',
			broken((p) => {
				p.facts[0]!.statement = 'Moscow accepted a Taliban ambassador.';
				p.facts[0]!.answer = 'Moscow';
			}),
			'facts[0].answer: "Moscow" is not an accepted answer of its object'
		],
		[
			'quotation words not verbatim',
			broken((p) => (p.quotations[0]!.words = 'in good time')),
			'quotations[0].words: not found in block p2'
		],
		[
			'a speaker that is no entity',
			broken((p) => (p.quotations[0]!.speaker = 'ministry')),
			'quotations[0].speaker: no entity "ministry"'
		],
		[
			'a pull quote of a missing paragraph',
			broken((p) => p.blocks.push({ id: 'q1', kind: 'pull-quote', text: 'x', repeats: 'p7' })),
			'blocks[4].repeats: no block "p7"'
		],
		[
			'a difficulty of 5',
			broken((p) => ((p.facts[0] as { difficulty: number }).difficulty = 5)),
			'facts[0].difficulty: Invalid type: Expected (1 | 2 | 3) but received 5'
		]
	])('rejects %s, naming the path and the problem', (_name, input, expected) => {
		expect(errorsOf(input)).toContain(expected);
	});

	test('reports every problem at once, not just the first', () => {
		const pack = broken((p) => {
			p.facts[0]!.subject = 'nobody';
			p.facts[1]!.source.quote = 'nowhere';
		});
		expect(errorsOf(pack)).toEqual([
			'facts[0].subject: no entity "nobody"',
			'facts[1].source.quote: not found in block p1'
		]);
	});

	test('never throws, whatever it is given', () => {
		for (const input of [
			undefined,
			42,
			'pack',
			[],
			{ format: 1 },
			{ ...validPack(), facts: 'x' }
		]) {
			expect(() => parsePack(input)).not.toThrow();
			expect(parsePack(input).ok).toBe(false);
		}
	});
});
