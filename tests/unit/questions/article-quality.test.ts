import { describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import type { Fact } from '$lib/domain/pack/schema';
import { generateAll } from '$lib/domain/questions/all';
import type { Question } from '$lib/domain/questions/question';
import { generateQuiz, quizCapacity } from '$lib/domain/questions/quiz';
import { foldText } from '$lib/domain/text/fold';

// The rules for questions worth trusting, checked on the article pack with code of
// their own (not the generator's, nor the lint's).

const pack = loadBuiltinPack();
const facts = new Map(pack.facts.map((fact) => [fact.id, fact]));
const byStatement = new Map(pack.facts.map((fact) => [fact.statement, fact]));

const months = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
const small = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Every date or number a text states, by meaning: `98` and `ninety-eight` alike. */
function values(text: string): string[] {
	const out: string[] = [];
	for (const match of text.matchAll(/\d+(?:\.\d+)?/g)) out.push(`n${Number(match[0])}`);
	for (const word of text.toLowerCase().match(/[a-z]+(?:-[a-z]+)?/g) ?? []) {
		if (months.includes(word) && word !== 'may') out.push(`m${months.indexOf(word)}`);
		const [ten = '', unit = ''] = word.split('-');
		if (tens.includes(ten) && ten)
			out.push(`n${tens.indexOf(ten) * 10 + Math.max(0, small.indexOf(unit))}`);
		else if (small.includes(word) && word !== 'one') out.push(`n${small.indexOf(word)}`);
	}
	return out;
}

/** What a question states as the article's: key, true statement, explanation, notes, dates. */
function presented(question: Question): { text: string; from: string }[] {
	const sources = question.sources.map((source) => source.quote).join(' ');
	const at = (text: string) => ({ text, from: sources });
	const out = [at(question.explanation)];
	switch (question.kind) {
		case 'mcq': {
			out.push(at(question.options[question.answerIndex] ?? ''));
			for (const note of question.optionNotes) {
				if (note) out.push({ text: note, from: byStatement.get(note)?.source.quote ?? '' });
			}
			break;
		}
		case 'true-false':
			if (question.answer) out.push(at(question.statement));
			break;
		case 'cloze':
		case 'numeric':
			out.push(at(question.accepted[0] ?? ''));
			break;
		case 'matching':
			for (const pair of question.pairs) out.push(at(pair.left), at(pair.right));
			break;
		case 'timeline':
			for (const event of question.events) out.push(at(event.label), at(event.date));
			break;
	}
	return out;
}

const quizzes = (count: number | 'all', seeds: number) =>
	Array.from({ length: seeds }, (_, i) => generateQuiz(pack, { count }, i + 1));

describe('questions from the article pack', () => {
	const defaults = quizzes(10, 200);
	const alls = quizzes('all', 200);
	const everyQuestion = new Map<string, Question>();
	for (const question of [...defaults, ...alls, generateAll(pack)].flat()) {
		everyQuestion.set(question.id, question);
	}

	test('state no date or number their source sentences do not give (seeds 1–200)', () => {
		const problems: string[] = [];
		for (const question of everyQuestion.values()) {
			for (const { text, from } of presented(question)) {
				const known = new Set(values(from));
				for (const value of values(text)) {
					if (!known.has(value)) problems.push(`${question.id}: ${value} in "${text}"`);
				}
			}
		}
		expect(problems).toEqual([]);
		expect(everyQuestion.size).toBeGreaterThan(60);
	}, 60_000);

	test('never ask a fact or event the pack marks as beyond the article', () => {
		const inferred = new Set(pack.facts.filter((fact) => fact.inferred).map((fact) => fact.id));
		for (const question of everyQuestion.values()) {
			for (const id of question.factIds) expect(inferred.has(id)).toBe(false);
		}
	});

	test('ask each source sentence at most once per quiz', () => {
		for (const quiz of [...defaults, ...alls]) {
			const sentences = quiz.flatMap((question) => [
				...new Set(question.sources.map((source) => source.quote))
			]);
			expect(new Set(sentences).size).toBe(sentences.length);
		}
	});

	test('give away no answer: no item shows an accepted answer of another (every pair)', () => {
		const answersOf = (question: Question): string[] =>
			question.factIds.flatMap((id) => {
				const fact = facts.get(id) as Fact;
				return [fact.answer, ...(fact.object.type === 'text' ? [fact.object.value] : [])];
			});
		const shown = (question: Question) =>
			question.kind === 'true-false'
				? question.statement
				: question.kind === 'cloze'
					? question.text
					: question.kind === 'matching'
						? question.pairs.map((pair) => pair.left).join(' ')
						: question.kind === 'timeline'
							? question.events.map((event) => event.label).join(' ')
							: question.prompt;
		for (const quiz of defaults) {
			for (const a of quiz) {
				const text = ` ${foldText(shown(a).replace(/['’]s\b/g, ''))} `;
				for (const b of quiz) {
					if (a === b || b.kind === 'timeline') continue;
					for (const answer of answersOf(b)) {
						expect(
							text.includes(` ${foldText(answer)} `),
							`${a.id} shows ${answer} of ${b.id}`
						).toBe(false);
					}
				}
			}
		}
	});

	test('a default quiz has 10 questions and no kind above 40 %', () => {
		for (const quiz of defaults) {
			expect(quiz).toHaveLength(10);
			const counts = new Map<string, number>();
			for (const question of quiz) counts.set(question.kind, (counts.get(question.kind) ?? 0) + 1);
			expect(Math.max(...counts.values())).toBeLessThanOrEqual(4);
		}
	});

	test('true and false are balanced wherever there are 5 or more true/false items', () => {
		const bank = generateAll(pack);
		for (const set of [bank, ...alls, ...defaults]) {
			const statements = set.filter((question) => question.kind === 'true-false');
			if (statements.length < 5) continue;
			const share = statements.filter((question) => question.answer).length / statements.length;
			expect(share).toBeGreaterThanOrEqual(0.4);
			expect(share).toBeLessThanOrEqual(0.6);
		}
	});

	test('a count up to what the filters allow is met exactly; "All" is that many', () => {
		for (let seed = 1; seed <= 15; seed += 1) {
			const capacity = quizCapacity(pack, {}, seed);
			expect(capacity).toBeGreaterThanOrEqual(15);
			expect(generateQuiz(pack, { count: 'all' }, seed)).toHaveLength(capacity);
			for (const count of [1, 5, 12, capacity]) {
				expect(generateQuiz(pack, { count }, seed)).toHaveLength(count);
			}
			// Above it a quiz is met in full, by luck of the draw, or cut to what "All" gives.
			expect([capacity, capacity + 1]).toContain(
				generateQuiz(pack, { count: capacity + 1 }, seed).length
			);
		}
	});
});

describe('the question bank of the article', () => {
	const bank = generateAll(pack);
	const single = bank.filter((question) => question.factIds.length === 1);

	test('asks each fact once, not the same fact in three formats', () => {
		const ids = single.map((question) => question.factIds[0]);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBe(pack.facts.length);
	});

	test('never shows the same text twice', () => {
		const texts = bank.map((question) =>
			foldText(
				question.kind === 'cloze'
					? question.text
					: question.kind === 'true-false'
						? question.statement
						: `${question.prompt} ${question.id}`
			)
		);
		expect(new Set(texts).size).toBe(texts.length);
	});

	test('uses no wrong option in more than 3 questions', () => {
		const uses = new Map<string, number>();
		for (const question of bank) {
			if (question.kind !== 'mcq') continue;
			question.options.forEach((option, i) => {
				if (i !== question.answerIndex) uses.set(option, (uses.get(option) ?? 0) + 1);
			});
		}
		for (const [option, count] of uses) expect(count, option).toBeLessThanOrEqual(3);
	});
});
