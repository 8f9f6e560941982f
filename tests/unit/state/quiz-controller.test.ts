import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { QuestionFlagsController } from '$lib/state/question-flags-controller.svelte';
import { QuizController } from '$lib/state/quiz-controller.svelte';
import { LearnController } from '$lib/state/learn-controller.svelte';
import {
	correctAnswerLines,
	givenAnswerLines,
	questionText
} from '$lib/domain/quiz/answer-display';
import { questionKinds } from '$lib/domain/questions/kinds';
import type { Question } from '$lib/domain/questions/question';
import { rightResponse, settingsView, testServices, wrongResponse } from './test-services';

const pack = loadBuiltinPack();
const setup = { length: 5 as const, kinds: [], topics: [] };
const controllerOn = (services: ReturnType<typeof testServices>) =>
	new QuizController(services, settingsView, pack, () => 7);

async function started(services = testServices()) {
	const quiz = controllerOn(services);
	await quiz.load();
	await quiz.start(setup);
	return { quiz, services };
}

beforeEach(() => {
	// The reporter logs every problem for diagnosis; these tests cause them on purpose.
	vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('QuizController', () => {
	test('a first visit reads nothing and creates no database until a quiz starts', async () => {
		const services = testServices();
		const quiz = controllerOn(services);
		await quiz.load();
		expect(quiz.phase).toBe('start');
		expect(quiz.resumable).toBeNull();
		expect(await services.databaseExists()).toBe(false);
		await quiz.start(setup);
		expect(quiz.phase).toBe('question');
		expect(quiz.questions).toHaveLength(5);
		expect(await services.databaseExists()).toBe(true);
	});

	test('an answer is stored before its feedback shows, with the study day and response time', async () => {
		const { quiz, services } = await started();
		services.clock.advance(4_000);
		const question = quiz.current;
		if (!question) throw new Error('no question');
		await quiz.answer(rightResponse(question));
		expect(quiz.phase).toBe('feedback');
		const { quizzes } = await services.storage.writer();
		const stored = await quizzes.answersOf(quiz.session?.id ?? '');
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({
			questionId: question.id,
			correct: true,
			responseMs: 4_000,
			studyDay: '2026-11-28'
		});
	});

	test('a quiz left half-way is offered again and resumes at its first open question', async () => {
		const { quiz, services } = await started();
		for (let i = 0; i < 2; i += 1) {
			const question = quiz.current;
			if (!question) throw new Error('no question');
			await quiz.answer(wrongResponse(question));
			await quiz.next();
		}
		const asked = quiz.questions.map((question) => question.id);
		// A reload: a new controller over the same storage.
		const again = controllerOn(services);
		await again.load();
		expect(again.resumable?.answered).toBe(2);
		await again.resume();
		expect(again.phase).toBe('question');
		expect(again.index).toBe(2);
		expect(again.questions.map((question) => question.id)).toEqual(asked);
	});

	test('starting a new quiz keeps an unfinished one: it is offered again once the new one is done', async () => {
		const { quiz, services } = await started();
		const first = quiz.session?.id;
		const question = quiz.current;
		if (!question) throw new Error('no question');
		await quiz.answer(rightResponse(question));
		// Later, the start screen offers it; the learner starts another quiz instead.
		const later = controllerOn(services);
		await later.load();
		expect(later.resumable?.session.id).toBe(first);
		services.clock.advance(60_000);
		await later.start(setup);
		expect(later.session?.id).not.toBe(first);
		while (later.phase !== 'results') {
			const current = later.current;
			if (!current) throw new Error('no question');
			await later.answer(rightResponse(current));
			await later.next();
		}
		const back = controllerOn(services);
		await back.load();
		expect(back.resumable).toMatchObject({ answered: 1, session: { id: first } });
	});

	test('a finished quiz enters the history with its score', async () => {
		const { quiz } = await started();
		while (quiz.phase !== 'results') {
			const question = quiz.current;
			if (!question) throw new Error('no question');
			await quiz.answer(rightResponse(question));
			await quiz.next();
		}
		expect(quiz.results?.correct).toBe(5);
		await quiz.leave();
		expect(quiz.history).toHaveLength(1);
		expect(quiz.history[0]?.results.correct).toBe(5);
	});

	test('a failed start says why, changes nothing, and succeeds when tried again', async () => {
		const services = testServices();
		const quiz = controllerOn(services);
		await quiz.load();
		services.failOpen(true);
		await quiz.start(setup);
		expect(quiz.phase).toBe('start');
		expect(services.problems.problem?.kind).toBe('failed');
		services.failOpen(false);
		await quiz.start(setup);
		expect(quiz.phase).toBe('question');
	});

	test('a full disk at an answer keeps the question on screen; the retry stores it once', async () => {
		const { quiz, services } = await started();
		const question = quiz.current;
		if (!question) throw new Error('no question');
		services.failNext('quizzes', 'recordAnswer', 'QuotaExceededError');
		await quiz.answer(rightResponse(question));
		expect(quiz.phase).toBe('question');
		expect(services.problems.problem?.kind).toBe('quota');
		await quiz.answer(rightResponse(question));
		expect(quiz.phase).toBe('feedback');
		const { quizzes } = await services.storage.writer();
		expect(await quizzes.answersOf(quiz.session?.id ?? '')).toHaveLength(1);
	});

	test('a failed finish keeps the last feedback, and the retry finishes', async () => {
		const services = testServices();
		const quiz = controllerOn(services);
		await quiz.load();
		await quiz.start({ ...setup, length: 5 });
		while (quiz.index < quiz.questions.length - 1) {
			await quiz.answer(rightResponse(quiz.current ?? ({} as never)));
			await quiz.next();
		}
		await quiz.answer(rightResponse(quiz.current ?? ({} as never)));
		services.failNext('quizzes', 'finish', 'AbortError');
		await quiz.next();
		expect(quiz.phase).toBe('feedback');
		expect(services.problems.problem?.kind).toBe('failed');
		await quiz.next();
		expect(quiz.phase).toBe('results');
	});

	test('a bug in grading is reported as a bug, never as storage, and the question stays', async () => {
		const { quiz, services } = await started();
		const question = quiz.current;
		if (!question) throw new Error('no question');
		// A response of another kind than its question cannot come from the UI: a bug.
		const mismatched =
			question.kind === 'true-false'
				? ({ kind: 'mcq', choice: 0 } as const)
				: ({ kind: 'true-false', value: true } as const);
		await quiz.answer(mismatched);
		expect(quiz.phase).toBe('question');
		expect(services.problems.problem?.kind).toBe('bug');
	});

	test('"I was right" turns a wrong typed answer into a right one, stored', async () => {
		const services = testServices();
		const quiz = new QuizController(services, settingsView, pack, () => 7);
		await quiz.load();
		await quiz.start({ length: 5, kinds: ['cloze'], topics: [] });
		const question = quiz.current;
		if (!question) throw new Error('no question');
		await quiz.answer(wrongResponse(question));
		expect(quiz.currentAnswer?.correct).toBe(false);
		await quiz.overrideCurrent();
		expect(quiz.currentAnswer).toMatchObject({ correct: true, overridden: true });
		const { quizzes } = await services.storage.writer();
		const [stored] = await quizzes.answersOf(quiz.session?.id ?? '');
		expect(stored).toMatchObject({ correct: true, overridden: true });
		// The results say who counted it right.
		expect(quiz.shownAnswers).toMatchObject([{ correct: true, overridden: true }]);
	});

	test('the same quiz in two tabs: an answer given in one is never overwritten by the other', async () => {
		const { quiz: tabA, services } = await started();
		const tabB = controllerOn({ ...services, tabId: () => 'tab-b' });
		await tabB.load();
		await tabB.resume();
		const question = tabA.current;
		if (!question) throw new Error('no question');
		expect(tabB.current?.id).toBe(question.id);
		await tabA.answer(rightResponse(question));
		// Tab B still shows the question, and answers it wrong.
		await tabB.answer(wrongResponse(question));
		expect(tabB.phase).toBe('feedback');
		expect(tabB.notice).toMatch(/another tab/);
		expect(tabB.currentAnswer?.correct).toBe(true);
		expect(tabB.lastResponse).toEqual(rightResponse(question));
		const { quizzes } = await services.storage.writer();
		const stored = await quizzes.answersOf(tabA.session?.id ?? '');
		expect(stored).toHaveLength(1);
		expect(stored[0]?.correct).toBe(true);
	});

	test('a stored quiz that does not parse is not restored, and its answers are kept', async () => {
		const { quiz, services } = await started();
		await quiz.answer(rightResponse(quiz.current ?? ({} as never)));
		const quizId = quiz.session?.id ?? '';
		const { db, quizzes } = await services.storage.writer();
		// A damaged record: one question lost its options.
		const session = await db.quizSessions.get(quizId);
		const questions = [...(session?.questions ?? [])] as Record<string, unknown>[];
		questions[1] = { ...questions[1], kind: 'mcq', options: 'broken' };
		await db.quizSessions.update(quizId, { questions });

		const reloaded = controllerOn(services);
		await reloaded.load();
		expect(reloaded.resumable).toMatchObject({ answered: 1, restorable: false });
		await reloaded.resume();
		expect(reloaded.phase).toBe('start');
		expect(reloaded.notice).toBe('This quiz could not be restored. Its answers are kept.');
		expect(await quizzes.answersOf(quizId)).toHaveLength(1);
		// It can be put away; the answers stay.
		await reloaded.discard();
		expect(reloaded.resumable).toBeNull();
		expect(await quizzes.answersOf(quizId)).toHaveLength(1);
	});
});

describe('restoring answers', () => {
	test('a damaged answer is left out of the resumed quiz and its score, and stays stored', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const { quiz, services } = await started();
		for (let i = 0; i < 2; i += 1) {
			await quiz.answer(rightResponse(quiz.current ?? ({} as never)));
			await quiz.next();
		}
		const quizId = quiz.session?.id ?? '';
		const { db, quizzes } = await services.storage.writer();
		const [first] = await quizzes.answersOf(quizId);
		await db.quizAnswers.update(first?.id ?? '', { correct: 'yes' as never });

		const reloaded = controllerOn(services);
		await reloaded.load();
		await reloaded.resume();
		// The quiz resumes where the learner was; the damaged answer counts nowhere.
		expect(reloaded.index).toBe(2);
		expect(reloaded.results?.answered).toBe(1);
		expect(await quizzes.answersOf(quizId)).toHaveLength(2);
	});
});

describe('reported questions', () => {
	test('the list in settings shows the question itself, not its generic prompt', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const services = testServices();
		const quiz = new QuizController(services, settingsView, pack, () => 7);
		await quiz.load();
		await quiz.start({ length: 5, kinds: ['cloze'], topics: [] });
		const question = quiz.current;
		if (question?.kind !== 'cloze') throw new Error('expected a cloze question');
		await quiz.answer(rightResponse(question));
		expect(await quiz.report('unclear', '')).toBe(true);

		const flags = new QuestionFlagsController(services, pack);
		await flags.load();
		const [flag] = flags.list;
		if (!flag) throw new Error('no flag');
		expect(flags.textOf(flag)).toBe(question.text);
		expect(flags.textOf(flag)).not.toBe(question.prompt);
		// A report made before the text was stored reads the question from its quiz.
		const { db } = await services.storage.writer();
		await db.questionFlags.update(flag.questionId, { prompt: 'Fill in the blank.' });
		await flags.load();
		expect(flags.textOf(flags.list[0] ?? flag)).toBe(question.text);
	});

	test('an answered reported question shows the learner’s answer beside the right one', async () => {
		const services = testServices();
		const quiz = new QuizController(services, settingsView, pack, () => 7);
		await quiz.load();
		await quiz.start({ length: 5, kinds: ['true-false'], topics: [] });
		const question = quiz.current;
		if (question?.kind !== 'true-false') throw new Error('expected a true-or-false question');
		await quiz.answer(wrongResponse(question));
		expect(await quiz.report('wrong', '')).toBe(true);

		const flags = new QuestionFlagsController(services, pack);
		await flags.load();
		const [flag] = flags.list;
		if (!flag) throw new Error('no flag');
		expect(flags.reviewOf(flag)).toEqual({
			text: `True or false: ${question.statement}`,
			given: [question.answer ? 'False' : 'True'],
			right: [question.answer ? 'True' : 'False']
		});
	});

	test('a reported question whose answer is not stored shows just the right answer', async () => {
		const services = testServices();
		const quiz = new QuizController(services, settingsView, pack, () => 7);
		await quiz.load();
		await quiz.start({ length: 5, kinds: ['mcq'], topics: [] });
		const question = quiz.current;
		if (question?.kind !== 'mcq') throw new Error('expected a multiple-choice question');
		await quiz.answer(rightResponse(question));
		expect(await quiz.report('unclear', '')).toBe(true);
		const { db } = await services.storage.writer();
		await db.quizAnswers.clear();

		const flags = new QuestionFlagsController(services, pack);
		await flags.load();
		const [flag] = flags.list;
		if (!flag) throw new Error('no flag');
		expect(flags.reviewOf(flag)).toEqual({
			text: question.prompt,
			given: null,
			right: [question.options[question.answerIndex]]
		});
	});

	test('a question reported from Learn shows its answer there too', async () => {
		const services = testServices();
		const learn = new LearnController(services, settingsView, pack);
		await learn.load();
		await learn.start();
		const question = learn.step?.question;
		if (!question) throw new Error('no step');
		await learn.answer(wrongResponse(question), 1);
		expect(await learn.report('unclear', '')).toBe(true);

		const flags = new QuestionFlagsController(services, pack);
		await flags.load();
		const [flag] = flags.list;
		if (!flag) throw new Error('no flag');
		expect(flags.reviewOf(flag)).toEqual({
			text: questionText(question),
			given: givenAnswerLines(question, wrongResponse(question)),
			right: correctAnswerLines(question)
		});
	});

	test('a report whose session is gone keeps the prompt it was saved with, and no answers', async () => {
		const services = testServices();
		const quiz = new QuizController(services, settingsView, pack, () => 7);
		await quiz.load();
		await quiz.start(setup);
		const question = quiz.current;
		if (!question) throw new Error('no question');
		await quiz.answer(wrongResponse(question));
		expect(await quiz.report('wrong', '')).toBe(true);
		const { db } = await services.storage.writer();
		await db.quizSessions.clear();

		const flags = new QuestionFlagsController(services, pack);
		await flags.load();
		const [flag] = flags.list;
		if (!flag) throw new Error('no flag');
		expect(flags.reviewOf(flag)).toEqual({ text: questionText(question), given: null, right: [] });
	});
});

