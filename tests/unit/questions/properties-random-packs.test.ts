import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { parsePack } from '$lib/domain/pack/validate';
import { generateAll } from '$lib/domain/questions/all';
import { Question } from '$lib/domain/questions/question';
import { generateQuiz } from '$lib/domain/questions/quiz';
import { packs } from './arbitraries';
import { quizProblems } from './checks';

describe('quizzes from random valid packs', () => {
	test('the random packs are valid packs', () => {
		fc.assert(
			fc.property(packs, (pack) => {
				expect(parsePack(pack).ok).toBe(true);
			}),
			{ numRuns: 100 }
		);
	}, 60_000);

	test('every question keeps every rule, and no question gives another away', () => {
		fc.assert(
			fc.property(packs, fc.integer(), (pack, seed) => {
				const quiz = generateQuiz(pack, { count: 'all' }, seed);
				expect(quiz.length).toBeGreaterThan(0);
				expect(quizProblems(quiz, pack)).toEqual([]);
				for (const question of quiz) expect(v.safeParse(Question, question).success).toBe(true);
			}),
			{ numRuns: 250 }
		);
	}, 60_000);

	test('catalogue questions keep every rule', () => {
		fc.assert(
			fc.property(packs, fc.integer(), (pack, seed) => {
				for (const question of generateAll(pack, {}, seed)) {
					expect(quizProblems([question], pack)).toEqual([]);
				}
			}),
			{ numRuns: 100 }
		);
	}, 60_000);

	test('the same seed gives the identical quiz', () => {
		fc.assert(
			fc.property(packs, fc.integer(), (pack, seed) => {
				expect(generateQuiz(structuredClone(pack), {}, seed)).toEqual(generateQuiz(pack, {}, seed));
			}),
			{ numRuns: 200 }
		);
	}, 60_000);
});
