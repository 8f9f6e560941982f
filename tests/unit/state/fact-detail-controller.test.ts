import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { questionText } from '$lib/domain/quiz/answer-display';
import { FactDetailController } from '$lib/state/fact-detail-controller.svelte';
import { FlashcardController } from '$lib/state/flashcard-controller.svelte';
import { QuizController } from '$lib/state/quiz-controller.svelte';
import { settingsView, testServices, wrongResponse } from './test-services';

const pack = loadBuiltinPack();

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('FactDetailController', () => {
	test('a fact never studied, and an unknown id, each said plainly; no database is created', async () => {
		const services = testServices();
		const detail = new FactDetailController(services, pack);
		await detail.load(pack.facts[0]?.id ?? '');
		expect(detail.detail).toMatchObject({ state: 'new', recall: 0, history: [], questions: [] });
		await detail.load('no-such-fact');
		expect(detail.missing).toBe(true);
		expect(detail.detail).toBeNull();
		expect(await services.databaseExists()).toBe(false);
	});

	test('every rating newest first, a quiz one with its question; the questions asked with their tally', async () => {
		const services = testServices();
		const quiz = new QuizController(services, settingsView, pack, () => 4);
		await quiz.load();
		await quiz.start({ length: 5, kinds: ['mcq'], topics: [] });
		const question = quiz.current;
		if (!question) throw new Error('no question');
		await quiz.answer(wrongResponse(question));
		const factId = question.factIds[0] ?? '';

		services.clock.advance(60 * 60_000);
		const cards = new FlashcardController(services, settingsView, pack);
		await cards.load({ fact: factId });
		cards.flip();
		await cards.rate('good');

		const detail = new FactDetailController(services, pack);
		await detail.load(factId);
		const view = detail.detail;
		if (!view) throw new Error('no detail');
		expect(view.history.map((line) => [line.source, line.rating])).toEqual([
			['flashcard', 'good'],
			['quiz', 'again']
		]);
		expect(view.history[1]?.answer).toMatchObject({
			correct: false,
			question: questionText(question)
		});
		expect(view.questions).toEqual([
			{ questionId: question.id, question: questionText(question), right: 0, asked: 1 }
		]);
		expect(view.memory?.reps).toBe(2);
		expect(view.recall).toBeGreaterThan(0.5);
	});
});