describe('a reload shows what was on screen', () => {
	test('an answered question comes back with its feedback; after "Next", the next question', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const { quiz, services } = await started();
		const first = quiz.current;
		if (!first) throw new Error('no question');
		await quiz.answer(wrongResponse(first));

		const reloaded = controllerOn(services);
		await reloaded.load();
		await reloaded.resume();
		expect(reloaded.index).toBe(0);
		expect(reloaded.phase).toBe('feedback');
		expect(reloaded.lastResponse).toEqual(wrongResponse(first));

		await reloaded.next();
		const again = controllerOn(services);
		await again.load();
		await again.resume();
		expect(again.index).toBe(1);
		expect(again.phase).toBe('question');
	});
});

describe('drafts: an answer being put together survives a reload', () => {
	async function matchingQuiz() {
		const services = testServices();
		const quiz = new QuizController(services, settingsView, pack, () => 3);
		await quiz.load();
		await quiz.start({ length: 5, kinds: ['matching', 'cloze'], topics: [] });
		return { quiz, services };
	}

	test('the latest draft of each kind comes back on resume, and only on its own question', async () => {
		const { quiz, services } = await matchingQuiz();
		const first = quiz.current;
		if (!first) throw new Error('no question');
		const partly =
			first.kind === 'matching'
				? ({
						kind: 'matching',
						rights: first.pairs.map((pair, index) => (index < 2 ? pair.right : ''))
					} as const)
				: ({ kind: 'cloze', text: 'the Oxford' } as const);
		// Typed fast: the writes coalesce, and the last one stands.
		quiz.keepDraft(first.kind === 'cloze' ? { kind: 'cloze', text: 'the' } : partly);
		quiz.keepDraft(first.kind === 'cloze' ? { kind: 'cloze', text: 'the Ox' } : partly);
		quiz.keepDraft(partly);
		await quiz.draftsWritten();

		const reloaded = controllerOn(services);
		await reloaded.load();
		await reloaded.resume();
		expect(reloaded.phase).toBe('question');
		expect(reloaded.draft).toEqual(partly);

		// Answered and moved on: the next question starts empty, even after another reload.
		await reloaded.answer(wrongResponse(first));
		expect(reloaded.draft).toBeNull();
		await reloaded.next();
		const again = controllerOn(services);
		await again.load();
		await again.resume();
		expect(again.index).toBe(1);
		expect(again.draft).toBeNull();
	});

	test('a draft that does not fit its question (damaged, another kind) is not put back', async () => {
		const { quiz, services } = await matchingQuiz();
		const first = quiz.current;
		if (!first) throw new Error('no question');
		const { quizzes } = await services.storage.writer();
		const id = quiz.session?.id ?? '';
		const misfits: unknown[] = [
			{ kind: 'timeline', order: ['x'] },
			{ kind: first.kind === 'cloze' ? 'matching' : 'cloze', text: 'x', rights: ['x'] },
			{ kind: 'matching', rights: ['not an option', '', '', ''] },
			'<b>not a response</b>'
		];
		for (const response of misfits) {
			await quizzes.setDraft(id, { questionId: first.id, response });
			const reloaded = controllerOn(services);
			await reloaded.load();
			await reloaded.resume();
			expect(reloaded.phase).toBe('question');
			expect(reloaded.draft).toBeNull();
		}
	});

	test('a failed draft write is reported, and the next one goes through', async () => {
		const { quiz, services } = await matchingQuiz();
		const first = quiz.current;
		if (!first) throw new Error('no question');
		services.failNext('quizzes', 'setDraft', 'QuotaExceededError');
		quiz.keepDraft({ kind: 'cloze', text: 'lost' });
		await quiz.draftsWritten();
		expect(services.problems.problem?.kind).toBe('quota');
		quiz.keepDraft({ kind: 'cloze', text: 'kept' });
		await quiz.draftsWritten();
		const stored = await (await services.storage.writer()).quizzes.session(quiz.session?.id ?? '');
		expect(stored?.draft).toEqual({
			questionId: first.id,
			response: { kind: 'cloze', text: 'kept' }
		});
	});
});

