/* eslint-disable svelte/prefer-svelte-reactivity -- the Maps and Sets here are working data,
   never rendered: the screen reads only the $state fields. */
import { reportQuestion } from './report-question';
import { LearnStepTakenError } from '$lib/db/write-conflicts';
import type { LearnAnswerRecord, LearnSessionRecord, LearnStepRecord } from '$lib/db/records';
import type { Repositories } from '$lib/db/repositories';
import type { Grade } from '$lib/domain/grading';
import type { QuestionResponse } from '$lib/domain/grading/response';
import { certaintyMarks, learnRating, type Certainty } from '$lib/domain/learn/certainty';
import { rungFor, type LastLearnAnswer, type Rung } from '$lib/domain/learn/ladder';
import { dueLaterToday, type LaterToday } from '$lib/domain/learn/later-today';
import { planLearnSession, requeue, roundSize } from '$lib/domain/learn/plan';
import { summariseRound, type RoundSummary } from '$lib/domain/learn/round-summary';
import type { Pack } from '$lib/domain/pack/schema';
import type { Question } from '$lib/domain/questions/question';
import { hashSeed } from '$lib/domain/questions/random';
import type { MemoryState } from '$lib/domain/scheduling/memory';
import { memoryId } from '$lib/domain/scheduling/memory-id';
import { studyDay, studyDayWindow } from '$lib/domain/time/study-day';
import { leechNotice } from './leech-notice';
import { askPersistenceOnce, noteStudy } from './safekeeping';
import { schedulerFor } from './scheduler';
import type { StudyServices } from './services';
import type { SettingsView } from './settings-controller.svelte';
import { studyActivity } from './study-activity.svelte';

export type LearnPhase =
	'loading' | 'start' | 'question' | 'feedback' | 'round' | 'done' | 'nothing' | 'failed';

/** A fact answered wrong comes back at most this often in one session. */
const maxRetries = 2;

/** What today's session holds, for the start screen and home. */
export interface LearnPreview {
	due: number;
	new: number;
}

/** The step on screen: its question and, once answered, the answer. */
export interface LearnStepView {
	index: number;
	factId: string;
	rung: Rung;
	question: Question;
	answer: LearnAnswerRecord | null;
	response: QuestionResponse | null;
	/** The rung the fact goes to next, once answered. */
	next: Rung | null;
}

type LearnEngine = typeof import('./learn-engine');

/**
 * Today's Learn session: due facts, then new ones, each asked on the rung its memory has
 * reached, with the learner's certainty before the feedback. Every question is stored before
 * it shows and every answer before its feedback, so a reload or a second tab resumes at the
 * same step.
 */
export class LearnController {
	#phase = $state<LearnPhase>('loading');
	#session = $state.raw<LearnSessionRecord | null>(null);
	#answers = $state.raw<LearnAnswerRecord[]>([]);
	#step = $state.raw<LearnStepView | null>(null);
	#preview = $state.raw<LearnPreview | null>(null);
	#notice = $state<string | null>(null);
	#saving = $state(false);
	#shownAt = 0;
	#last = new Map<string, LastLearnAnswer>();
	#memories = new Map<string, MemoryState>();
	#laterToday = $state.raw<LaterToday | null>(null);
	/** The question engine and the stored-step parsers, loaded by `load` (not for a first paint). */
	#engine: LearnEngine | null = null;
	#endActivity: (() => void) | undefined;

	constructor(
		private readonly services: StudyServices,
		private readonly settings: SettingsView,
		private readonly pack: Pack
	) {}

