import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { generateAll } from '$lib/domain/questions/all';
import { Question } from '$lib/domain/questions/question';
import { questionId } from '$lib/domain/questions/question-id';
import { articlePack } from './factories';

const questions = generateAll(articlePack());
const mcq = questions.find((question) => question.kind === 'mcq');

describe('the Question schema', () => {
	test('accepts every generated question of every kind', () => {
		for (const question of questions) expect(v.parse(Question, question)).toEqual(question);
	});

	test('rejects answer data that disagrees with itself', () => {
		expect(v.safeParse(Question, { ...mcq, answerIndex: 7 }).success).toBe(false);
		expect(v.safeParse(Question, { ...mcq, optionNotes: [] }).success).toBe(false);
		const cloze = questions.find((question) => question.kind === 'cloze');
		expect(v.safeParse(Question, { ...cloze, text: 'No blank here.' }).success).toBe(false);
		const timeline = questions.find((question) => question.kind === 'timeline');
		expect(v.safeParse(Question, { ...timeline, correctOrder: ['x'] }).success).toBe(false);
	});

	test('rejects an unknown kind and a question without facts', () => {
		expect(v.safeParse(Question, { ...mcq, kind: 'essay' }).success).toBe(false);
		expect(v.safeParse(Question, { ...mcq, factIds: [], sources: [] }).success).toBe(false);
	});
});

describe('question ids', () => {
	test('are kind, sorted fact ids and variant', () => {
		expect(questionId('matching', ['b-fact', 'a-fact'], 1)).toBe('matching:a-fact+b-fact:1');
	});

	test('do not depend on option order: the same mcq, shuffled otherwise, keeps its id', () => {
		const mcqs = (seed: number) => generateAll(articlePack(), { kinds: ['mcq'] }, seed);
		const [a, b] = [mcqs(1), mcqs(2)];
		expect(a.map((q) => q.id)).toEqual(b.map((q) => q.id));
		const orders = a.filter(
			(q, i) => q.kind === 'mcq' && b[i]?.kind === 'mcq' && q.options.join() !== b[i].options.join()
		);
		expect(orders.length).toBeGreaterThan(0);
	});
});
