import { describe, expect, test } from 'vitest';
import type { Pack } from '$lib/domain/pack/schema';
import { lintPack, type LintRule } from '$lib/domain/questions/lint';
import { LintContext } from '$lib/domain/questions/lint/context';
import { lintCard, lintQuestion } from '$lib/domain/questions/lint/item-rules';
import { lintBank, lintQuiz } from '$lib/domain/questions/lint/set-rules';
import { packIndex } from '$lib/domain/questions/pack-index';
import type { Question } from '$lib/domain/questions/question';
import { readBuiltinPack } from '../../../scripts/lib/read-pack';
import { articleEntities, articleFacts, makeEntity, makeFact, makePack } from './factories';

// Each rule of `npm run -s questions -- --lint`, shown failing on a small fixture that breaks
// it. Rules the generator also enforces are fed a question written by hand: the lint is the
// independent check, so it must catch what a faulty generator or pack would produce.

const rulesOf = (violations: { rule: LintRule }[]) => [...new Set(violations.map((v) => v.rule))];

/** The article-like fixture with roles, lures, a stand-in and a quotation. */
function fixturePack(extra: Partial<Pick<Pack, 'facts'>> = {}): Pack {
	const roles: Record<string, Partial<(typeof articleEntities)[number]>> = {
		china: { roles: ['regional-power'] },
		russia: { roles: ['regional-power'] },
		pakistan: { roles: ['neighbour'] },
		beijing: { roles: ['capital'], standsFor: 'china' },
		kabul: { roles: ['capital'] },
		moscow: { roles: ['capital'], standsFor: 'russia' }
	};
	return makePack({
		entities: articleEntities.map((entity) => ({ ...entity, ...roles[entity.id] })),
		facts: [
			...articleFacts.map((fact) =>
				fact.id === 'first-to-accept' ? { ...fact, role: 'regional-power' } : fact
			),
			...(extra.facts ?? [])
		],
		lures: [{ name: 'India', kind: 'country', roles: ['regional-power'] }]
	});
}

const base = (pack: Pack, factId: string) => {
	const fact = pack.facts.find((f) => f.id === factId)!;
	return {
		packId: pack.meta.id,
		packVersion: pack.meta.version,
		explanation: fact.statement,
		factIds: [fact.id],
		sources: [{ factId: fact.id, block: fact.source.block, quote: fact.source.quote }]
	};
};

function mcq(pack: Pack, factId: string, options: string[], prompt?: string): Question {
	const fact = pack.facts.find((f) => f.id === factId)!;
	return {
		...base(pack, factId),
		id: `mcq:${factId}:0`,
		kind: 'mcq',
		prompt: prompt ?? fact.cue,
		options,
		answerIndex: 0,
		optionNotes: options.map(() => null)
	};
}

function cloze(pack: Pack, factId: string, text: string, key: string): Question {
	return {
		...base(pack, factId),
		id: `cloze:${factId}:0`,
		kind: 'cloze',
		prompt: 'Fill in the blank.',
		text,
		accepted: [key]
	};
}

function trueFalse(pack: Pack, factId: string, statement: string, answer: boolean): Question {
	return {
		...base(pack, factId),
		id: `true-false:${factId}:${answer ? 0 : 1}`,
		kind: 'true-false',
		prompt: 'True or false?',
		statement,
		answer
	};
}