describe('retry mistakes', () => {
	test('asks exactly the questions not fully right, each arranged anew with the key moved', async () => {
		const services = testServices();
		const quiz = new QuizController(services, settingsView, pack, () => 9);
		await quiz.load();
		await quiz.start({ length: 5, kinds: ['mcq'], topics: [] });
		const wrong: Question[] = [];
		for (let index = 0; quiz.phase !== 'results'; index += 1) {
			const question = quiz.current;
			if (!question) throw new Error('no question');
			if (index % 2 === 0) wrong.push(question);
			await quiz.answer(index % 2 === 0 ? wrongResponse(question) : rightResponse(question));
			await quiz.next();
		}
		const first = quiz.session?.id;
		await quiz.retryMistakes();
		expect(quiz.session?.retryOf).toBe(first);
		expect(quiz.questions.map((question) => question.id)).toEqual(wrong.map((q) => q.id));
		quiz.questions.forEach((question, index) => {
			const before = wrong[index];
			if (question.kind !== 'mcq' || before?.kind !== 'mcq') throw new Error('expected mcq');
			expect([...question.options].sort()).toEqual([...before.options].sort());
			expect(question.options[question.answerIndex]).toBe(before.options[before.answerIndex]);
			expect(question.answerIndex).not.toBe(before.answerIndex);
		});
	});
});

