// A learner's few days with the app, as the build of one schema version would have stored them.
// The app's own repositories write the records (in fake-indexeddb, at the current schema), so
// memories, review logs and leech flags come out as the app computes them; what each version
// could not yet write is never written (see `features`), and only the tables that version had
// are kept. Quizzes are asked by that version's own question generator, on its own pack.
import { createHash } from 'node:crypto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import * as v from 'valibot';
import { StudyDatabase } from '../../../src/lib/db/database';
import { FactFlagRepository } from '../../../src/lib/db/fact-flag-repository';
import { quizAnswerId } from '../../../src/lib/db/quiz-answer-id';
import { LearnRepository } from '../../../src/lib/db/learn-repository';
import { MemoryRepository } from '../../../src/lib/db/memory-repository';
import { QuizRepository } from '../../../src/lib/db/quiz-repository';
import { withoutStatus } from '../../../src/lib/db/quiz-status';
import type {
	LearnAnswerRecord,
	LearnSessionRecord,
	QuizAnswerRecord,
	QuizSessionRecord
} from '../../../src/lib/db/records';
import { schemaHistory } from '../../../src/lib/db/schema';
import { overrideGrade, type Grade } from '../../../src/lib/domain/grading/grade';
import { gradeResponse, type QuestionResponse } from '../../../src/lib/domain/grading/response';
import {
	certaintyMarks,
	learnRating,
	type Certainty
} from '../../../src/lib/domain/learn/certainty';
import { requeue } from '../../../src/lib/domain/learn/plan';
import { learnQuestion } from '../../../src/lib/domain/learn/question-for';
import { questionKinds } from '../../../src/lib/domain/questions/kinds';
import { Question } from '../../../src/lib/domain/questions/question';
import { questionText } from '../../../src/lib/domain/quiz/answer-display';
import { createScheduler } from '../../../src/lib/domain/scheduling/fsrs-adapter';
import type { Rating } from '../../../src/lib/domain/scheduling/memory';
import { memoryId } from '../../../src/lib/domain/scheduling/memory-id';
import { parseSchedulerSettings } from '../../../src/lib/domain/scheduling/settings';
import { studyDay } from '../../../src/lib/domain/time/study-day';
import { readBuiltinPack } from '../read-pack';
import { commitTime, eraQuiz, packAt, type Era } from './eras';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** What the build of each schema version could store, by the version it arrived with. */
export function features(version: number) {
	return {
		/** Settings carry `updatedAt` (v2). */
		settingTimes: version >= 2,
		/** Quizzes, their answers and question reports (v3); settings beyond the theme came with them. */
		quizzes: version >= 3,
		/** Flashcards: memories and review logs (v4). */
		flashcards: version >= 4,
		/** Flashcard ratings carry the tab that made them (added while v5 was current). */
		tabIds: version >= 5,
		/**
		 * Answers keyed by question id (v6); quizzes keep their position and draft, and typed
		 * answers their `typo` (added while v6 was current); reports store the question text.
		 */
		answersByQuestion: version >= 6,
		/** Facts suspended, reported or made leeches (v7). */
		factFlags: version >= 7,
		/** Flashcard ratings carry `durationMs` (v8); "Drill my weakest" quizzes (while v8 was current). */
		durations: version >= 8,
		/** Learn sessions and answers, rated with source 'learn' (v9). */
		learn: version >= 9,
		/** Quizzes carry their indexed `status` (v11). */
		quizStatus: version >= 11
	};
}

/** The tables that exist at `version`, from the schema's history. */
export function tablesAt(version: number): string[] {
	const tables = new Set<string>();
	for (const step of schemaHistory) {
		if (step.version > version) break;
		for (const [name, declaration] of Object.entries(step.stores)) {
			if (declaration === null) tables.delete(name);
			else tables.add(name);
		}
	}
	return [...tables].sort();
}