describe('the question lint', () => {
	const pack = fixturePack();
	const context = new LintContext(pack);

	test('is clean on the article pack: bank, 100 default quizzes and every flashcard', () => {
		expect(lintPack(readBuiltinPack())).toEqual([]);
	}, 60_000);

	test('ungrounded-value: a date shown as the article’s that its sentence does not give', () => {
		const question = {
			...mcq(pack, 'ambassador-to-kabul', ['Kabul', 'Moscow', 'Beijing']),
			explanation: 'China appointed a new ambassador to Kabul in 2024.'
		};
		expect(rulesOf(lintQuestion(question, context))).toContain('ungrounded-value');
		const keyed = cloze(
			pack,
			'embassy-in-april-2022',
			'Russia handed over the embassy ____.',
			'May 2022'
		);
		expect(rulesOf(lintQuestion(keyed, context))).toEqual(['ungrounded-value']);
	});

	test('inferred-fact: a fact marked as beyond the article is asked', () => {
		const inferredPack = fixturePack({
			facts: [
				makeFact({
					id: 'accepted-in-2024',
					statement: 'China accepted the ambassador in 2024.',
					cue: 'In what year did China accept the ambassador?',
					answer: '2024',
					subject: 'china',
					object: { type: 'date', value: '2024', precision: 'year' },
					inferred: 'The article says "recent"; 2024 is general knowledge.'
				})
			]
		});
		const question = cloze(
			inferredPack,
			'accepted-in-2024',
			'China accepted the ambassador in ____.',
			'2024'
		);
		expect(rulesOf(lintQuestion(question, new LintContext(inferredPack)))).toContain(
			'inferred-fact'
		);
	});

	test('distractor-role: an option of the right kind but another role', () => {
		const question = mcq(pack, 'first-to-accept', ['China', 'Pakistan', 'India']);
		const violations = lintQuestion(question, context);
		expect(rulesOf(violations)).toEqual(['distractor-role']);
		expect(violations[0]?.message).toContain('Pakistan');
	});

	test('option-is-subject: the subject under another name, as an option or a swap', () => {
		const question = mcq(pack, 'ambassador-to-kabul', ['Kabul', 'Beijing', 'Moscow']);
		expect(rulesOf(lintQuestion(question, context))).toContain('option-is-subject');
		const swapped = {
			...trueFalse(
				pack,
				'first-to-accept',
				"According to the article, Russia is the first country to accept a Taliban ambassador, as Moscow's plan had it.",
				false
			),
			explanation:
				"China is the first country to accept a Taliban ambassador, as Moscow's plan had it."
		};
		expect(rulesOf(lintQuestion(swapped, context))).toContain('option-is-subject');
	});

	test('overused-value: one wrong value in more than 3 questions of the bank', () => {
		const bank = [
			'first-to-accept',
			'embassy-handed-over',
			'ambassador-to-kabul',
			'meeting-in-kazan'
		].map((id, i) => ({
			...mcq(pack, id, [`Key ${i}`, 'India', `Other ${i}`]),
			id: `mcq:${id}:0`
		}));
		expect(rulesOf(lintBank(bank))).toEqual(['overused-value']);
		expect(rulesOf(lintBank(bank.slice(0, 3)))).toEqual([]);
	});

	test('true-false-balance: 5 true/false items, all true', () => {
		const ids = [
			'first-to-accept',
			'embassy-handed-over',
			'ambassador-to-kabul',
			'meeting-in-kazan',
			'embassy-in-april-2022'
		];
		const bank = ids.map((id) => trueFalse(pack, id, `According to the article, ${id}.`, true));
		expect(rulesOf(lintBank(bank))).toEqual(['true-false-balance']);
	});

	test('split-coordination: one half of "terrorism and drug trafficking" blanked', () => {
		const question = cloze(
			pack,
			'meeting-in-kazan',
			'A Taliban delegation attended a meeting on terrorism and ____ in Kazan.',
			'drug trafficking'
		);
		expect(rulesOf(lintQuestion(question, context))).toContain('split-coordination');
	});

	test('non-exclusive-which: "one of the few" asked as a single-answer which', () => {
		const fewPack = fixturePack({
			facts: [
				makeFact({
					id: 'one-of-few',
					statement: 'Russia is one of the few countries that handed over the embassy.',
					cue: 'Which country is one of the few that handed over the embassy?',
					answer: 'Russia',
					subject: 'afghanistan',
					object: { type: 'entity', entity: 'russia' }
				})
			]
		});
		const question = mcq(fewPack, 'one-of-few', ['Russia', 'China', 'India']);
		expect(rulesOf(lintQuestion(question, new LintContext(fewPack)))).toContain(
			'non-exclusive-which'
		);
	});

	test('duplicate-text: two items of the bank show the same text', () => {
		const a = cloze(pack, 'meeting-in-kazan', 'The meeting in Kazan was on ____.', 'terrorism');
		const b = {
			...cloze(pack, 'embassy-handed-over', 'The meeting in Kazan was on ____.', 'drugs')
		};
		expect(rulesOf(lintBank([a, b]))).toEqual(['duplicate-text']);
	});

	const wordingPack = () =>
		makePack({
			entities: [...articleEntities, makeEntity({ id: 'soviet-union', name: 'Soviet Union' })],
			facts: [
				makeFact({
					id: 'hint-of-opening',
					statement: 'The exemption was a concession and even more a hint of further opening.',
					cue: 'What was the exemption even more than a concession?',
					answer: 'a hint of further opening',
					subject: 'china',
					object: { type: 'text', value: 'a hint of further opening' }
				}),
				makeFact({
					id: 'seized-more-than-2-years',
					statement: 'The Taliban seized power more than 2 years before the article.',
					cue: 'More than how long before the article had the Taliban seized power?',
					answer: '2 years',
					subject: 'taliban',
					object: { type: 'number', value: 2, unit: 'years' }
				}),
				makeFact({
					id: 'china-decides',
					statement: 'Russia is aware that China will decide on its presence.',
					cue: 'Which country, Russia is aware, will decide on its presence?',
					answer: 'China',
					subject: 'russia',
					object: { type: 'entity', entity: 'china' }
				}),
				makeFact({
					id: 'no-question',
					statement: 'Russia hands the embassy to the Taliban.',
					cue: 'Russia hands the embassy to whom',
					answer: 'the Taliban',
					subject: 'russia',
					object: { type: 'entity', entity: 'taliban' }
				})
			]
		});

	test('comparative-blank: "even more ____"', () => {
		expect(rulesOf(lintPack(wordingPack(), { quizzes: 1 }))).toContain('comparative-blank');
	});

	test('more-than-how: "More than how long …?"', () => {
		expect(rulesOf(lintPack(wordingPack(), { quizzes: 1 }))).toContain('more-than-how');
	});

	test('which-aside: "Which country, Russia is aware, …?"', () => {
		expect(rulesOf(lintPack(wordingPack(), { quizzes: 1 }))).toContain('which-aside');
	});

	test('cue-not-question: a flashcard front that is not a question', () => {
		const fact = wordingPack().facts.find((f) => f.id === 'no-question')!;
		expect(rulesOf(lintCard(fact))).toEqual(['cue-not-question']);
	});

	test('quoted-modifier: a blank between quoted words ("open and ____ framework")', () => {
		const quoted = {
			...pack,
			quotations: [
				{
					id: 'conditions',
					speaker: 'china',
					words: 'building an open and inclusive political framework',
					block: 'p1'
				}
			]
		};
		const question = cloze(
			quoted,
			'first-to-accept',
			'China expects the Taliban to build an open and ____ political framework.',
			'inclusive'
		);
		expect(rulesOf(lintQuestion(question, new LintContext(quoted)))).toContain('quoted-modifier');
	});

	const index = packIndex(pack);

	test('sentence-repeat: two items of a quiz on one source sentence', () => {
		const a = cloze(
			pack,
			'embassy-in-april-2022',
			'Russia handed over the Afghan embassy in ____.',
			'April 2022'
		);
		const b = {
			...trueFalse(
				pack,
				'embassy-in-april-2022',
				'According to the article, Russia handed over the Afghan embassy in April 2022.',
				true
			),
			id: 'true-false:embassy-in-april-2022:0'
		};
		expect(rulesOf(lintQuiz([a, b], index, 'quiz', 1))).toContain('sentence-repeat');
	});

	test('give-away: one item shows another item’s answer', () => {
		const a = cloze(
			pack,
			'ambassador-to-kabul',
			'China appointed a new ambassador to ____.',
			'Kabul'
		);
		const b = mcq(
			pack,
			'meeting-in-kazan',
			['Kazan', 'Moscow', 'Beijing'],
			'Which city near Kabul hosted the meeting?'
		);
		expect(rulesOf(lintQuiz([a, b], index, 'quiz', 1))).toEqual(['give-away']);
	});

	test('kind-share: 5 of 10 questions of one kind while others were available', () => {
		const ids = articleFacts.map((fact) => fact.id).slice(0, 10);
		const quiz = ids.map((id, i) =>
			i < 5
				? cloze(pack, id, `Blank number ${i} ____.`, `answer ${i}`)
				: mcq(pack, id, [`key ${i}`, `x ${i}`, `y ${i}`], `Question number ${i}?`)
		);
		expect(rulesOf(lintQuiz(quiz, index, 'quiz', 2))).toContain('kind-share');
		expect(rulesOf(lintQuiz(quiz, index, 'quiz', 1))).not.toContain('kind-share');
	});

	test('short-quiz: fewer questions than asked while the filters allow more', () => {
		const quiz = [
			cloze(pack, 'ambassador-to-kabul', 'China appointed a new ambassador to ____.', 'Kabul')
		];
		expect(rulesOf(lintQuiz(quiz, index, 'quiz', 1, { asked: 10, capacity: 12 }))).toEqual([
			'short-quiz'
		]);
		expect(rulesOf(lintQuiz(quiz, index, 'quiz', 1, { asked: 10, capacity: 1 }))).toEqual([]);
	});
});
