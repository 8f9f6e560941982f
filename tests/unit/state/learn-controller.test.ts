import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { generateAll } from '$lib/domain/questions/all';
import { roundSize } from '$lib/domain/learn/plan';
import { LearnController } from '$lib/state/learn-controller.svelte';
import { noon, rightResponse, settingsView, testServices, wrongResponse } from './test-services';

const pack = loadBuiltinPack();
/** Facts the bank can ask by options or a statement: the others start at recall. */
const recognisable = new Set(
	generateAll(pack, { kinds: ['mcq', 'true-false'] }).flatMap((question) => question.factIds)
);
const day = 24 * 60 * 60 * 1000;
const fewNew = { values: { ...settingsView.values, newCardsPerDay: 8 } };

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

function learnOn(services: ReturnType<typeof testServices>, settings = fewNew) {
	return new LearnController(services, settings, pack);
}

/** A session started with `newCardsPerDay` new facts a day. */
async function startedSession(newCardsPerDay: number) {
	const services = testServices();
	const learn = learnOn(services, { values: { ...settingsView.values, newCardsPerDay } });
	await learn.load();
	await learn.start();
	return { services, learn };
}

/** Past a round's summary or an answer's feedback, to the next question if there is one. */
async function moveOn(learn: LearnController) {
	if (learn.phase === 'round') await learn.continueAfterRound();
	else if (learn.phase === 'feedback') await learn.next();
}

async function answerCurrent(learn: LearnController, right: boolean, certainty: 1 | 2 | 3) {
	const step = learn.step;
	if (!step) throw new Error('no step');
	await learn.answer(
		right ? rightResponse(step.question) : wrongResponse(step.question),
		certainty
	);
}

