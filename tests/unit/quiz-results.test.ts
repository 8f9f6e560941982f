import { describe, expect, test } from 'vitest';
import { distinctSources } from '$lib/domain/quiz/answer-display';
import { formatDuration, formatPoints, summariseQuiz } from '$lib/domain/quiz/results';
import type { Question } from '$lib/domain/questions/question';

describe('summariseQuiz', () => {
	test('scores with partial credit, breaks down by kind and lists mistakes in quiz order', () => {
		const questions = [
			{ id: 'q0', kind: 'mcq' },
			{ id: 'q1', kind: 'timeline' },
			{ id: 'q2', kind: 'mcq' },
			{ id: 'q3', kind: 'cloze' }
		] as const;
		const results = summariseQuiz(
			questions,
			[
				{ questionId: 'q0', kind: 'mcq', correct: true, score: 1, answeredAt: 10_000 },
				{ questionId: 'q1', kind: 'timeline', correct: false, score: 0.5, answeredAt: 20_000 },
				{ questionId: 'q2', kind: 'mcq', correct: false, score: 0, answeredAt: 65_000 }
			],
			5_000
		);
		expect(results).toEqual({
			total: 4,
			answered: 3,
			correct: 1,
			partly: 1,
			points: 1.5,
			percent: 38,
			durationMs: 60_000,
			byKind: [
				{ kind: 'mcq', asked: 2, correct: 1, points: 1 },
				{ kind: 'timeline', asked: 1, correct: 0, points: 0.5 },
				{ kind: 'cloze', asked: 1, correct: 0, points: 0 }
			],
			mistakes: [1, 2]
		});
	});

	test('answers count for the question they answer, by id, never by position', () => {
		const questions = [
			{ id: 'a', kind: 'mcq' },
			{ id: 'b', kind: 'cloze' }
		] as const;
		const results = summariseQuiz(
			questions,
			[
				{ questionId: 'b', kind: 'cloze', correct: true, score: 1, answeredAt: 1 },
				// An answer to a question this quiz does not hold (a damaged record) counts nowhere.
				{ questionId: 'gone', kind: 'mcq', correct: true, score: 1, answeredAt: 2 }
			],
			0
		);
		expect(results).toMatchObject({ answered: 1, correct: 1, mistakes: [] });
	});

	test('one rule: the percentage, the points and the table add up the same scores', () => {
		const questions = [
			{ id: 'm', kind: 'matching' },
			{ id: 'a', kind: 'mcq' },
			{ id: 'b', kind: 'mcq' }
		] as const;
		const results = summariseQuiz(
			questions,
			[
				{ questionId: 'm', kind: 'matching', correct: false, score: 2 / 3, answeredAt: 1 },
				{ questionId: 'a', kind: 'mcq', correct: true, score: 1, answeredAt: 2 },
				{ questionId: 'b', kind: 'mcq', correct: false, score: 0, answeredAt: 3 }
			],
			0
		);
		expect(results.points).toBe(1.67);
		expect(results.percent).toBe(56);
		expect(results.byKind.reduce((sum, row) => sum + row.points, 0)).toBeCloseTo(results.points, 2);
		expect(results.byKind.find((row) => row.kind === 'matching')).toMatchObject({ points: 0.67 });
		expect(results).toMatchObject({ correct: 1, partly: 1 });
	});

	test('the headline percentage is the points as shown over the questions (never "1.7 of 3 points" beside 56 %)', () => {
		const shares = [
			0,
			1 / 6,
			1 / 5,
			1 / 4,
			1 / 3,
			2 / 5,
			1 / 2,
			3 / 5,
			2 / 3,
			3 / 4,
			5 / 6,
			9 / 10,
			1
		];
		for (let total = 1; total <= 12; total += 1) {
			for (const [offset, share] of shares.entries()) {
				// A quiz of `total` questions: one partly right, a rotating number fully right.
				const questions = Array.from({ length: total }, (_, index) => ({
					id: `q${index}`,
					kind: index === 0 ? ('timeline' as const) : ('mcq' as const)
				}));
				const answers = questions.map((question, index) => ({
					questionId: question.id,
					kind: question.kind,
					correct: index === 0 ? share === 1 : index <= offset % total,
					score: index === 0 ? share : index <= offset % total ? 1 : 0,
					answeredAt: index
				}));
				const results = summariseQuiz(questions, answers, 0);
				const shown = Number(formatPoints(results.points));
				expect(shown).toBe(results.points);
				expect(results.percent, `${shown} of ${total} points`).toBe(
					Math.round((shown / total) * 100)
				);
			}
		}
	});

	test('a kind’s points are summed exactly, then rounded: three 2/3 credits make 2 points', () => {
		const questions = [
			{ id: 'a', kind: 'matching' },
			{ id: 'b', kind: 'matching' },
			{ id: 'c', kind: 'matching' }
		] as const;
		const results = summariseQuiz(
			questions,
			questions.map((question, index) => ({
				questionId: question.id,
				kind: question.kind,
				correct: false,
				score: 2 / 3,
				answeredAt: index
			})),
			0
		);
		expect(results.byKind).toEqual([{ kind: 'matching', asked: 3, correct: 0, points: 2 }]);
		expect(results).toMatchObject({ points: 2, percent: 67 });
	});

	test('points read without trailing zeros', () => {
		expect(formatPoints(2)).toBe('2');
		expect(formatPoints(1.5)).toBe('1.5');
		expect(formatPoints(5 / 3)).toBe('1.67');
	});

	test('an empty quiz scores zero rather than dividing by zero', () => {
		expect(summariseQuiz([], [], 0).percent).toBe(0);
	});

	test('durations read as minutes and seconds', () => {
		expect(formatDuration(245_000)).toBe('4 min 05 s');
		expect(formatDuration(48_400)).toBe('48 s');
	});
});

describe('distinctSources', () => {
	test('each sentence once, in the order the question lists them', () => {
		const question = {
			sources: [
				{ factId: 'a', block: 'p1', quote: 'One sentence.' },
				{ factId: 'b', block: 'p1', quote: 'One sentence.' },
				{ factId: 'c', block: 'p2', quote: 'Another.' }
			]
		} as unknown as Question;
		expect(distinctSources(question).map((source) => source.factId)).toEqual(['a', 'c']);
	});
});
