import { describe, expect, test } from 'vitest';
import { formatDuration, summariseQuiz } from '$lib/domain/quiz/results';

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
			percent: 38,
			durationMs: 60_000,
			byKind: [
				{ kind: 'mcq', asked: 2, correct: 1 },
				{ kind: 'timeline', asked: 1, correct: 0 },
				{ kind: 'cloze', asked: 1, correct: 0 }
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

	test('an empty quiz scores zero rather than dividing by zero', () => {
		expect(summariseQuiz([], [], 0).percent).toBe(0);
	});

	test('durations read as minutes and seconds', () => {
		expect(formatDuration(245_000)).toBe('4 min 05 s');
		expect(formatDuration(48_400)).toBe('48 s');
	});
});
