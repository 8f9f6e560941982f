import { loadBuiltinPack } from '$lib/content/builtin-pack';
import type { QuizAnswerRecord, QuizSessionRecord } from '$lib/db/records';
import { storedDataState } from '$lib/db/stored-data';
import type { QuestionKind } from '$lib/domain/questions/kinds';
import { Question } from '$lib/domain/questions/question';
import { generateQuiz, quizCapacity, type QuizOptions } from '$lib/domain/questions/quiz';
import { gradeResponse, overrideGrade, type Grade } from '$lib/domain/grading';
import type { QuestionResponse as QuizResponse } from '$lib/domain/grading/response';
import { summariseQuiz, type QuizResults } from '$lib/domain/quiz/results';
import { studyDay } from '$lib/domain/time/study-day';
import * as v from 'valibot';
import { schedulerFor } from './scheduler';
import { repositories, systemClock } from './services';
import { settings } from './settings.svelte';
import { storageStatus } from './storage-status.svelte';
import { studyActivity } from './study-activity.svelte';

export type QuizPhase = 'loading' | 'start' | 'question' | 'feedback' | 'results';

export interface QuizSetup {
	length: 5 | 10 | 20 | 'all';
	kinds: QuestionKind[];
	topics: string[];
}

export interface HistoryEntry {
	id: string;
	startedAt: number;
	results: QuizResults;
}

/**
 * One quiz at a time: generate, ask, grade, store every answer before moving on, resume
 * after a reload, review the results. All storage goes through the quiz repository.
 */
class QuizController {
	#phase = $state<QuizPhase>('loading');
	#session = $state.raw<QuizSessionRecord | null>(null);
	#questions = $state.raw<Question[]>([]);
	#answers = $state.raw<QuizAnswerRecord[]>([]);
	#index = $state(0);
	#lastResponse = $state.raw<QuizResponse | null>(null);
	#resumable = $state.raw<{ session: QuizSessionRecord; answered: number } | null>(null);
	#history = $state.raw<HistoryEntry[]>([]);
	#saving = $state(false);
	#notice = $state<string | null>(null);
	#shownAt = 0;
	#endActivity: (() => void) | undefined;
	/** The next quiz's seed, drawn ahead so that the start screen can say what it will hold. */
	#seed = $state(newSeed());
	/** Reported questions, never asked again (until unsuspended in Settings). */
	#suspended = $state.raw<readonly string[]>([]);
	#capacities = new Map<string, number>();

	readonly pack = loadBuiltinPack();
	/** The pack's topics, in first-use order. */
	readonly topics = [...new Set(this.pack.facts.flatMap((fact) => fact.topics))];

