import { describe, expect, test } from 'vitest';
import { distinctSources } from '$lib/domain/quiz/answer-display';
import { formatDuration, summariseQuiz } from '$lib/domain/quiz/results';
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
		expect(results.points).toBe(1.7);
		expect(results.percent).toBe(56);
		expect(results.byKind.reduce((sum, row) => sum + row.points, 0)).toBeCloseTo(results.points, 1);
		expect(results.byKind.find((row) => row.kind === 'matching')).toMatchObject({ points: 0.7 });
		expect(results).toMatchObject({ correct: 1, partly: 1 });
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