	get phase() {
		return this.#phase;
	}
	get step() {
		return this.#step;
	}
	get preview() {
		return this.#preview;
	}
	get notice() {
		return this.#notice;
	}
	get saving() {
		return this.#saving;
	}
	get answers() {
		return this.#answers;
	}
	/** Once the session is done: facts due again before the study day ends, if any. */
	get laterToday() {
		return this.#phase === 'done' ? this.#laterToday : null;
	}
	/** Questions still to answer, the one on screen included until it is answered. */
	get remaining() {
		return (this.#session?.queue.length ?? 0) + (this.#phase === 'question' ? 1 : 0);
	}
	/** Certainty-based marks of the session so far, and the most it could have been. */
	get score() {
		const marks = this.#answers.reduce((sum, answer) => sum + answer.marks, 0);
		const right = this.#answers.filter((answer) => answer.correct).length;
		return { marks, best: this.#answers.length * 3, right, answered: this.#answers.length };
	}
	/** The round just finished (phase `round`) or the whole session (phase `done`). */
	get summary(): RoundSummary | null {
		if (this.#phase === 'done') return this.#summarise(this.#answers);
		if (this.#phase !== 'round') return null;
		return this.#summarise(this.#roundAnswers());
	}
	/** The round of the step on screen (or whose summary shows). */
	get round() {
		const answered = this.#answers.length;
		if (this.#phase === 'round') return Math.max(1, Math.ceil(answered / roundSize));
		const asked = this.#phase === 'feedback' ? answered - 1 : answered;
		return Math.floor(Math.max(0, asked) / roundSize) + 1;
	}

	/** The answer on screen ends a round: "Next" opens its summary. */
	get endsRound() {
		return (
			this.#phase === 'feedback' &&
			this.remaining > 0 &&
			this.#answers.length > 0 &&
			this.#answers.length % roundSize === 0
		);
	}

	/** The facts missed in the summary's span (the round, or the session), as statements. */
	get missed(): string[] {
		const summary = this.#phase === 'done' ? this.#answers : this.#roundAnswers();
		const ids = [...new Set(summary.filter((answer) => !answer.correct).map((a) => a.factId))];
		return ids.flatMap((id) => {
			const fact = this.pack.facts.find((candidate) => candidate.id === id);
			return fact ? [fact.statement] : [];
		});
	}

	#roundAnswers(): LearnAnswerRecord[] {
		const round = Math.ceil(this.#answers.length / roundSize);
		return this.#answers.slice((round - 1) * roundSize);
	}

	async #loadEngine(): Promise<LearnEngine> {
		this.#engine ??= await import('./learn-engine');
		return this.#engine;
	}

	/** The engine, for steps that only follow `load`: using it sooner is a bug. */
	get #loaded(): LearnEngine {
		if (!this.#engine) throw new Error('The Learn engine was used before the session was loaded');
		return this.#engine;
	}

	/** Reads today's session (resumed where it was) or what a new one would hold. */
	async load(): Promise<void> {
		try {
			await this.#loadEngine();
			const repositories = await this.services.storage.reader();
			await this.#readMemories(repositories);
			const today = studyDay(this.services.clock.now());
			const open = repositories
				? await repositories.learn.unfinished(this.pack.meta.id)
				: undefined;
			// Study days are `YYYY-MM-DD`: in text order, they are in time order.
			if (repositories && open && open.studyDay < today) {
				// Yesterday's session is over: what is due has changed since. A session of a later
				// day is the one under way with the clock moved back (corrected, another time
				// zone): it resumes, never closed before it began.
				await repositories.learn.finish(open.id, this.services.clock.now());
			} else if (repositories && open) {
				await this.#resume(repositories, open);
				return;
			}
			const plan = await this.#plan(repositories);
			const dueCount = plan.filter(
				(id) =>
					this.#memories.get(id)?.state !== undefined && this.#memories.get(id)?.state !== 'new'
			).length;
			this.#preview = { due: dueCount, new: plan.length - dueCount };
			this.#phase = plan.length === 0 ? 'nothing' : 'start';
		} catch (error) {
			this.services.problems.report(error);
			this.#phase = 'failed';
		}
	}

	/** Plans today's session and asks its first question. */
	async start(): Promise<void> {
		try {
			await this.#loadEngine();
			const repositories = await this.services.storage.writer();
			await this.#readMemories(repositories);
			const queue = await this.#plan(repositories);
			const now = this.services.clock.now();
			const session: LearnSessionRecord = {
				id: crypto.randomUUID(),
				packId: this.pack.meta.id,
				packVersion: this.pack.meta.version,
				seed: hashSeed(`${now}`),
				studyDay: studyDay(now),
				startedAt: now,
				finishedAt: null,
				queue,
				steps: [],
				roundsSeen: 0
			};
			await repositories.learn.start(session);
			this.#session = session;
			this.#answers = [];
			this.#endActivity ??= studyActivity.begin();
			await this.#askNext(repositories);
		} catch (error) {
			this.services.problems.report(error);
		}
	}

	/** Answers the step on screen with how sure the learner is; stored before the feedback. */
	async answer(given: QuestionResponse, certainty: Certainty): Promise<void> {
		// A plain copy: what the screen hands over may be reactive, which IndexedDB cannot store.
		const response = $state.snapshot(given) as QuestionResponse;
		const session = this.#session;
		const step = this.#step;
		if (!session || !step || step.answer || this.#phase !== 'question' || this.#saving) return;
		let grade: Grade;
		try {
			grade = this.#loaded.gradeResponse(step.question, response, this.pack);
		} catch (error) {
			this.services.problems.report(error);
			return;
		}
		const now = this.services.clock.now();
		const responseMs = Math.max(0, now - this.#shownAt);
		const answer: LearnAnswerRecord = {
			id: `${session.id}:${step.index}`,
			sessionId: session.id,
			step: step.index,
			questionId: step.question.id,
			packId: this.pack.meta.id,
			packVersion: this.pack.meta.version,
			factId: step.factId,
			factIds: [...step.question.factIds],
			kind: step.question.kind,
			rung: step.rung,
			given: response,
			correct: grade.correct,
			score: grade.score,
			perFact: grade.perFact,
			certainty,
			...(grade.typo ? { typo: true } : {}),
			marks: certaintyMarks(grade.correct, certainty),
			responseMs,
			answeredAt: now,
			studyDay: studyDay(now)
		};
		const ratings = grade.perFact.map((result) => ({
			factId: result.factId,
			rating: learnRating({ correct: result.correct, certainty, responseMs, rung: step.rung })
		}));
		const retries = this.#answers.filter(
			(earlier) => earlier.factId === step.factId && !earlier.correct
		).length;
		const queue =
			!grade.correct && retries < maxRetries
				? requeue([step.factId, ...session.queue], step.factId)
				: session.queue;
		this.#saving = true;
		try {
			const repositories = await this.services.storage.writer();
			const leeches = await repositories.learn.recordAnswer(
				answer,
				ratings,
				queue,
				schedulerFor(this.settings.values)
			);
			noteStudy(this.services.device, now);
			this.#session = { ...session, queue };
			await this.#readMemories(repositories);
			this.#record(answer);
			const leech = leeches[0];
			const fact = leech && this.pack.facts.find((candidate) => candidate.id === leech.factId);
			this.#notice = fact && leech ? leechNotice(fact, leech.lapses) : null;
		} catch (error) {
			if (error instanceof LearnStepTakenError) {
				this.#notice = 'This question was answered in another tab; that answer is kept.';
				const repositories = await this.services.storage.writer();
				const stored = await repositories.learn.session(session.id);
				if (stored) await this.#resume(repositories, stored);
			} else {
				this.services.problems.report(error);
			}
		} finally {
			this.#saving = false;
		}
	}

	/**
	 * Reports the question on screen as wrong or unclear: it is not asked again (in Learn or a
	 * quiz) until unsuspended in Settings; its fact gets another question next time.
	 */
	async report(reason: 'wrong' | 'unclear', note: string): Promise<boolean> {
		const session = this.#session;
		const question = this.#step?.question;
		if (!session || !question) return false;
		return await reportQuestion(this.services, question, session.id, reason, note);
	}

	/** After the feedback: the round's summary, the next question, or the end. */
	async next(): Promise<void> {
		const session = this.#session;
		if (!session || this.#phase !== 'feedback') return;
		this.#notice = null;
		try {
			const repositories = await this.services.storage.writer();
			const answered = this.#answers.length;
			if (session.queue.length > 0 && answered % roundSize === 0) {
				this.#phase = 'round';
				return;
			}
			await this.#askNext(repositories);
		} catch (error) {
			this.services.problems.report(error);
		}
	}

	/** Leaves a round's summary for the next round. */
	async continueAfterRound(): Promise<void> {
		const session = this.#session;
		if (!session || this.#phase !== 'round') return;
		try {
			const repositories = await this.services.storage.writer();
			const roundsSeen = Math.floor(this.#answers.length / roundSize);
			await repositories.learn.seeRound(session.id, roundsSeen);
			this.#session = { ...session, roundsSeen };
			await this.#askNext(repositories);
		} catch (error) {
			this.services.problems.report(error);
		}
	}

	#record(answer: LearnAnswerRecord): void {
		const step = this.#step;
		this.#answers = [...this.#answers.filter((each) => each.id !== answer.id), answer];
		const rung = answer.rung as Rung;
		this.#last.set(answer.factId, { rung, correct: answer.correct });
		const next = this.#askedAt(
			answer.factId,
			rungFor(this.#memories.get(answer.factId) ?? null, { rung, correct: answer.correct })
		);
		if (step) {
			this.#step = {
				...step,
				answer,
				response: this.#loaded.parseResponse(answer.given),
				next
			};
		}
		this.#phase = 'feedback';
	}

	async #askNext(repositories: Repositories): Promise<void> {
		let session = this.#session;
		while (session) {
			const factId = session.queue[0];
			if (factId === undefined) {
				const now = this.services.clock.now();
				await repositories.learn.finish(session.id, now);
				this.#laterToday = await this.#dueLaterToday(repositories, now);
				this.#session = { ...session, finishedAt: now };
				this.#step = null;
				this.#phase = 'done';
				this.#endActivity?.();
				this.#endActivity = undefined;
				await askPersistenceOnce(this.services.device, now);
				return;
			}
			const index = session.steps.length;
			const rung = rungFor(this.#memories.get(factId) ?? null, this.#last.get(factId) ?? null);
			const known = new Set(
				[...this.#memories].filter(([, memory]) => memory.state !== 'new').map(([id]) => id)
			);
			const reported = new Set(await repositories.quizzes.suspendedQuestionIds());
			const asked = new Map(
				session.steps.map((step) => [(step.question as Question).id, step.question as Question])
			);
			const found = this.#loaded.learnQuestion(this.pack, factId, rung, {
				seed: hashSeed(`${session.seed}:${index}`),
				known,
				avoid: asked,
				exclude: reported
			});
			if (!found) {
				// No question left to ask on this fact: it leaves today's queue.
				const queue = session.queue.slice(1);
				await repositories.learn.recordQueue(session.id, queue);
				session = { ...session, queue };
				this.#session = session;
				continue;
			}
			const step: LearnStepRecord = { factId, rung: found.rung, question: found.question };
			const stored = await repositories.learn.ask(session.id, index, step);
			this.#session = stored;
			this.#show(stored, index, null);
			return;
		}
	}

	#show(session: LearnSessionRecord, index: number, answer: LearnAnswerRecord | null): void {
		const { parseStep, parseResponse } = this.#loaded;
		const parsed = parseStep(session.steps[index]);
		if (!parsed) {
			this.services.problems.report(new Error(`Learn step ${index} does not parse`));
			this.#phase = 'failed';
			return;
		}
		const { factId, rung, question } = parsed;
		const response = answer ? parseResponse(answer.given) : null;
		this.#step = {
			index,
			factId,
			rung,
			question,
			answer,
			response,
			next: answer
				? this.#askedAt(
						factId,
						rungFor(this.#memories.get(factId) ?? null, { rung, correct: answer.correct })
					)
				: null
		};
		this.#shownAt = this.services.clock.now();
		this.#phase = answer ? 'feedback' : 'question';
	}

	async #resume(repositories: Repositories, session: LearnSessionRecord): Promise<void> {
		const answers = await repositories.learn.answersOf(session.id);
		this.#session = session;
		this.#answers = answers;
		this.#endActivity ??= studyActivity.begin();
		const last = session.steps.length - 1;
		if (last < 0) {
			await this.#askNext(repositories);
			return;
		}
		const lastAnswer = answers.find((answer) => answer.step === last) ?? null;
		const roundsDone = Math.floor(answers.length / roundSize);
		if (lastAnswer && roundsDone > session.roundsSeen && session.queue.length > 0) {
			this.#show(session, last, lastAnswer);
			this.#phase = 'round';
			return;
		}
		this.#show(session, last, lastAnswer);
	}

	async #readMemories(repositories: Repositories | null): Promise<void> {
		this.#memories = new Map();
		this.#last = new Map();
		if (!repositories) return;
		const packId = this.pack.meta.id;
		for (const record of await repositories.memories.forPack(packId)) {
			this.#memories.set(record.factId, record.memory);
		}
		for (const [factId, answer] of await repositories.learn.lastAnswers(packId)) {
			this.#last.set(factId, { rung: answer.rung as Rung, correct: answer.correct });
		}
	}

	/** The pack's facts in study (not suspended) that come due again before the day ends. */
	async #dueLaterToday(repositories: Repositories, now: number): Promise<LaterToday | null> {
		const suspended = new Set(await repositories.factFlags.suspendedFactIds(this.pack.meta.id));
		const inStudy = this.pack.facts.flatMap((fact) => {
			const memory = this.#memories.get(fact.id);
			return memory && !suspended.has(fact.id) ? [memory] : [];
		});
		return dueLaterToday(inStudy, now);
	}

