import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { questionKinds } from '$lib/domain/questions/kinds';
import { Question } from '$lib/domain/questions/question';
import { generateAll } from '$lib/domain/questions/all';
import { generateQuiz } from '$lib/domain/questions/quiz';
import { quizProblems } from './checks';

const pack = loadBuiltinPack();
const kindSets = fc.subarray([...questionKinds], { minLength: 1 });

describe('quizzes from the article pack, over thousands of seeds', () => {
	test('every question keeps every rule, and no question gives another away', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const quiz = generateQuiz(pack, { count: 10 }, seed);
				expect(quiz.length).toBe(10);
				expect(quizProblems(quiz, pack)).toEqual([]);
			}),
			{ numRuns: 2000 }
		);
	}, 60_000);

	test('any mix of kinds and lengths keeps the rules too', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				kindSets,
				fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constant('all' as const)),
				(seed, kinds, count) => {
					const quiz = generateQuiz(pack, { count, kinds }, seed);
					expect(quiz.every((question) => kinds.includes(question.kind))).toBe(true);
					expect(quizProblems(quiz, pack)).toEqual([]);
				}
			),
			{ numRuns: 200 }
		);
	}, 60_000);

	test('every question parses with the Question schema', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				for (const question of generateQuiz(pack, { count: 'all' }, seed)) {
					expect(v.safeParse(Question, question).success).toBe(true);
				}
			}),
			{ numRuns: 100 }
		);
	}, 60_000);

	test('the same seed gives the identical quiz, even from a fresh copy of the pack', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const quiz = generateQuiz(pack, { count: 12 }, seed);
				expect(generateQuiz(pack, { count: 12 }, seed)).toEqual(quiz);
				expect(generateQuiz(structuredClone(pack), { count: 12 }, seed)).toEqual(quiz);
			}),
			{ numRuns: 100 }
		);
	}, 60_000);

	test('a question id always stands for the same question, options in any order', () => {
		const canonical = (question: Question) => JSON.stringify(sortedContent(question));
		const seen = new Map<string, string>();
		// A quiz may leave out an option's note where it would give another question away;
		// a note it shows is always the same note.
		const notes = new Map<string, string>();
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				for (const question of generateQuiz(pack, { count: 'all' }, seed)) {
					const content = canonical(question);
					expect(seen.get(question.id) ?? content).toBe(content);
					seen.set(question.id, content);
					if (question.kind !== 'mcq') continue;
					question.options.forEach((option, i) => {
						const note = question.optionNotes[i] ?? null;
						const key = `${question.id}\u0000${option}`;
						if (note === null) return;
						expect(notes.get(key) ?? note).toBe(note);
						notes.set(key, note);
					});
				}
			}),
			{ numRuns: 150 }
		);
		expect(notes.size).toBeGreaterThan(0);
	}, 60_000);

	test('every kind is generated from the article, and every catalogue question keeps the rules', () => {
		const all = generateAll(pack);
		// No matching: the article dates only three events itself (see quiz.test.ts).
		expect(new Set(all.map((question) => question.kind))).toEqual(
			new Set(questionKinds.filter((kind) => kind !== 'matching'))
		);
		for (const question of all) expect(quizProblems([question], pack)).toEqual([]);
	});
});

/** A question's content with display order removed: options, pairs and events sorted. */
function sortedContent(question: Question): unknown {
	switch (question.kind) {
		case 'mcq': {
			const key = question.options[question.answerIndex];
			// Notes are compared apart (a quiz may leave one out).
			return {
				...question,
				options: [...question.options].sort(),
				answerIndex: key,
				optionNotes: null
			};
		}
		case 'matching':
			return {
				...question,
				pairs: [...question.pairs].sort((a, b) => a.left.localeCompare(b.left)),
				shuffledRights: [...question.shuffledRights].sort()
			};
		case 'timeline':
			return { ...question, events: [...question.events].sort((a, b) => a.id.localeCompare(b.id)) };
		default:
			return question;
	}
}
