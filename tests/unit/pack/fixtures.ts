import type { PackInput } from '$lib/domain/pack/schema';
import { formatPackError, parsePack } from '$lib/domain/pack/validate';

/** Every error `parsePack` finds, formatted `path: message`; none for a valid pack. */
export function errorsOf(input: unknown): string[] {
	const result = parsePack(input);
	return result.ok ? [] : result.errors.map(formatPackError);
}

/** The valid pack with one change made. */
export function broken(change: (pack: PackInput) => void): PackInput {
	const pack = validPack();
	change(pack);
	return pack;
}

/**
 * A small, valid pack: two paragraphs, one commentary, facts of several object types, roles, a
 * metonym, a lure, and an event dated in the article's words.
 */
export function validPack(): PackInput {
	return {
		format: 1,
		meta: {
			id: 'test-pack',
			title: 'Test pack',
			sourceTitle: 'A test article',
			author: 'Test Staff',
			language: 'en',
			version: 1
		},
		blocks: [
			{ id: 'h1', kind: 'heading', level: 1, text: 'A test article' },
			{
				id: 'p1',
				kind: 'paragraph',
				text: 'China accepted a Taliban ambassador. Tariffs were lifted on 98% of goods in July 2022.'
			},
			{
				id: 'p2',
				kind: 'paragraph',
				text: 'Russia handed over the embassy in April 2022, the ministry said "in due course".'
			},
			{ id: 'p3', kind: 'paragraph', text: 'Some framing without a checkable claim.' }
		],
		entities: [
			{
				id: 'china',
				name: 'China',
				kind: 'country',
				aliases: ['Chinese', "People's Republic of China"],
				roles: ['hosts-taliban-envoy']
			},
			{
				id: 'russia',
				name: 'Russia',
				kind: 'country',
				aliases: ['Russian'],
				roles: ['hosts-taliban-envoy']
			},
			{ id: 'taliban', name: 'Taliban', kind: 'group', aliases: ['Taliban regime'] },
			{
				id: 'beijing',
				name: 'Beijing',
				kind: 'city',
				aliases: [],
				roles: ['capital'],
				standsFor: 'china'
			}
		],
		facts: [
			{
				id: 'china-accepted-ambassador',
				statement: 'China accepted a Taliban ambassador.',
				cue: 'Which country accepted a Taliban ambassador?',
				answer: 'China',
				subject: 'china',
				relation: 'accepted-ambassador-of',
				object: { type: 'entity', entity: 'china', accept: ['Beijing'] },
				role: 'hosts-taliban-envoy',
				topics: ['diplomacy'],
				difficulty: 1,
				source: { block: 'p1', quote: 'China accepted a Taliban ambassador.' }
			},
			{
				id: 'tariffs-share',
				statement: 'Tariffs were lifted on 98% of goods.',
				cue: 'On what share of goods were tariffs lifted?',
				answer: '98%',
				subject: 'china',
				relation: 'lifted-tariffs-on-share',
				object: { type: 'number', value: 98, unit: 'percent' },
				topics: ['trade'],
				difficulty: 2,
				source: { block: 'p1', quote: 'Tariffs were lifted on 98% of goods in July 2022.' }
			},
			{
				id: 'embassy-handover-date',
				statement: 'Russia handed over the embassy in April 2022.',
				cue: 'When did Russia hand over the embassy?',
				answer: 'April 2022',
				subject: 'russia',
				relation: 'handed-over-embassy-in',
				object: { type: 'date', value: '2022-04', precision: 'month' },
				topics: ['diplomacy'],
				difficulty: 2,
				source: { block: 'p2', quote: 'Russia handed over the embassy in April 2022' }
			}
		],
		events: [
			{
				id: 'embassy-handover',
				label: 'Russia hands over the embassy',
				date: '2022-04',
				precision: 'month',
				when: 'April 2022',
				facts: ['embassy-handover-date']
			}
		],
		quotations: [{ id: 'in-due-course', speaker: 'russia', words: 'in due course', block: 'p2' }],
		commentary: [{ block: 'p3', reason: 'Framing only.' }],
		lures: [{ name: 'Iran', kind: 'country', roles: ['hosts-taliban-envoy'] }]
	};
}