	async #plan(repositories: Repositories | null): Promise<string[]> {
		const now = this.services.clock.now();
		const packId = this.pack.meta.id;
		const suspended = new Set(
			repositories ? await repositories.factFlags.suspendedFactIds(packId) : []
		);
		const met = repositories
			? await repositories.memories.newIntroducedBySource(studyDayWindow(now), packId)
			: { flashcard: 0, quiz: 0, learn: 0 };
		return planLearnSession({
			packId,
			facts: this.pack.facts,
			memories: [...this.#memories].map(([factId, memory]) => ({
				id: memoryId(packId, factId),
				due: memory.due,
				state: memory.state
			})),
			suspendedFactIds: suspended,
			now,
			newCardsPerDay: this.settings.values.newCardsPerDay,
			newIntroducedToday: met.flashcard + met.quiz + met.learn
		});
	}

	/** The rung a fact is really asked at from `rung`: the nearest its questions allow. */
	#askedAt(factId: string, rung: Rung): Rung {
		const known = new Set(
			[...this.#memories].filter(([, memory]) => memory.state !== 'new').map(([id]) => id)
		);
		return this.#loaded.learnQuestion(this.pack, factId, rung, { seed: 1, known })?.rung ?? rung;
	}

	#summarise(answers: readonly LearnAnswerRecord[]): RoundSummary {
		return summariseRound(
			answers.map((answer) => ({
				factId: answer.factId,
				correct: answer.correct,
				marks: answer.marks,
				rung: answer.rung as Rung,
				next: this.#askedAt(
					answer.factId,
					rungFor(this.#memories.get(answer.factId) ?? null, this.#last.get(answer.factId) ?? null)
				)
			}))
		);
	}
}
