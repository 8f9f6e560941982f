import { describe, expect, test } from 'vitest';
import { withoutBom } from '$lib/domain/pack/invisible';
import type { Pack } from '$lib/domain/pack/schema';
import { checkPack, formatPackError, parsePack } from '$lib/domain/pack/validate';
import { broken, errorsOf, validPack } from './fixtures';

/** The valid pack as JSON text, with one textual change, parsed back as a file would be. */
function fromJson(change: (text: string) => string): unknown {
	return JSON.parse(change(JSON.stringify(validPack())));
}

const zwsp = '\u200B';

// Each of these would let a wrong answer key through; parsePack accepted every one before.
describe('parsePack refuses what would make a wrong key', () => {
	test.each<[string, unknown, string]>([
		[
			'a number written 1e999 (Infinity)',
			fromJson((text) => text.replace('"value":98,', '"value":1e999,')),
			'facts[1].object.value: must be a finite number'
		],
		[
			'a number value that contradicts its answer',
			broken((p) => {
				p.facts[1]!.object = { type: 'number', value: 7, unit: 'percent' };
			}),
			'facts[1].object.value: 7 contradicts the answer "98%", which says 98'
		],
		[
			'a number value that contradicts an answer in words',
			broken((p) => {
				p.facts[1]!.statement = 'Tariffs were lifted on ninety-eight percent of goods.';
				p.facts[1]!.answer = 'ninety-eight percent';
				p.facts[1]!.object = { type: 'number', value: 89, unit: 'percent' };
			}),
			'facts[1].object.value: 89 contradicts the answer "ninety-eight percent", which says 98'
		],
		[
			'a number unit that contradicts its answer',
			broken((p) => {
				p.facts[1]!.object = { type: 'number', value: 98, unit: 'years' };
			}),
			'facts[1].object.unit: "years" contradicts the answer "98%", which is in percent'
		],
		[
			'a number fact whose answer writes no number',
			broken((p) => {
				p.facts[1]!.statement = 'Tariffs were lifted on most goods.';
				p.facts[1]!.answer = 'most';
			}),
			'facts[1].answer: "most" writes no number, but the object is the number 98'
		],
		[
			'a date value that contradicts its answer',
			broken((p) => {
				p.facts[2]!.statement = 'Russia handed over the embassy in 2022.';
				p.facts[2]!.answer = '2022';
				p.facts[2]!.object = { type: 'date', value: '1999', precision: 'year' };
			}),
			'facts[2].object.value: "1999" contradicts the answer "2022"'
		],
		[
			'a date value finer than its answer',
			broken((p) => {
				p.facts[2]!.statement = 'Russia handed over the embassy in 2022.';
				p.facts[2]!.answer = '2022';
			}),
			'facts[2].object.value: "2022-04" (precision month) is finer than the answer "2022"'
		],
		[
			'a date fact whose answer states no full date',
			broken((p) => {
				p.facts[2]!.statement = 'Russia handed over the embassy last April.';
				p.facts[2]!.answer = 'last April';
				p.facts[2]!.inferred = 'The article says "April"; the year is resolved.';
			}),
			'facts[2].answer: "last April" states no full date; a value the article does not date must be a text fact'
		],
		[
			'a misspelt optional field of a fact',
			broken((p) => Object.assign(p.facts[2]!, { infered: 'From the context.' })),
			'facts[2].infered: unknown key (did you mean "inferred"?)'
		],
		[
			'a misspelt field inside a variant (the object of an entity fact)',
			broken((p) => Object.assign(p.facts[0]!.object, { accepts: ['Peking'] })),
			'facts[0].object.accepts: unknown key (did you mean "accept"?)'
		],
		[
			'an unknown key in a block (a variant of strict objects)',
			broken((p) => Object.assign(p.blocks[0]!, { levle: 2 })),
			'blocks[0].levle: unknown key (did you mean "level"?)'
		],
		[
			'an unknown key in a source',
			broken((p) => Object.assign(p.facts[1]!.source, { page: 3 })),
			'facts[1].source.page: unknown key (expected "block", "quote")'
		],
		[
			'an unknown top-level key',
			{ ...validPack(), lure: [] },
			'lure: unknown key (did you mean "lures"?)'
		],
		[
			'several unknown keys in one object, named together',
			broken((p) => Object.assign(p.meta, { titel: 'x', editor: 'y' })),
			'meta.titel: unknown key (did you mean "title"?); also unknown: "editor"'
		],
		[
			'a title made only of invisible characters',
			broken((p) => (p.meta.title = `${zwsp}\u200C\u200D\u2060\u00AD`)),
			'meta.title: must not be empty: it has only invisible characters'
		],
		[
			'a quote made only of a byte-order mark and a zero-width space',
			broken((p) => (p.facts[0]!.source.quote = `\uFEFF${zwsp}`)),
			'facts[0].source.quote: must not be empty: it has only invisible characters'
		],
		[
			'an alias that differs from another entity’s name by a zero-width space',
			broken((p) => p.entities[0]!.aliases.push(`Bei${zwsp}jing`)),
			'entities[0].aliases[2]: must not contain invisible characters: U+200B (zero width space) after "Bei"'
		],
		[
			'a name with a soft hyphen',
			broken((p) => (p.entities[2]!.name = 'Tali\u00ADban')),
			'entities[2].name: must not contain invisible characters: U+00AD (soft hyphen) after "Tali"'
		],
		[
			'an accepted answer with a word joiner at the start',
			broken(
				(p) => (p.facts[0]!.object = { type: 'entity', entity: 'china', accept: ['\u2060PRC'] })
			),
			'facts[0].object.accept[0]: must not contain invisible characters: U+2060 (word joiner) at the start'
		]
	])('rejects %s, naming the path and the problem', (_name, input, expected) => {
		expect(errorsOf(input)).toContain(expected);
	});

	test('unknown keys are errors everywhere: no object drops a key silently', () => {
		const pack = validPack() as unknown as Record<string, Record<string, unknown>[]>;
		const places: [string, Record<string, unknown>][] = [
			['meta', pack.meta as unknown as Record<string, unknown>],
			['blocks[1]', pack.blocks![1]!],
			['entities[0]', pack.entities![0]!],
			['facts[0]', pack.facts![0]!],
			['facts[0].object', pack.facts![0]!.object as Record<string, unknown>],
			['facts[1].object', pack.facts![1]!.object as Record<string, unknown>],
			['facts[2].object', pack.facts![2]!.object as Record<string, unknown>],
			['facts[0].source', pack.facts![0]!.source as Record<string, unknown>],
			['events[0]', pack.events![0]!],
			['quotations[0]', pack.quotations![0]!],
			['commentary[0]', pack.commentary![0]!],
			['lures[0]', pack.lures![0]!]
		];
		for (const [, object] of places) object.zzz = true;
		const errors = errorsOf(pack);
		expect(errors).toHaveLength(places.length);
		for (const [path] of places) {
			expect(errors).toContainEqual(
				expect.stringMatching(`^${escape(path)}\\.zzz: unknown key \\(`)
			);
		}
	});

	test('names are compared without invisible characters even past the schema', () => {
		const pack = broken((p) => p.entities[0]!.aliases.push(`Bei${zwsp}jing`)) as Pack;
		expect(checkPack(pack).map(formatPackError)).toEqual([
			'entities[3].name: "Beijing" also names entity china'
		]);
	});

	test('a valid number or date answer in words or another form is accepted', () => {
		const pack = broken((p) => {
			p.facts[1]!.statement = 'Tariffs were lifted on ninety-eight percent of goods.';
			p.facts[1]!.answer = 'ninety-eight percent';
			p.facts[2]!.statement = 'Russia handed over the embassy at the end of April 2022.';
			p.facts[2]!.answer = 'the end of April 2022';
		});
		expect(errorsOf(pack)).toEqual([]);
	});

	test('a leading byte-order mark is stripped, so the file parses as JSON', () => {
		const text = `\uFEFF${JSON.stringify(validPack())}`;
		expect(() => JSON.parse(text)).toThrow();
		expect(parsePack(JSON.parse(withoutBom(text))).ok).toBe(true);
		expect(withoutBom('plain')).toBe('plain');
		expect(withoutBom('a\uFEFF')).toBe('a\uFEFF');
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
