import { describe, expect, test } from 'vitest';
import { generateAll } from '$lib/domain/questions/all';
import { buildCloze } from '$lib/domain/questions/build/cloze';
import { buildNumeric } from '$lib/domain/questions/build/numeric';
import { buildMatching } from '$lib/domain/questions/build/matching';
import { allFree } from '$lib/domain/questions/build/selection';
import { buildTimeline } from '$lib/domain/questions/build/timeline';
import { packIndex } from '$lib/domain/questions/pack-index';
import { createRandom } from '$lib/domain/questions/random';
import { articleEvents, articlePack, makeFact } from './factories';

const pack = articlePack();
const index = packIndex(pack);
const at = (factId: string) => index.factPosition.get(factId) ?? -1;

describe('cloze', () => {
	test('blanks the answer and accepts every name of the entity', () => {
		expect(buildCloze(index, at('first-to-accept'))).toMatchObject({
			kind: 'cloze',
			prompt: 'Fill in the blank.',
			text: '____ is the first country to accept a Taliban ambassador.',
			accepted: ['China', 'Chinese'],
			explanation: 'China is the first country to accept a Taliban ambassador.',
			sources: [{ factId: 'first-to-accept', block: 'p1' }]
		});
	});

	test('a date answer carries its date, so any way of writing it is accepted', () => {
		const question = buildCloze(index, at('embassy-in-april-2022'));
		expect(question?.date).toEqual({ value: '2022-04', precision: 'month' });
		expect(question?.accepted[0]).toBe('April 2022');
	});

	test('is not made when the rest of the sentence still names the answer', () => {
		const facts = [
			makeFact({
				id: 'china-and-chinese',
				statement: 'China trades with the Chinese diaspora in Kabul.',
				cue: 'Which country trades with its diaspora in Kabul?',
				answer: 'China',
				subject: 'taliban',
				object: { type: 'entity', entity: 'china' }
			})
		];
		const own = packIndex(articlePack({ facts, events: [] }));
		expect(buildCloze(own, 0)).toBeNull();
	});
});

describe('numeric', () => {
	test('asks the cue with its unit and accepts equivalent forms', () => {
		expect(buildNumeric(index, at('tariffs-98-percent'))).toMatchObject({
			prompt: 'On what share of Afghan goods did China lift tariffs? (a percentage)',
			value: 98,
			unit: 'percent',
			accepted: ['98%', '98', '98 percent', 'ninety-eight percent', 'ninety-eight']
		});
	});

	test('applies to number facts only', () => {
		expect(buildNumeric(index, at('first-to-accept'))).toBeNull();
	});
});

describe('matching', () => {
	test('pairs 4–6 cues with their answers, all of one type and distinct', () => {
		const question = buildMatching(index, at('embassy-in-april-2022'), 0, allFree, createRandom(1));
		expect(question?.pairs.length).toBeGreaterThanOrEqual(4);
		const rights = question?.pairs.map((pair) => pair.right) ?? [];
		for (const right of rights) expect(right).toMatch(/^[A-Z][a-z]+ \d{4}$/);
		expect(new Set(rights).size).toBe(rights.length);
		expect([...(question?.shuffledRights ?? [])].sort()).toEqual([...rights].sort());
	});

	test('pairs event labels with dates (variant 1)', () => {
		const question = buildMatching(index, at('embassy-in-april-2022'), 1, allFree, createRandom(1));
		expect(question?.id.endsWith(':1')).toBe(true);
		expect(question?.pairs.map((pair) => pair.left).sort()).toEqual(
			articleEvents.map((e) => e.label).sort()
		);
		expect(question?.pairs.find((pair) => pair.left === 'Russia invades Ukraine')?.right).toBe(
			'February 2022'
		);
	});

	test('is not made from fewer than 4 facts', () => {
		expect(buildMatching(index, at('meeting-in-kazan'), 0, allFree, createRandom(1))).toBeNull();
	});
});

describe('timeline', () => {
	test('orders 3–5 events with distinct dates, shown out of order', () => {
		const [question] = generateAll(pack, { kinds: ['timeline'] });
		if (question?.kind !== 'timeline') throw new Error('no timeline');
		expect(question.correctOrder).toEqual(['takeover', 'invasion', 'embassy', 'ambassador']);
		expect(question.events.map((event) => event.id)).not.toEqual(question.correctOrder);
		expect(question.factIds).toEqual([
			'ambassador-in-september-2023',
			'embassy-handed-over',
			'embassy-in-april-2022',
			'invasion-in-february-2022',
			'takeover-in-august-2021'
		]);
	});

	test('never puts a year next to a month within it, nor two same-looking events', () => {
		const events = [
			...articleEvents,
			{
				id: 'year',
				label: 'Something happens that year',
				date: '2022',
				precision: 'year' as const,
				facts: ['tariffs-98-percent']
			}
		];
		const own = packIndex(articlePack({ events }));
		for (let seed = 0; seed < 50; seed += 1) {
			const question = buildTimeline(own, at('tariffs-98-percent'), allFree, createRandom(seed));
			const ids = question?.events.map((event) => event.id) ?? [];
			if (ids.includes('year')) {
				expect(ids).not.toContain('invasion');
				expect(ids).not.toContain('embassy');
			}
		}
	});

	test('an event whose label gives its date away is left out', () => {
		const events = articleEvents.map((event) =>
			event.id === 'invasion' ? { ...event, label: 'Russia invades Ukraine in 2022' } : event
		);
		const own = packIndex(articlePack({ events }));
		expect(own.events.find((item) => item.event.id === 'invasion')?.usable).toBe(false);
	});
});