describe('LearnController', () => {
	test('a first visit previews the day’s new facts and stores nothing', async () => {
		const services = testServices();
		const learn = learnOn(services);
		await learn.load();
		expect(learn.phase).toBe('start');
		expect(learn.preview).toEqual({ due: 0, new: 8 });
		expect(await services.databaseExists()).toBe(false);
	});

	test('each question is stored before it shows, each answer (with certainty and marks) before its feedback', async () => {
		const services = testServices();
		const learn = learnOn(services);
		await learn.load();
		await learn.start();
		expect(learn.phase).toBe('question');
		const step = learn.step;
		expect(step?.rung).toBe(recognisable.has(step?.factId ?? '') ? 'recognition' : 'recall');
		const { learn: repository } = await services.storage.writer();
		const stored = await repository.session((await repository.unfinished(pack.meta.id))?.id ?? '');
		expect(stored?.steps).toHaveLength(1);
		expect(stored?.queue).toHaveLength(7);

		services.clock.advance(3_000);
		await answerCurrent(learn, true, 3);
		expect(learn.phase).toBe('feedback');
		const answers = await repository.answersOf(stored?.id ?? '');
		expect(answers[0]).toMatchObject({ correct: true, certainty: 3, marks: 3, responseMs: 3_000 });
		const { memories } = await services.storage.writer();
		const memory = await memories.get(`${pack.meta.id}:${step?.factId}`);
		expect(memory?.memory.reps).toBe(1);
		expect(learn.score).toMatchObject({ marks: 3, answered: 1, right: 1 });
	});

	test('a wrong answer comes back later in the session, and a confident one costs 6 marks', async () => {
		const services = testServices();
		const learn = learnOn(services);
		await learn.load();
		await learn.start();
		const missed = learn.step?.factId;
		await answerCurrent(learn, false, 3);
		expect(learn.score.marks).toBe(-6);
		const asked: string[] = [];
		for (let i = 0; i < 4; i += 1) {
			await learn.next();
			asked.push(learn.step?.factId ?? '');
			await answerCurrent(learn, true, 2);
		}
		expect(asked.slice(0, 3)).not.toContain(missed);
		expect(asked[3]).toBe(missed);
	});

	test('a round of 7 ends with a summary; a reload mid-round resumes the same step, then the summary', async () => {
		const services = testServices();
		const learn = learnOn(services);
		await learn.load();
		await learn.start();
		for (let i = 0; i < roundSize; i += 1) {
			if (i > 0) await learn.next();
			if (i === 3) {
				// A reload: a new controller over the same storage shows the same question.
				const shown = learn.step?.question.id;
				const reloaded = learnOn(services);
				await reloaded.load();
				expect(reloaded.phase).toBe('question');
				expect(reloaded.step?.question.id).toBe(shown);
				expect(reloaded.answers).toHaveLength(3);
			}
			await answerCurrent(learn, true, 2);
		}
		// The 7th answer's feedback still belongs to round 1; "Next" opens its summary.
		expect(learn.round).toBe(1);
		expect(learn.endsRound).toBe(true);
		await learn.next();
		expect(learn.phase).toBe('round');
		expect(learn.round).toBe(1);
		expect(learn.missed).toEqual([]);
		expect(learn.summary).toMatchObject({ right: 7, wrong: 0, marks: 14 });

		const reloaded = learnOn(services);
		await reloaded.load();
		expect(reloaded.phase).toBe('round');
		await reloaded.continueAfterRound();
		expect(reloaded.phase).toBe('question');
		expect(reloaded.round).toBe(2);
	});

	test('across days a fact climbs from recognition to recall, and a wrong answer brings it down', async () => {
		const services = testServices({ now: noon });
		// Only facts that have a recognition rung are in study, so the first one starts there.
		const { factFlags } = await services.storage.writer();
		for (const fact of pack.facts.filter((each) => !recognisable.has(each.id))) {
			await factFlags.flag({
				id: `${pack.meta.id}:${fact.id}`,
				packId: pack.meta.id,
				factId: fact.id,
				packVersion: pack.meta.version,
				reason: 'suspended',
				note: '',
				lapses: 0,
				flaggedAt: noon,
				suspended: true
			});
		}
		const settings = { values: { ...settingsView.values, newCardsPerDay: 1 } };
		const learn = learnOn(services, settings);
		await learn.load();
		await learn.start();
		const factId = learn.step?.factId;
		expect(learn.step?.rung).toBe('recognition');
		await answerCurrent(learn, true, 2);
		while (learn.phase !== 'done') {
			await learn.next();
			if (learn.phase === 'question') await answerCurrent(learn, true, 2);
		}

		const rungs: string[] = [];
		for (let d = 1; d <= 6 && !rungs.includes('recall'); d += 1) {
			services.clock.set(noon + d * day);
			const next = learnOn(services, settings);
			await next.load();
			if (next.phase !== 'start') continue;
			await next.start();
			// Read through a function: each await changes the phase behind TypeScript's back.
			const phase = () => next.phase;
			while (phase() === 'question' || phase() === 'feedback' || phase() === 'round') {
				if (phase() === 'question') {
					const step = next.step;
					if (step && step.factId === factId) rungs.push(step.rung);
					await answerCurrent(next, true, 2);
				}
				if (phase() === 'round') await next.continueAfterRound();
				else await next.next();
			}
		}
		expect(rungs).toContain('recall');

		// Wrong at recall: down to recognition.
		services.clock.set(noon + 40 * day);
		const later = learnOn(services, settings);
		await later.load();
		await later.start();
		while (later.step?.factId !== factId && later.phase !== 'done') {
			if (later.phase === 'question') await answerCurrent(later, true, 2);
			await later.next();
		}
		expect(later.step?.rung).toBe('recall');
		await answerCurrent(later, false, 1);
		expect(later.step?.next).toBe('recognition');
	});

	test('the next day, an unfinished session is closed and a new one planned', async () => {
		const services = testServices();
		const learn = learnOn(services);
		await learn.load();
		await learn.start();
		await answerCurrent(learn, true, 2);
		const { learn: repository } = await services.storage.writer();
		const first = await repository.unfinished(pack.meta.id);

		services.clock.advance(day);
		const nextDay = learnOn(services);
		await nextDay.load();
		expect(nextDay.phase).toBe('start');
		expect((await repository.session(first?.id ?? ''))?.finishedAt).toBe(noon + day);
	});

	test('a clock moved back a day resumes the session under way at its step, and it goes on', async () => {
		const services = testServices();
		const learn = learnOn(services);
		await learn.load();
		await learn.start();
		await answerCurrent(learn, true, 2);
		const shown = learn.step?.question.id;

		services.clock.advance(-day);
		const reloaded = learnOn(services);
		await reloaded.load();
		expect(reloaded.phase).toBe('feedback');
		expect(reloaded.step?.question.id).toBe(shown);
		expect(reloaded.answers).toHaveLength(1);
		const { learn: repository } = await services.storage.writer();
		expect((await repository.unfinished(pack.meta.id))?.finishedAt).toBeNull();
		await reloaded.next();
		await answerCurrent(reloaded, true, 2);
		expect(reloaded.answers.map((answer) => answer.studyDay)).toEqual(['2026-11-28', '2026-11-27']);
	});

	test('a storage failure on an answer says so, keeps the question, and the retry succeeds', async () => {
		const services = testServices();
		const learn = learnOn(services);
		await learn.load();
		await learn.start();
		services.failNext('learn', 'recordAnswer', 'QuotaExceededError');
		await answerCurrent(learn, true, 2);
		expect(services.problems.problem?.kind).toBe('quota');
		expect(learn.phase).toBe('question');
		await answerCurrent(learn, true, 2);
		expect(learn.phase).toBe('feedback');
		expect(learn.answers).toHaveLength(1);
	});

	test('an answer given in another tab first is kept, not overwritten', async () => {
		const services = testServices();
		const tabA = learnOn(services);
		await tabA.load();
		await tabA.start();
		const tabB = learnOn(services);
		await tabB.load();
		expect(tabB.step?.question.id).toBe(tabA.step?.question.id);
		await answerCurrent(tabB, false, 1);
		await answerCurrent(tabA, true, 3);
		expect(tabA.notice).toMatch(/answered in another tab/);
		expect(tabA.answers).toHaveLength(1);
		expect(tabA.answers[0]).toMatchObject({ correct: false, certainty: 1 });
	});

	test('a reported question is stored as suspended and never asked again in the session', async () => {
		const services = testServices();
		const learn = learnOn(services);
		await learn.load();
		await learn.start();
		const reported = learn.step?.question.id ?? '';
		await answerCurrent(learn, false, 1);
		expect(await learn.report('unclear', 'two answers fit')).toBe(true);
		const { quizzes } = await services.storage.writer();
		expect(await quizzes.suspendedQuestionIds()).toEqual([reported]);
		const asked: string[] = [];
		while (learn.phase !== 'done') {
			if (learn.phase === 'round') await learn.continueAfterRound();
			else await learn.next();
			if (learn.phase === 'question') {
				asked.push(learn.step?.question.id ?? '');
				await answerCurrent(learn, true, 2);
			}
		}
		expect(asked).not.toContain(reported);
	});

	test('a typed answer accepted despite a slip is stored as such, so the feedback can give the spelling', async () => {
		const { services, learn } = await startedSession(48);
		let slipped = false;
		while (!slipped && learn.phase !== 'done') {
			await moveOn(learn);
			const question = learn.step?.question;
			if (learn.phase !== 'question' || !question) continue;
			const key = question.kind === 'cloze' && !question.date ? (question.accepted[0] ?? '') : '';
			const word = key.split(' ').find((part) => part.length >= 7);
			if (!word) {
				await answerCurrent(learn, true, 2);
				continue;
			}
			const cut = Math.floor(word.length / 2);
			const text = key.replace(word, word.slice(0, cut) + word.slice(cut + 1));
			await learn.answer({ kind: 'cloze', text }, 2);
			expect(learn.step?.answer).toMatchObject({ correct: true, typo: true });
			const { learn: repository } = await services.storage.writer();
			const stored = await repository.answersOf(learn.step?.answer?.sessionId ?? '');
			expect(stored.at(-1)).toMatchObject({ given: { text }, correct: true, typo: true });
			slipped = true;
		}
		expect(slipped).toBe(true);
		// A right answer as written carries no slip.
		expect(learn.answers.filter((answer) => !answer.typo).every((answer) => answer.correct)).toBe(
			true
		);
	});

	test('a finished session names the facts that come back before the day ends', async () => {
		const { services, learn } = await startedSession(2);
		let missed = false;
		while (learn.phase !== 'done') {
			if (learn.phase === 'round' || learn.phase === 'feedback') await moveOn(learn);
			else {
				await answerCurrent(learn, missed, 2);
				missed = true;
			}
		}
		// New facts just learnt are in FSRS's learning steps: due again within minutes.
		const { memories } = await services.storage.writer();
		const dues = (await memories.forPack(pack.meta.id)).map((record) => record.memory.due);
		expect(dues).toHaveLength(2);
		expect(Math.min(...dues)).toBeGreaterThan(services.clock.now());
		expect(learn.laterToday).toEqual({ count: 2, first: Math.min(...dues) });
	});
});
