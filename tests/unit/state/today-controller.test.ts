import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { FlashcardController } from '$lib/state/flashcard-controller.svelte';
import { LearnController } from '$lib/state/learn-controller.svelte';
import { QuizController } from '$lib/state/quiz-controller.svelte';
import { TodayController } from '$lib/state/today-controller.svelte';
import type { Question } from '$lib/domain/questions/question';
import { rightResponse, settingsView, testServices } from './test-services';

const pack = loadBuiltinPack();

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe("today's new facts", () => {
	test('facts first met in a quiz come out of the day’s allowance, and both screens say so', async () => {
		const services = testServices();
		const quiz = new QuizController(services, settingsView, pack, () => 11);
		await quiz.load();
		await quiz.start({ length: 5, kinds: ['true-false', 'cloze', 'mcq'], topics: [] });
		const met = new Set<string>();
		for (let i = 0; i < 3; i += 1) {
			const question = quiz.current;
			if (!question) throw new Error('no question');
			for (const id of question.factIds) met.add(id);
			await quiz.answer(rightResponse(question));
			await quiz.next();
		}

		const today = new TodayController(services, async () => pack);
		await today.load(20);
		expect(today.counts).toEqual({
			due: 0,
			new: 20 - met.size,
			newMetInQuizzes: met.size,
			learnLeft: null,
			// That quiz is not finished: Home offers it too.
			quizUnderWay: { answered: 3, total: 5 }
		});

		const cards = new FlashcardController(services, settingsView, pack);
		await cards.load();
		expect(cards.newMetInQuizzes).toBe(met.size);
		expect(cards.remaining).toBe(20 - met.size);
		// A flashcard's first rating is not counted as met in a quiz.
		cards.flip();
		await cards.rate('good');
		await today.load(20);
		expect(today.counts).toMatchObject({ new: 20 - met.size - 1, newMetInQuizzes: met.size });
	});

	test('a Learn session under way today is named on Home with what is left of it', async () => {
		const services = testServices();
		const learn = new LearnController(services, settingsView, pack);
		await learn.load();
		await learn.start();
		const today = new TodayController(services, async () => pack);
		await today.load(20);
		// The question on screen is still to answer, on both screens.
		expect(today.counts?.learnLeft).toBe(learn.remaining);
		expect(learn.remaining).toBe(20);
		await learn.answer(rightResponse(learn.step?.question as Question), 2);
		expect(learn.remaining).toBe(19);
		await today.load(20);
		expect(today.counts?.learnLeft).toBe(19);
		// The next question, asked and left unanswered, counts again.
		await learn.next();
		expect(learn.phase).toBe('question');
		await today.load(20);
		expect([today.counts?.learnLeft, learn.remaining]).toEqual([19, 19]);
	});
});