/** A UUID made from `text`, so the fixture is the same on every run. */
function uuid(text: string): string {
	const hex = createHash('sha256').update(text).digest('hex');
	const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A response of the question's kind, right or wrong on purpose. */
function respond(question: Question, right: boolean): QuestionResponse {
	switch (question.kind) {
		case 'mcq':
			return {
				kind: 'mcq',
				choice: right ? question.answerIndex : (question.answerIndex + 1) % question.options.length
			};
		case 'true-false':
			return { kind: 'true-false', value: right ? question.answer : !question.answer };
		case 'cloze': {
			// A wrong answer that is half the right one: what "I was right" is for.
			const words = (question.accepted[0] ?? '').split(' ');
			const half = words.length > 1 ? words.slice(0, -1).join(' ') : 'no idea';
			return { kind: 'cloze', text: right ? (question.accepted[0] ?? '') : half };
		}
		case 'numeric':
			return { kind: 'numeric', text: right ? (question.accepted[0] ?? '') : '1234' };
		case 'matching': {
			const rights = question.pairs.map((pair) => pair.right);
			return {
				kind: 'matching',
				rights: right ? rights : [...rights.slice(1), ...rights.slice(0, 1)]
			};
		}
		case 'timeline': {
			const [first, second, ...rest] = question.correctOrder;
			return {
				kind: 'timeline',
				order: right || !first || !second ? question.correctOrder : [second, first, ...rest]
			};
		}
	}
}

/** The right answer of a typed question with one slip (two letters swapped), if it has a long word. */
function withSlip(question: Question): QuestionResponse | null {
	if (question.kind !== 'cloze') return null;
	const text = question.accepted[0] ?? '';
	const word = text.split(' ').find((candidate) => /^[a-z]{7,}$/i.test(candidate));
	if (!word) return null;
	const slipped = word.slice(0, 2) + (word[3] ?? '') + (word[2] ?? '') + word.slice(4);
	return { kind: 'cloze', text: text.replace(word, slipped) };
}

const isTyped = (question: Question) => question.kind === 'cloze' || question.kind === 'numeric';

/** How long each answer took, ms, in turn: some quick, some slow enough to rate `hard`. */
const responseTimes = [7_400, 12_900, 5_100, 31_000, 9_800, 16_300, 4_200, 22_500];

export interface LearnerRecords {
	/** Rows of every table the version has, as the app stored them. */
	tables: Record<string, unknown[]>;
	/** When the last of it was written (epoch ms): the day of the era's commit. */
	until: number;
}

/** The records of a learner who used the build of `era` for a few days before its commit. */
export async function learnerAt(era: Era): Promise<LearnerRecords> {
	const { version } = era;
	const has = features(version);
	// Four days of study ending the day before the commit's (UTC): every record is older
	// than the build that wrote it, and than any clock that opens the fixture.
	const until = commitTime(era.commit);
	const dayOne = Math.floor(until / day) * day - 4 * day;
	const at = (dayIndex: number, hours: number, minutes = 0) =>
		dayOne + dayIndex * day + hours * hour + minutes * minute;

	const db = new StudyDatabase(`fixture-v${version}-${uuid(String(Math.random()))}`, {
		indexedDB,
		IDBKeyRange
	});
	await db.open();
	const quizzes = new QuizRepository(db);
	const memories = new MemoryRepository(db);
	const factFlags = new FactFlagRepository(db);
	const learn = new LearnRepository(db);

	// Settings: the theme, and from v3 the quiz and scheduling choices.
	const settings: [string, unknown][] = [['theme', 'dark']];
	const quizKinds = ['mcq', 'true-false', 'cloze', 'numeric', 'timeline'];
	const learningSteps = ['2m', '15m'];
	const desiredRetention = 0.85;
	if (has.quizzes) {
		settings.push(
			['quizLength', 5],
			['quizKinds', quizKinds],
			['quizTopics', []],
			['desiredRetention', desiredRetention],
			['learningSteps', learningSteps],
			['newCardsPerDay', 15]
		);
	}
	for (const [index, [key, value]] of settings.entries()) {
		await db
			.table('settings')
			.put({ key, value, ...(has.settingTimes ? { updatedAt: at(0, 8, index) } : {}) });
	}
	if (!has.quizzes) return await finish();

	// The pack for grading and Learn (today's), and the pack of the era for its flashcards.
	const pack = readBuiltinPack();
	const eraPack = packAt(era.commit);
	const packId = eraPack.meta.id;
	const packVersion = eraPack.meta.version;

	const scheduler = createScheduler(parseSchedulerSettings({ desiredRetention, learningSteps }));
	const tabs = [uuid(`v${version}:tab:1`), uuid(`v${version}:tab:2`)];
	let timeIndex = 0;
	const nextResponseMs = () => responseTimes[timeIndex++ % responseTimes.length] ?? 10_000;

	/** Starts a quiz of `raw` questions (stored as generated) and answers the first `answered`. */
	async function quiz(
		name: string,
		raw: unknown[],
		startedAt: number,
		plan: {
			right: boolean[];
			answered?: number;
			retryOf?: string | null;
			/** What the learner asked for (a retry asks for its quiz's options again). */
			options?: QuizSessionRecord['options'];
		}
	): Promise<{ session: QuizSessionRecord; questions: Question[]; answers: QuizAnswerRecord[] }> {
		const questions = raw.map((question) => v.parse(Question, question));
		const first = questions[0];
		if (!first) throw new Error(`quiz ${name}: no questions`);
		const session: QuizSessionRecord = {
			id: uuid(`v${version}:quiz:${name}`),
			packId: first.packId,
			packVersion: first.packVersion,
			seed: parseInt(uuid(`v${version}:seed:${name}`).slice(0, 8), 16),
			options: plan.options ?? { length: 5, kinds: quizKinds, topics: [] },
			questions: raw,
			startedAt,
			finishedAt: null,
			abandoned: false,
			retryOf: plan.retryOf ?? null,
			...(has.answersByQuestion ? { position: 0 } : {})
		};
		await quizzes.start(session);
		const answers: QuizAnswerRecord[] = [];
		let now = startedAt;
		const answered = plan.answered ?? questions.length;
		for (const [index, question] of questions.slice(0, answered).entries()) {
			const right = plan.right[index % plan.right.length] ?? true;
			const responseMs = nextResponseMs();
			now += responseMs;
			let response = respond(question, right);
			let grade: Grade = gradeResponse(question, response, pack);
			const slipped =
				has.answersByQuestion && right && !answers.some((a) => a.typo) ? withSlip(question) : null;
			if (slipped) {
				const slipGrade = gradeResponse(question, slipped, pack);
				if (slipGrade.correct && slipGrade.typo) [response, grade] = [slipped, slipGrade];
			}
			const answer: QuizAnswerRecord = {
				id: has.answersByQuestion
					? quizAnswerId(session.id, question.id)
					: `${session.id}:${index}`,
				quizId: session.id,
				questionIndex: index,
				questionId: question.id,
				packId: question.packId,
				packVersion: question.packVersion,
				factIds: question.factIds,
				kind: question.kind,
				given: response,
				correct: grade.correct,
				score: grade.score,
				perFact: grade.perFact,
				overridden: grade.overridden,
				...(has.answersByQuestion && grade.typo ? { typo: true } : {}),
				responseMs,
				answeredAt: now,
				studyDay: studyDay(now)
			};
			await quizzes.recordAnswer(answer, scheduler);
			let stored = answer;
			// "I was right" on the first typed answer graded wrong.
			if (!grade.correct && isTyped(question) && !answers.some((a) => a.overridden)) {
				now += 3_000;
				stored = { ...answer, ...overrideGrade(grade) };
				delete stored.typo;
				await quizzes.recordAnswer(stored, scheduler, answer);
			}
			answers.push(stored);
			now += 4_000;
			if (has.answersByQuestion && index + 1 < questions.length) {
				await quizzes.setPosition(session.id, index + 1);
			}
		}
		if (answered === questions.length) {
			await quizzes.finish(session.id, now + 2_000);
		}
		return { session, questions, answers };
	}

	async function report(
		question: Question,
		sessionId: string,
		reason: 'wrong' | 'unclear',
		note: string,
		flaggedAt: number
	) {
		await quizzes.flag({
			questionId: question.id,
			packId: question.packId,
			packVersion: question.packVersion,
			factIds: question.factIds,
			prompt: has.answersByQuestion ? questionText(question) : question.prompt,
			quizId: sessionId,
			reason,
			note,
			flaggedAt,
			suspended: true
		});
	}

	async function rateCard(factId: string, rating: Rating, now: number, tab = 0) {
		return await memories.rate(
			{
				packId,
				packVersion,
				factId,
				rating,
				now,
				source: 'flashcard',
				quizAnswerId: null,
				...(has.tabIds ? { tabId: tabs[tab] } : {}),
				...(has.durations ? { durationMs: 3_000 + ((now / 1000) % 9) * 1_000 } : {})
			},
			scheduler
		);
	}

	/**
	 * A Learn session on `queue`, asked as the Learn controller asks (each step stored before
	 * it is answered, a wrong answer's fact put back in the queue): `answered` answers, then
	 * one more question on screen.
	 */
	async function learnSession(
		name: string,
		queue: string[],
		startedAt: number,
		plan: { answered: number; finishedAt: number | null }
	): Promise<LearnSessionRecord> {
		let session: LearnSessionRecord = {
			id: uuid(`v${version}:learn:${name}`),
			packId: pack.meta.id,
			packVersion: pack.meta.version,
			seed: parseInt(uuid(`v${version}:learn-seed:${name}`).slice(0, 8), 16),
			studyDay: studyDay(startedAt),
			startedAt,
			finishedAt: null,
			queue,
			steps: [],
			roundsSeen: 0
		};
		await learn.start(session);
		const certainties: Certainty[] = [3, 2, 1, 3, 2, 3, 1, 2, 3];
		const rightness = [true, true, false, true, true, false, true, true, true];
		const known = new Set((await memories.forPack(pack.meta.id)).map((memory) => memory.factId));
		let now = startedAt;
		const answers: LearnAnswerRecord[] = [];
		for (let index = 0; index <= plan.answered && session.queue.length > 0; index += 1) {
			const factId = session.queue[0] ?? '';
			const asked = learnQuestion(pack, factId, 'recognition', {
				seed: session.seed + index,
				known
			});
			if (!asked) throw new Error(`Learn: no question on ${factId}`);
			session = await learn.ask(session.id, index, {
				factId,
				rung: asked.rung,
				question: asked.question
			});
			if (index === plan.answered) break; // asked, on screen, not answered yet
			const right = rightness[index % rightness.length] ?? true;
			const certainty = certainties[index % certainties.length] ?? 2;
			const responseMs = nextResponseMs();
			now += responseMs;
			const grade = gradeResponse(asked.question, respond(asked.question, right), pack);
			const answer: LearnAnswerRecord = {
				id: `${session.id}:${index}`,
				sessionId: session.id,
				step: index,
				questionId: asked.question.id,
				packId: pack.meta.id,
				packVersion: pack.meta.version,
				factId,
				factIds: [...asked.question.factIds],
				kind: asked.question.kind,
				rung: asked.rung,
				given: respond(asked.question, right),
				correct: grade.correct,
				score: grade.score,
				perFact: grade.perFact,
				certainty,
				marks: certaintyMarks(grade.correct, certainty),
				responseMs,
				answeredAt: now,
				studyDay: studyDay(now)
			};
			const retries = answers.filter(
				(earlier) => earlier.factId === factId && !earlier.correct
			).length;
			const nextQueue =
				!grade.correct && retries < 2 ? requeue([factId, ...session.queue], factId) : session.queue;
			await learn.recordAnswer(
				answer,
				grade.perFact.map((result) => ({
					factId: result.factId,
					rating: learnRating({ correct: result.correct, certainty, responseMs, rung: asked.rung })
				})),
				nextQueue,
				scheduler
			);
			answers.push(answer);
			session = { ...session, queue: nextQueue };
			known.add(factId);
			now += 5_000;
			if (answers.length === 7) await learn.seeRound(session.id, 1);
		}
		if (plan.finishedAt !== null) await learn.finish(session.id, plan.finishedAt);
		return (await learn.session(session.id)) ?? session;
	}

	// Day 1: a quiz (from the first pack the version saw), a report, and the first flashcards.
	const quizA = await quiz('A', eraQuiz(era.firstQuizCommit ?? era.commit, 101, 5), at(0, 9), {
		right: [true, false, true, false, true]
	});
	const [reported, unclear] = [quizA.questions[1], quizA.questions[3]];
	if (reported)
		await report(reported, quizA.session.id, 'wrong', 'The date looks off.', at(0, 9, 5));
	if (unclear) {
		await report(unclear, quizA.session.id, 'unclear', '', at(0, 9, 6));
		await quizzes.setSuspended(unclear.id, false);
	}
	const facts = eraPack.facts.filter((fact) => !fact.inferred).map((fact) => fact.id);
	const cardFacts = facts.slice(0, 6);
	if (has.flashcards) {
		const ratings: Rating[] = ['good', 'again', 'good', 'easy', 'hard', 'good'];
		for (const [index, factId] of cardFacts.entries()) {
			await rateCard(factId, ratings[index] ?? 'good', at(0, 18, index * 2), index % 2);
		}
	}

	// Day 2: the failed card again, then a retry of quiz A's mistakes.
	if (has.flashcards && cardFacts[1]) {
		await rateCard(cardFacts[1], 'good', at(1, 8, 30));
	}
	const mistakes = quizA.questions.flatMap((question, index) =>
		quizA.answers[index]?.correct === false ? [quizA.session.questions[index]] : []
	);
	if (mistakes.length > 0) {
		await quiz('B', mistakes, at(1, 9), {
			right: [true],
			retryOf: quizA.session.id,
			options: quizA.session.options
		});
	}

	// Day 3: a quiz left half-way and discarded; cards suspended, reported, and a leech.
	const quizC = await quiz('C', eraQuiz(era.commit, 202, 5), at(2, 12), {
		right: [false, true],
		answered: 2
	});
	await quizzes.finish(quizC.session.id, at(2, 12, 10), true);
	if (has.factFlags) {
		const [suspended, wrong, leech] = facts.slice(10, 13);
		if (suspended && wrong && leech) {
			for (const [factId, reason, note] of [
				[suspended, 'suspended', ''],
				[wrong, 'wrong', 'The article says July, not June.']
			] as const) {
				await factFlags.flag({
					id: memoryId(packId, factId),
					packId,
					factId,
					packVersion,
					reason,
					note,
					lapses: 0,
					flaggedAt: at(2, 13),
					suspended: true
				});
			}
			// Drilled in one evening until forgotten for the 8th time: suspended as a leech.
			let now = at(2, 19);
			for (let rated = 0; rated < 40; rated += 1) {
				const memory = (await memories.get(memoryId(packId, leech)))?.memory;
				const { leech: flag } = await rateCard(
					leech,
					memory?.state === 'review' ? 'again' : 'good',
					now
				);
				if (flag) break;
				now += 12 * minute;
			}
			await factFlags.setSuspended(memoryId(packId, suspended), false);
		}
	}
	if (has.durations) {
		const drill = eraQuiz(era.commit, 303, 5);
		const drilled = [
			...new Set(drill.map((question) => v.parse(Question, question).factIds).flat())
		].sort();
		// As Progress's "Drill my weakest" starts it: every kind, as many as the facts allow.
		await quiz('drill', drill, at(2, 16), {
			right: [true, true, false],
			options: { length: 'all', kinds: [...questionKinds], topics: [], facts: drilled }
		});
	}

	// Day 3 afternoon: a Learn session of two rounds, the first round's summary seen, left with
	// a question on screen; the next day's visit to Learn finishes it.
	if (has.learn) {
		await learnSession('yesterday', facts.slice(20, 29), at(2, 14), {
			answered: 9,
			finishedAt: at(3, 7, 29)
		});
	}

	// Day 4, the last before the commit's: a quiz under way (two answered, a draft on the
	// third) and, with Learn, a session under way.
	const quizD = await quiz(
		'D',
		eraQuiz(era.commit, 404, 5, ['cloze', 'numeric', 'mcq']),
		at(3, 7),
		{
			right: [true, false],
			answered: 2,
			options: { length: 5, kinds: ['mcq', 'cloze', 'numeric'], topics: [] }
		}
	);
	const onScreen = quizD.questions[2];
	if (has.answersByQuestion && onScreen && isTyped(onScreen)) {
		await quizzes.setDraft(quizD.session.id, {
			questionId: onScreen.id,
			response:
				onScreen.kind === 'numeric'
					? { kind: 'numeric', text: '9' }
					: { kind: 'cloze', text: 'Kab' }
		});
	}
	if (has.learn) {
		const session = await learnSession('today', facts.slice(30, 36), at(3, 7, 30), {
			answered: 2,
			finishedAt: null
		});
		const step = session.steps[0];
		if (step)
			await report(
				v.parse(Question, step.question),
				session.id,
				'unclear',
				'Two options fit.',
				at(3, 7, 40)
			);
	}

	return await finish();

	async function finish(): Promise<LearnerRecords> {
		const tables = await readTables(db, version);
		// The repositories of today write a quiz's status; a build before v11 did not.
		if (!has.quizStatus && tables.quizSessions) {
			tables.quizSessions = (tables.quizSessions as QuizSessionRecord[]).map(withoutStatus);
		}
		db.close();
		await db.delete();
		return { tables, until };
	}
}

/** Every table that exists at `version`, read back from the app's database. */
async function readTables(db: StudyDatabase, version: number): Promise<Record<string, unknown[]>> {
	const tables: Record<string, unknown[]> = {};
	for (const name of tablesAt(version)) tables[name] = await db.table(name).toArray();
	return tables;
}
