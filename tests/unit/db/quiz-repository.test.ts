import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { StudyDatabase } from '$lib/db/database';
import { QuizRepository } from '$lib/db/quiz-repository';
import { AnswerTakenError } from '$lib/db/write-conflicts';
import type { QuizAnswerRecord, QuizSessionRecord } from '$lib/db/records';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { freshDatabaseName } from './helpers';

const scheduler = createScheduler();

let db: StudyDatabase;
let quizzes: QuizRepository;

beforeEach(() => {
	db = new StudyDatabase(freshDatabaseName());
	quizzes = new QuizRepository(db);
});

afterEach(() => db.close());

function session(overrides: Partial<QuizSessionRecord> = {}): QuizSessionRecord {
	return {
		id: 'quiz-1',
		packId: 'pack',
		packVersion: 1,
		seed: 7,
		options: { length: 10, kinds: ['mcq'], topics: [] },
		questions: [{ id: 'q0' }, { id: 'q1' }],
		startedAt: 1000,
		finishedAt: null,
		abandoned: false,
		retryOf: null,
		...overrides
	};
}

function answer(index: number, overrides: Partial<QuizAnswerRecord> = {}): QuizAnswerRecord {
	return {
		id: `quiz-1:${index}`,
		quizId: 'quiz-1',
		questionIndex: index,
		questionId: `q${index}`,
		packId: 'pack',
		packVersion: 1,
		factIds: ['fact-a'],
		kind: 'mcq',
		given: { kind: 'mcq', choice: 1 },
		correct: true,
		score: 1,
		perFact: [{ factId: 'fact-a', correct: true }],
		overridden: false,
		responseMs: 1500,
		answeredAt: 2000 + index,
		studyDay: '2026-11-27',
		...overrides
	};
}

describe('QuizRepository', () => {
	test('an unfinished quiz is found for resumption with the answers given so far, in order', async () => {
		await quizzes.start(session());
		await quizzes.recordAnswer(answer(1), scheduler);
		await quizzes.recordAnswer(answer(0), scheduler);
		expect((await quizzes.unfinished('pack'))?.id).toBe('quiz-1');
		expect((await quizzes.answersOf('quiz-1')).map((a) => a.questionIndex)).toEqual([0, 1]);
	});

	test('an answer replaces the one it was read as, and never one stored since by another tab', async () => {
		await quizzes.start(session());
		const first = answer(0, { correct: false });
		await quizzes.recordAnswer(first, scheduler);
		// "I was right" here: replaces the answer as this tab read it.
		const override = { ...first, correct: true, overridden: true };
		await quizzes.recordAnswer(override, scheduler, first);
		expect(await quizzes.answersOf('quiz-1')).toEqual([override]);
		// Another tab, which read no answer (or the old one), cannot overwrite it.
		const error = await quizzes
			.recordAnswer(answer(0, { correct: false, answeredAt: 9_999 }), scheduler)
			.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(AnswerTakenError);
		expect((error as AnswerTakenError).stored).toEqual(override);
		await expect(quizzes.recordAnswer(first, scheduler, first)).rejects.toThrow(AnswerTakenError);
		expect(await quizzes.answersOf('quiz-1')).toEqual([override]);
		expect(await db.reviewLogs.where('quizAnswerId').equals(first.id).count()).toBe(
			first.perFact.length
		);
	});

	test('an answer for a quiz that does not exist is refused and nothing is written', async () => {
		await expect(quizzes.recordAnswer(answer(0, { quizId: 'ghost' }), scheduler)).rejects.toThrow(
			/No quiz ghost/
		);
		expect(await db.quizAnswers.count()).toBe(0);
	});

	test('a finished quiz is history, not resumable; a discarded one is neither but keeps its answers', async () => {
		await quizzes.start(session());
		await quizzes.start(session({ id: 'quiz-2', startedAt: 5000 }));
		await quizzes.recordAnswer(answer(0, { id: 'quiz-2:0', quizId: 'quiz-2' }), scheduler);
		await quizzes.finish('quiz-1', 3000);
		await quizzes.finish('quiz-2', 6000, true);
		expect(await quizzes.unfinished('pack')).toBeUndefined();
		expect((await quizzes.history()).map((entry) => entry.session.id)).toEqual(['quiz-1']);
		expect(await quizzes.answersOf('quiz-2')).toHaveLength(1);
	});

	test('history comes a page at a time, newest first, with the number of finished quizzes in all', async () => {
		for (let index = 0; index < 5; index += 1) {
			await quizzes.start(
				session({ id: `done-${index}`, startedAt: 100 + index, finishedAt: 200 })
			);
		}
		await quizzes.start(session({ id: 'open', startedAt: 1_000 }));
		await quizzes.start(session({ id: 'dropped', startedAt: 999, finishedAt: 1, abandoned: true }));
		await quizzes.recordAnswer(answer(0, { id: 'done-1:0', quizId: 'done-1' }), scheduler);
		const first = await quizzes.historyPage(2);
		expect(first.total).toBe(5);
		expect(first.entries.map((entry) => entry.session.id)).toEqual(['done-4', 'done-3']);
		const second = await quizzes.historyPage(2, 2);
		expect(second.entries.map((entry) => entry.session.id)).toEqual(['done-2', 'done-1']);
		expect(second.entries[1]?.answers.map((stored) => stored.id)).toEqual(['done-1:0']);
		expect((await quizzes.historyPage(2, 4)).entries.map((entry) => entry.session.id)).toEqual([
			'done-0'
		]);
		expect((await quizzes.historyPage(2, 6)).entries).toEqual([]);
	});

	test('a stored quiz carries the status its fields give: open, then finished or discarded', async () => {
		await quizzes.start(session({ id: 'kept', startedAt: 1 }));
		await quizzes.start(session({ id: 'dropped', startedAt: 2 }));
		const statuses = async () =>
			(await db.quizSessions.orderBy('startedAt').toArray()).map((stored) => stored.status);
		expect(await statuses()).toEqual(['open', 'open']);
		await quizzes.finish('kept', 3);
		await quizzes.finish('dropped', 4, true);
		expect(await statuses()).toEqual(['finished', 'discarded']);
	});

	test('the newest unfinished quiz is the one offered', async () => {
		await quizzes.start(session({ id: 'old', startedAt: 1 }));
		await quizzes.start(session({ id: 'new', startedAt: 2 }));
		expect((await quizzes.unfinished('pack'))?.id).toBe('new');
		// Another pack's quiz under way is that pack's to offer.
		await quizzes.start(session({ id: 'elsewhere', startedAt: 3, packId: 'other-pack' }));
		expect((await quizzes.unfinished('pack'))?.id).toBe('new');
		expect((await quizzes.unfinished('other-pack'))?.id).toBe('elsewhere');
	});

	test('a reported question is suspended until unsuspended; the report is kept', async () => {
		await quizzes.flag({
			questionId: 'mcq:fact-a:0',
			packId: 'pack',
			packVersion: 1,
			factIds: ['fact-a'],
			prompt: 'Which country?',
			quizId: 'quiz-1',
			reason: 'wrong',
			note: 'Two options are right',
			flaggedAt: 10,
			suspended: true
		});
		expect(await quizzes.suspendedQuestionIds()).toEqual(['mcq:fact-a:0']);
		await quizzes.setSuspended('mcq:fact-a:0', false);
		expect(await quizzes.suspendedQuestionIds()).toEqual([]);
		expect((await quizzes.flags())[0]).toMatchObject({
			note: 'Two options are right',
			suspended: false
		});
	});
});