describe('a drill on chosen facts', () => {
	test('asks only about those facts, and keeps them with the quiz', async () => {
		const services = testServices();
		const quiz = controllerOn(services);
		await quiz.load();
		const facts = pack.facts.slice(0, 10).map((fact) => fact.id);
		await quiz.start({ length: 'all', kinds: [...questionKinds], topics: [], facts });
		expect(quiz.questions.length).toBeGreaterThan(0);
		for (const question of quiz.questions) {
			for (const id of question.factIds) expect(facts).toContain(id);
		}
		expect(quiz.session?.options.facts).toEqual(facts);
	});
});

describe('filters on the start screen', () => {
	test('each kind and topic says how many questions it allows, and that is what a quiz gets', async () => {
		const quiz = controllerOn(testServices());
		await quiz.load();
		// The article dates too few events, and its cues name one another's answers: no matching.
		expect(quiz.absentKinds).toEqual(['matching']);
		const counts = quiz.filterCounts({ kinds: [...questionKinds], topics: [] });
		expect(counts.kinds.matching).toBe(0);
		expect(counts.kinds.timeline).toBe(1);
		expect(Object.keys(counts.topics)).toEqual(quiz.topics);
		for (const count of Object.values(counts.topics)) expect(count).toBeGreaterThan(0);

		const topic = quiz.topics[1] ?? '';
		await quiz.start({ length: 'all', kinds: [...questionKinds], topics: [topic] });
		expect(quiz.questions).toHaveLength(counts.topics[topic] ?? -1);
		await quiz.leave();
		const narrowed = quiz.filterCounts({ kinds: ['cloze'], topics: [topic] });
		await quiz.start({ length: 'all', kinds: ['cloze'], topics: [topic] });
		expect(quiz.questions).toHaveLength(narrowed.kinds.cloze);
		expect(quiz.questions.every((question) => question.kind === 'cloze')).toBe(true);
	});
});

describe('near misses', () => {
	test('a typed answer accepted despite a slip is stored as such, for the "spelling is" note', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const services = testServices();
		const quiz = new QuizController(services, settingsView, pack, () => 5);
		await quiz.load();
		await quiz.start({ length: 'all', kinds: ['cloze'], topics: [] });
		let slipped = false;
		while (!slipped && quiz.phase !== 'results') {
			const question = quiz.current;
			if (question?.kind !== 'cloze') throw new Error('expected a cloze question');
			const key = question.accepted[0] ?? '';
			const word = key.split(' ').find((part) => part.length >= 7);
			if (word) {
				const cut = Math.floor(word.length / 2);
				await quiz.answer({
					kind: 'cloze',
					text: key.replace(word, word.slice(0, cut) + word.slice(cut + 1))
				});
				slipped = quiz.currentAnswer?.correct === true;
				if (slipped) expect(quiz.currentAnswer?.typo).toBe(true);
			} else {
				await quiz.answer(rightResponse(question));
				expect(quiz.currentAnswer?.typo).toBeUndefined();
			}
			await quiz.next();
		}
		expect(slipped).toBe(true);
	});
});
