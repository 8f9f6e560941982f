import { describe, expect, test } from 'vitest';
import { generateAll } from '$lib/domain/questions/all';
import { buildTrueFalse } from '$lib/domain/questions/build/true-false';
import { packIndex } from '$lib/domain/questions/pack-index';
import type { TrueFalseQuestion } from '$lib/domain/questions/question';
import { articleFacts, articlePack, makeFact } from './factories';

const pack = articlePack();
const index = packIndex(pack);
const variantsOf = (factId: string) => {
	const position = index.factPosition.get(factId) ?? -1;
	return [buildTrueFalse(index, position, 0), buildTrueFalse(index, position, 1)];
};

describe('true/false statements', () => {
	test('variant 0 states the fact, variant 1 a falsified copy, both "According to the article, …"', () => {
		const [isTrue, isFalse] = variantsOf('ambassador-to-kabul');
		expect(isTrue).toMatchObject({
			statement: 'According to the article, China appointed a new ambassador to Kabul.',
			answer: true,
			id: 'true-false:ambassador-to-kabul:0'
		});
		expect(isFalse?.answer).toBe(false);
		expect(isFalse?.id).toBe('true-false:ambassador-to-kabul:1');
		expect(isFalse?.statement).toMatch(
			/^According to the article, China appointed a new ambassador to (?!Kabul)\w+\.$/
		);
	});

	test('a date is swapped for another date written the same way', () => {
		const [, isFalse] = variantsOf('embassy-in-april-2022');
		expect(isFalse?.statement).toMatch(
			/^According to the article, Russia handed over the Afghan embassy in (?!April 2022)[A-Z][a-z]+ \d{4}\.$/
		);
	});

	test('a lower bound on a number is never falsified: "more than 5 years" may be true too', () => {
		expect(variantsOf('in-power-more-than-2-years')).toEqual([null, null]);
	});

	test('a false statement swaps in a value the article uses, never a made-up one', () => {
		// The pack's only percentage is 98%: no false statement can be made from the article.
		expect(variantsOf('tariffs-98-percent')).toEqual([null, null]);
	});

	test('the statement is never falsified by adding "not"', () => {
		for (const question of generateAll(pack, { kinds: ['true-false'] }, 5)) {
			const tf = question as TrueFalseQuestion;
			const fact = articleFacts.find((f) => f.id === tf.factIds[0]);
			if (!/\bnot\b/.test(fact?.statement ?? '')) expect(tf.statement).not.toMatch(/\bnot\b/);
		}
	});

	test('a negated claim gets no true/false question (a swap would stay true)', () => {
		expect(variantsOf('no-recognition')).toEqual([null, null]);
	});

	test('the first word keeps its capital only when it starts a name', () => {
		const [isTrue] = variantsOf('takeover-in-august-2021');
		expect(isTrue?.statement).toBe(
			'According to the article, the Taliban seized power in August 2021.'
		);
		const [china] = variantsOf('first-to-accept');
		expect(china?.statement).toMatch(/^According to the article, China is/);
	});

	test('an answer written twice in its statement yields no false statement', () => {
		const facts = [
			...articleFacts,
			makeFact({
				id: 'kabul-twice',
				statement: 'Kabul sent envoys, and Kabul received envoys from Moscow.',
				cue: 'Which city sent and received envoys?',
				answer: 'Kabul',
				subject: 'taliban',
				object: { type: 'entity', entity: 'kabul' }
			})
		];
		const twice = articlePack({ facts });
		const twiceIndex = packIndex(twice);
		const position = twiceIndex.factPosition.get('kabul-twice') ?? -1;
		expect(buildTrueFalse(twiceIndex, position, 1)).toBeNull();
	});

	test('true and false come up about equally often across seeds', () => {
		let trues = 0;
		let total = 0;
		for (let seed = 0; seed < 200; seed += 1) {
			for (const question of generateAll(pack, { kinds: ['true-false'] }, seed)) {
				total += 1;
				if ((question as TrueFalseQuestion).answer) trues += 1;
			}
		}
		expect(trues / total).toBeGreaterThan(0.4);
		expect(trues / total).toBeLessThan(0.6);
	});
});
