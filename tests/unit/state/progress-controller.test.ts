import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { FlashcardController } from '$lib/state/flashcard-controller.svelte';
import { ProgressController, quizzesPerPage } from '$lib/state/progress-controller.svelte';
import { QuizController } from '$lib/state/quiz-controller.svelte';
import { rightResponse, settingsView, testServices, wrongResponse } from './test-services';

const pack = loadBuiltinPack();

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('ProgressController', () => {
	test('a first visit shows every figure from nothing, and creates no database', async () => {
		const services = testServices();
		const progress = new ProgressController(services, settingsView, pack);
		await progress.load();
		expect(progress.progress?.recall.now).toBe(0);
		expect(progress.progress?.states.byState.new).toBe(pack.facts.length);
		expect(progress.progress?.streaks.current).toBe(0);
		expect(progress.history).toEqual([]);
		expect(progress.workLeft).toEqual({ due: 0, new: 20 });
		expect(await services.databaseExists()).toBe(false);
	});

	test('ratings and answers of today show in the calendar, the time, the states and the history', async () => {
		const services = testServices();
		const cards = new FlashcardController(services, settingsView, pack);
		await cards.load();
		for (let i = 0; i < 3; i += 1) {
			services.clock.advance(4_000);
			cards.flip();
			await cards.rate(i === 0 ? 'again' : 'good');
		}
		const quiz = new QuizController(services, settingsView, pack, () => 5);
		await quiz.load();
		await quiz.start({ length: 5, kinds: ['mcq', 'true-false'], topics: [] });
		for (let i = 0; quiz.phase !== 'results'; i += 1) {
			const question = quiz.current;
			if (!question) throw new Error('no question');
			services.clock.advance(2_000);
			await quiz.answer(i < 3 ? rightResponse(question) : wrongResponse(question));
			await quiz.next();
		}

		const progress = new ProgressController(services, settingsView, pack);
		await progress.load();
		const view = progress.progress;
		if (!view) throw new Error('no progress');
		const today = view.heatmap.find((cell) => cell.day === view.today);
		expect(today?.count).toBe(3 + 5);
		expect(view.recent).toEqual({ ratings: 3, answers: 5 });
		// 3 cards of 4 s and 5 answers of 2 s.
		expect(view.time.at(-1)).toEqual({ day: view.today, ms: 3 * 4_000 + 5 * 2_000 });
		expect(view.streaks).toMatchObject({ current: 1, best: 1 });
		const week = view.weeks.at(-1);
		expect(week?.flashcards).toEqual({ right: 2, total: 3 });
		expect(week?.quizzes).toEqual({ right: 3, total: 5 });
		expect(view.recall.studied).toBeGreaterThanOrEqual(3);
		expect(view.states.byState.new).toBeLessThan(pack.facts.length - 3);
		expect(progress.history).toHaveLength(1);
		expect(progress.history[0]?.kinds.sort()).toEqual(['mcq', 'true-false']);
		// Today's work left agrees with the flashcard screen.
		const left = new FlashcardController(services, settingsView, pack);
		await left.load();
		expect((progress.workLeft?.due ?? 0) + (progress.workLeft?.new ?? 0)).toBe(left.remaining);
	});

	test('past quizzes are listed 50 at a time, newest first; "Show older" lists the rest', async () => {
		const services = testServices();
		const quiz = new QuizController(services, settingsView, pack, () => 5);
		await quiz.load();
		await quiz.start({ length: 5, kinds: ['mcq'], topics: [] });
		while (quiz.phase !== 'results') {
			const question = quiz.current;
			if (!question) throw new Error('no question');
			await quiz.answer(rightResponse(question));
			await quiz.next();
		}
		const repositories = await services.storage.reader();
		if (!repositories) throw new Error('no database');
		const [newest] = await repositories.quizzes.history(1);
		if (!newest) throw new Error('no finished quiz');
		// 54 older copies of it, a minute apart, and one discarded (never listed).
		for (let index = 1; index <= 54; index += 1) {
			await repositories.quizzes.start({
				...newest.session,
				id: `older-${index}`,
				startedAt: newest.session.startedAt - index * 60_000
			});
		}
		await repositories.quizzes.start({ ...newest.session, id: 'discarded', abandoned: true });

		const progress = new ProgressController(services, settingsView, pack);
		await progress.load();
		expect(quizzesPerPage).toBe(50);
		expect(progress.history).toHaveLength(50);
		expect(progress.history[0]).toMatchObject({ id: newest.session.id, kinds: ['mcq'] });
		expect(progress.history[0]?.results).toMatchObject({ total: 5, correct: 5, percent: 100 });
		expect(progress.quizzesInAll).toBe(55);
		expect(progress.olderQuizzes).toBe(5);
		await progress.showOlder();
		expect(progress.history.map((entry) => entry.id)).toEqual([
			newest.session.id,
			...Array.from({ length: 54 }, (_, index) => `older-${index + 1}`)
		]);
		expect(progress.olderQuizzes).toBe(0);
	});

	test('a storage failure is reported, and a retry loads', async () => {
		const services = testServices();
		const cards = new FlashcardController(services, settingsView, pack);
		await cards.load();
		cards.flip();
		await cards.rate('good');
		services.failNext('memories', 'forPack', 'UnknownError');
		const progress = new ProgressController(services, settingsView, pack);
		await progress.load();
		expect(services.problems.problem).not.toBeNull();
		expect(progress.progress).toBeNull();
		await progress.load();
		expect(progress.progress?.recent.ratings).toBe(1);
	});
});

describe('the reader’s memory map', () => {
	test('a sentence’s recall is its facts’ mean, unstudied facts counting 0; while some are unstudied it is partly studied', async () => {
		const { bandOf } = await import('$lib/state/fact-progress-views');
		const views = new Map([
			['a', { label: '', suspended: false, recall: 0.95 }],
			['b', { label: '', suspended: false, recall: null }]
		]);
		expect(bandOf(views, ['a'])).toEqual({ band: 'strong', recall: 0.95 });
		expect(bandOf(views, ['a', 'b'])).toEqual({ band: 'partial', recall: 0.475 });
		expect(bandOf(views, ['b', 'c'])).toEqual({ band: 'unstudied', recall: null });
	});
});
