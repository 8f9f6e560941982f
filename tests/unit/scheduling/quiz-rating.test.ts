import { describe, expect, test } from 'vitest';
import { quizRating, slowAnswerMs } from '$lib/domain/scheduling/quiz-rating';

describe('quizRating', () => {
	test('a wrong answer is rated again, however fast', () => {
		expect(quizRating({ correct: false, overridden: false, responseMs: 2_000 })).toBe('again');
		expect(quizRating({ correct: false, overridden: false, responseMs: 60_000 })).toBe('again');
	});

	test('a quick right answer is rated good', () => {
		expect(quizRating({ correct: true, overridden: false, responseMs: 4_000 })).toBe('good');
	});

	test('a right answer slower than 20 seconds is rated hard', () => {
		expect(slowAnswerMs).toBe(20_000);
		expect(quizRating({ correct: true, overridden: false, responseMs: 20_000 })).toBe('good');
		expect(quizRating({ correct: true, overridden: false, responseMs: 20_001 })).toBe('hard');
	});

	test('an "I was right" override is rated hard, whether or not the verdict was flipped', () => {
		expect(quizRating({ correct: true, overridden: true, responseMs: 3_000 })).toBe('hard');
		expect(quizRating({ correct: false, overridden: true, responseMs: 3_000 })).toBe('hard');
	});
});