	get phase() {
		return this.#phase;
	}
	get session() {
		return this.#session;
	}
	get questions() {
		return this.#questions;
	}
	get index() {
		return this.#index;
	}
	get current(): Question | undefined {
		return this.#questions[this.#index];
	}
	/** The stored answer to the current question, once given. */
	get currentAnswer(): QuizAnswerRecord | undefined {
		return this.#answers.find((answer) => answer.questionIndex === this.#index);
	}
	get lastResponse() {
		return this.#lastResponse;
	}
	get resumable() {
		return this.#resumable;
	}
	get history() {
		return this.#history;
	}
	get saving() {
		return this.#saving;
	}
	/** A short message for the start screen (e.g. why a quiz could not start). */
	get notice() {
		return this.#notice;
	}
	get results(): QuizResults | null {
		const session = this.#session;
		return session ? summariseQuiz(this.#questions, this.#answers, session.startedAt) : null;
	}

	/**
	 * How many questions the next quiz can have with these kinds and topics (one per source
	 * sentence, reported questions left out): a length above it cannot be met.
	 */
	capacity(setup: Pick<QuizSetup, 'kinds' | 'topics'>): number {
		const options = this.#options(setup);
		const key = JSON.stringify([this.#seed, options]);
		let capacity = this.#capacities.get(key);
		if (capacity === undefined) {
			capacity = quizCapacity(this.pack, options, this.#seed);
			this.#capacities.set(key, capacity);
		}
		return capacity;
	}

	/** Generator options for a setup; topics the pack no longer has (renamed) are dropped. */
	#options(setup: Pick<QuizSetup, 'kinds' | 'topics'>): QuizOptions {
		return {
			kinds: setup.kinds,
			topics: setup.topics.filter((topic) => this.topics.includes(topic)),
			excludeQuestionIds: this.#suspended
		};
	}

	/** Reads what is stored: an unfinished quiz to offer, and the history. */
	async load(): Promise<void> {
		if (this.#phase === 'question' || this.#phase === 'feedback') return;
		this.#phase = 'loading';
		try {
			if ((await storedDataState()) !== 'present') {
				this.#resumable = null;
				this.#history = [];
				this.#phase = 'start';
				return;
			}
			const { quizzes } = await repositories();
			this.#suspended = await quizzes.suspendedQuestionIds();
			const unfinished = await quizzes.unfinished();
			this.#resumable = unfinished
				? { session: unfinished, answered: (await quizzes.answersOf(unfinished.id)).length }
				: null;
			this.#history = (await quizzes.history()).map(({ session, answers }) => ({
				id: session.id,
				startedAt: session.startedAt,
				results: summariseQuiz(this.#parseQuestions(session), answers, session.startedAt)
			}));
		} catch (error) {
			storageStatus.report(error);
		}
		this.#phase = 'start';
	}

	/** Starts a new quiz; `questions` (retry mistakes) reuses exactly those questions. */
	async start(
		setup: QuizSetup,
		questions?: Question[],
		retryOf: string | null = null
	): Promise<void> {
		this.#notice = null;
		try {
			const { quizzes } = await repositories();
			const seed = this.#seed;
			this.#suspended = await quizzes.suspendedQuestionIds();
			const options = this.#options(setup);
			const available = quizCapacity(this.pack, options, seed);
			if (!questions && setup.length !== 'all' && setup.length > available) {
				this.#notice = `These filters allow ${available} question${available === 1 ? '' : 's'}: choose ${available} or fewer, or All.`;
				return;
			}
			const asked = questions ?? generateQuiz(this.pack, { ...options, count: setup.length }, seed);
			if (asked.length === 0) {
				this.#notice = 'No questions match these options. Choose more kinds or topics.';
				return;
			}
			const session: QuizSessionRecord = {
				id: crypto.randomUUID(),
				packId: this.pack.meta.id,
				packVersion: this.pack.meta.version,
				seed,
				options: { length: setup.length, kinds: setup.kinds, topics: setup.topics },
				questions: asked,
				startedAt: systemClock.now(),
				finishedAt: null,
				abandoned: false,
				retryOf
			};
			await quizzes.start(session);
			this.#seed = newSeed();
			this.#enter(session, asked, []);
		} catch (error) {
			storageStatus.report(error);
		}
	}

	async resume(): Promise<void> {
		const offer = this.#resumable;
		if (!offer) return;
		try {
			const { quizzes } = await repositories();
			const answers = await quizzes.answersOf(offer.session.id);
			this.#enter(offer.session, this.#parseQuestions(offer.session), answers);
		} catch (error) {
			storageStatus.report(error);
		}
	}

	/** Puts an unfinished quiz away without finishing it; its answers are kept. */
	async discard(): Promise<void> {
		const offer = this.#resumable;
		if (!offer) return;
		try {
			const { quizzes } = await repositories();
			await quizzes.finish(offer.session.id, systemClock.now(), true);
			this.#resumable = null;
		} catch (error) {
			storageStatus.report(error);
		}
	}

	/** Grades the response and stores it; the feedback shows only once it is saved. */
	async answer(given: QuizResponse): Promise<void> {
		// A plain copy: reactive proxies cannot be stored in IndexedDB.
		const response = $state.snapshot(given) as QuizResponse;
		const session = this.#session;
		const question = this.current;
		if (!session || !question || this.#phase !== 'question' || this.#saving) return;
		const now = systemClock.now();
		let grade: Grade;
		try {
			grade = gradeResponse(question, response, this.pack);
		} catch (error) {
			// A bug in grading: said as one (never as a storage problem), and the question stays.
			storageStatus.report(error);
			return;
		}
		const record = this.#record(session, question, response, grade, now);
		if (await this.#save(record)) {
			this.#lastResponse = response;
			this.#phase = 'feedback';
		}
	}

	/** "I was right": the learner overrides a typed answer graded wrong; recorded as such. */
	async overrideCurrent(): Promise<void> {
		const stored = this.currentAnswer;
		if (!stored || stored.correct) return;
		const grade = overrideGrade({
			correct: stored.correct,
			score: stored.score,
			perFact: stored.perFact,
			overridden: stored.overridden
		});
		await this.#save({ ...stored, ...grade });
	}

	async next(): Promise<void> {
		const session = this.#session;
		if (!session || this.#phase !== 'feedback') return;
		if (this.#index + 1 < this.#questions.length) {
			this.#index += 1;
			this.#lastResponse = null;
			this.#shownAt = systemClock.now();
			this.#phase = 'question';
			return;
		}
		try {
			const { quizzes } = await repositories();
			const finishedAt = systemClock.now();
			await quizzes.finish(session.id, finishedAt);
			this.#session = { ...session, finishedAt };
			this.#phase = 'results';
			this.#endActivity?.();
		} catch (error) {
			storageStatus.report(error);
		}
	}

	/** Flags the current question; it is suspended (never generated again) until unsuspended. */
	async report(reason: 'wrong' | 'unclear', note: string): Promise<boolean> {
		const session = this.#session;
		const question = this.current;
		if (!session || !question) return false;
		try {
			const { quizzes } = await repositories();
			await quizzes.flag({
				questionId: question.id,
				packId: question.packId,
				packVersion: question.packVersion,
				factIds: question.factIds,
				prompt: question.prompt,
				quizId: session.id,
				reason,
				note,
				flaggedAt: systemClock.now(),
				suspended: true
			});
			return true;
		} catch (error) {
			storageStatus.report(error);
			return false;
		}
	}

	async retryMistakes(): Promise<void> {
		const session = this.#session;
		const results = this.results;
		if (!session || !results) return;
		const questions = results.mistakes.flatMap((index) => this.#questions[index] ?? []);
		const setup = session.options as QuizSetup;
		await this.start(setup, questions, session.id);
	}

	/** Back to the start screen; an unfinished quiz stays resumable. */
	async leave(): Promise<void> {
		this.#endActivity?.();
		this.#endActivity = undefined;
		this.#session = null;
		this.#questions = [];
		this.#answers = [];
		this.#phase = 'loading';
		await this.load();
	}

	#enter(session: QuizSessionRecord, questions: Question[], answers: QuizAnswerRecord[]) {
		this.#session = session;
		this.#questions = questions;
		this.#answers = answers;
		this.#resumable = null;
		this.#lastResponse = null;
		// Resume at the first question without a stored answer.
		const answered = new Set(answers.map((answer) => answer.questionIndex));
		const firstOpen = questions.findIndex((_, index) => !answered.has(index));
		this.#index = firstOpen === -1 ? Math.max(0, questions.length - 1) : firstOpen;
		this.#shownAt = systemClock.now();
		this.#endActivity?.();
		this.#endActivity = studyActivity.begin();
		if (firstOpen === -1) {
			this.#phase = 'feedback';
			this.#lastResponse = (answers.at(-1)?.given as QuizResponse | undefined) ?? null;
		} else {
			this.#phase = 'question';
		}
	}

	#record(
		session: QuizSessionRecord,
		question: Question,
		response: QuizResponse,
		grade: Grade,
		now: number
	): QuizAnswerRecord {
		return {
			id: `${session.id}:${this.#index}`,
			quizId: session.id,
			questionIndex: this.#index,
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
			responseMs: Math.max(0, now - this.#shownAt),
			answeredAt: now,
			studyDay: studyDay(now)
		};
	}

	async #save(record: QuizAnswerRecord): Promise<boolean> {
		this.#saving = true;
		try {
			const { quizzes } = await repositories();
			await quizzes.recordAnswer(record, schedulerFor(settings.values));
			this.#answers = [...this.#answers.filter((answer) => answer.id !== record.id), record].sort(
				(a, b) => a.questionIndex - b.questionIndex
			);
			return true;
		} catch (error) {
			storageStatus.report(error);
			return false;
		} finally {
			this.#saving = false;
		}
	}

	/** Stored questions are parsed, never trusted: a record from an older release may differ. */
	#parseQuestions(session: QuizSessionRecord): Question[] {
		return session.questions.flatMap((question) => {
			const parsed = v.safeParse(Question, question);
			return parsed.success ? [parsed.output] : [];
		});
	}
}

export const quiz = new QuizController();

function newSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
