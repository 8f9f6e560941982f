import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { FlashcardController } from '$lib/state/flashcard-controller.svelte';
import { QuizController } from '$lib/state/quiz-controller.svelte';
import { TodayController } from '$lib/state/today-controller.svelte';
import { articlePack } from '../questions/factories';
import { rightResponse, settingsView, testServices } from './test-services';

// The controllers take the pack as a parameter: a second pack needs no code change, and
// the two packs' progress stays apart in one database.
const builtin = loadBuiltinPack();
const second = articlePack({ id: 'second-pack' });

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('a second pack', () => {
	test('quizzes, flashcards and today’s counts each keep to their own pack', async () => {
		expect(second.meta.id).not.toBe(builtin.meta.id);
		const services = testServices();

		const quiz = new QuizController(services, settingsView, second, () => 3);
		await quiz.load();
		await quiz.start({ length: 5, kinds: [], topics: [] });
		expect(quiz.questions.length).toBeGreaterThan(0);
		expect(new Set(quiz.questions.map((question) => question.packId))).toEqual(
			new Set(['second-pack'])
		);
		const secondFacts = new Set(second.facts.map((fact) => fact.id));
		for (const question of quiz.questions) {
			for (const id of question.factIds) expect(secondFacts.has(id)).toBe(true);
		}
		await quiz.answer(rightResponse(quiz.current ?? ({} as never)));

		const cards = new FlashcardController(services, settingsView, second);
		await cards.load();
		expect(secondFacts.has(cards.current?.fact.id ?? '')).toBe(true);
		cards.flip();
		await cards.rate('good');

		const { memories } = await services.storage.writer();
		const stored = await memories.forPack('second-pack');
		expect(stored.length).toBeGreaterThanOrEqual(2);
		expect(stored.every((record) => record.packId === 'second-pack')).toBe(true);
		expect(await memories.forPack(builtin.meta.id)).toEqual([]);

		// The built-in pack's day is untouched by the second pack's study.
		const builtinToday = new TodayController(services, async () => builtin);
		await builtinToday.load(20);
		expect(builtinToday.counts).toEqual({
			due: 0,
			new: 20,
			newMetInQuizzes: 0,
			learnLeft: null,
			quizUnderWay: null
		});
		const secondToday = new TodayController(services, async () => second);
		await secondToday.load(20);
		expect(secondToday.counts?.new).toBeLessThan(Math.min(20, second.facts.length));
	});
});
