import { reportQuestion } from './report-question';
import { askPersistenceOnce, noteStudy } from './safekeeping';
import { quizAnswerId } from '$lib/db/quiz-answer-id';
import { AnswerTakenError } from '$lib/db/write-conflicts';
import type { QuizAnswerRecord, QuizDraftRecord, QuizSessionRecord } from '$lib/db/records';
import type { Pack } from '$lib/domain/pack/schema';
import { questionKinds, type QuestionKind } from '$lib/domain/questions/kinds';
import type { Question } from '$lib/domain/questions/question';
import type { QuizOptions } from '$lib/domain/questions/quiz';
import type { Grade } from '$lib/domain/grading';
import type { QuestionResponse as QuizResponse } from '$lib/domain/grading/response';
import type { QuizResults } from '$lib/domain/quiz/results';
import { factsByTopic } from '$lib/domain/reader/fact-index';
import { studyDay } from '$lib/domain/time/study-day';
import { schedulerFor } from './scheduler';
import type { StudyServices } from './services';
import type { QuizSetup } from './restore-quiz';

type QuizEngine = typeof import('./quiz-engine');
import type { SettingsView } from './settings-controller.svelte';
import { studyActivity } from './study-activity.svelte';
import { leechNotice } from './leech-notice';
import type { HistoryEntry } from './quiz-history';

export type QuizPhase = 'loading' | 'start' | 'question' | 'feedback' | 'results';

export type { QuizSetup } from './restore-quiz';

/** A stored answer as the results show it: the response parsed, or `null` if it does not parse. */
export interface ShownAnswer {
	questionId: string;
	response: QuizResponse | null;
	correct: boolean;
	score: number;
	/** Counted as right by the learner ("I was right"). */
	overridden: boolean;
}

/** An unfinished quiz on offer; `restorable` false when its stored questions do not parse. */
export interface ResumableQuiz {
	session: QuizSessionRecord;
	answered: number;
	restorable: boolean;
}

/** See `QuizController.filterCounts`. */
export interface FilterCounts {
	kinds: Record<QuestionKind, number>;
	topics: Record<string, number>;
}

export type { HistoryEntry } from './quiz-history';

/**
 * One quiz at a time: generate, ask, grade, store every answer before moving on, resume
 * after a reload, review the results. All storage goes through the quiz repository.
 */
export class QuizController {
	#phase = $state<QuizPhase>('loading');
	#session = $state.raw<QuizSessionRecord | null>(null);
	#questions = $state.raw<Question[]>([]);
	#answers = $state.raw<QuizAnswerRecord[]>([]);
	#index = $state(0);
	#lastResponse = $state.raw<QuizResponse | null>(null);
	/** The unsubmitted answer to the current question found on entering (a reload). */
	#draft = $state.raw<QuizResponse | null>(null);
	/** The latest draft not yet written; one write at a time, and the latest wins. */
	#pendingDraft: { quizId: string; draft: QuizDraftRecord } | null = null;
	#writingDrafts: Promise<void> | null = null;
	#resumable = $state.raw<ResumableQuiz | null>(null);
	#setup: QuizSetup | null = null;
	#history = $state.raw<HistoryEntry[]>([]);
	#saving = $state(false);
	#notice = $state<string | null>(null);
	#shownAt = 0;
	#endActivity: (() => void) | undefined;
	/** The next quiz's seed, drawn ahead so that the start screen can say what it will hold. */
	#seed = $state(0);
	/** Reported questions, never asked again (until unsuspended in Settings). */
	#suspended = $state.raw<readonly string[]>([]);
	/** Facts out of study (suspended cards, leeches): no question asks about them. */
	#suspendedFacts = $state.raw<readonly string[]>([]);
	/** Capacities by seed and options, once computed (not reactive: a cache). */
	readonly #capacities = plainMap<string, number>();
	#absentKinds: readonly QuestionKind[] | undefined;
	/** The question engine and the stored-quiz parsers, loaded by `load` (not for a first paint). */
	#engine = $state.raw<QuizEngine | null>(null);

	/** The pack's topics, in first-use order. */
	readonly topics: readonly string[];

	constructor(
		private readonly services: StudyServices,
		private readonly settings: SettingsView,
		readonly pack: Pack,
		private readonly nextSeed: () => number = randomSeed
	) {
		this.topics = factsByTopic(pack).map((group) => group.topic);
		this.#seed = nextSeed();
	}

	get phase() {
		return this.#phase;
	}

	async #loadEngine(): Promise<QuizEngine> {
		this.#engine ??= await import('./quiz-engine');
		return this.#engine;
	}

	/** The engine, for steps that only follow `load`: using it sooner is a bug. */
	get #loaded(): QuizEngine {
		if (!this.#engine) throw new Error('The quiz engine was used before the quiz was loaded');
		return this.#engine;
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
		const question = this.current;
		return question && this.#answers.find((answer) => answer.questionId === question.id);
	}
	/** The stored answers of the quiz on screen, as the results show them. */
	get shownAnswers(): ShownAnswer[] {
		const engine = this.#engine;
		if (!engine) return [];
		return this.#answers.map((answer) => ({
			questionId: answer.questionId,
			response: engine.restoreResponse(answer),
			correct: answer.correct,
			score: answer.score,
			overridden: answer.overridden
		}));
	}
	get lastResponse() {
		return this.#lastResponse;
	}
	/** What the learner had put together on the current question before a reload, if anything. */
	get draft() {
		return this.#draft;
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
	/** A short message (why a quiz could not start, an answer given in another tab). */
	get notice() {
		return this.#notice;
	}
	get results(): QuizResults | null {
		const session = this.#session;
		const engine = this.#engine;
		return session && engine
			? engine.summariseQuiz(this.#questions, this.#answers, session.startedAt)
			: null;
	}

	/**
	 * How many questions the next quiz can have with these kinds and topics (one per source
	 * sentence, reported questions left out): a length above it cannot be met.
	 */
	capacity(setup: Pick<QuizSetup, 'kinds' | 'topics'>): number {
		const engine = this.#engine;
		if (!engine) return 0;
		const options = this.#options(setup);
		const key = JSON.stringify([this.#seed, options]);
		let capacity = this.#capacities.get(key);
		if (capacity === undefined) {
			capacity = engine.quizCapacity(this.pack, options, this.#seed);
			this.#capacities.set(key, capacity);
		}
		return capacity;
	}

	/**
	 * Kinds the pack cannot ask at all, on any topic (the article dates too few events to match
	 * them, for one): offered to nobody. Judged once, without reported questions.
	 */
	get absentKinds(): readonly QuestionKind[] {
		const engine = this.#engine;
		if (!engine) return [];
		this.#absentKinds ??= questionKinds.filter(
			(kind) => engine.quizCapacity(this.pack, { kinds: [kind] }, 1) === 0
		);
		return this.#absentKinds;
	}

	/**
	 * For the filters on the start screen: how many questions each kind allows on its own with
	 * the chosen topics, and each topic on its own with the chosen kinds.
	 */
	filterCounts(setup: Pick<QuizSetup, 'kinds' | 'topics'>): FilterCounts {
		const kinds = Object.fromEntries(
			questionKinds.map((kind) => [kind, this.capacity({ kinds: [kind], topics: setup.topics })])
		) as Record<QuestionKind, number>;
		const topics = Object.fromEntries(
			this.topics.map((topic) => [topic, this.capacity({ kinds: setup.kinds, topics: [topic] })])
		);
		return { kinds, topics };
	}

	/** Generator options for a setup; topics the pack no longer has (renamed) are dropped. */
	#options(setup: Pick<QuizSetup, 'kinds' | 'topics' | 'facts'>): QuizOptions {
		return {
			...(setup.facts ? { onlyFactIds: setup.facts } : {}),
			kinds: setup.kinds,
			topics: setup.topics.filter((topic) => this.topics.includes(topic)),
			excludeQuestionIds: this.#suspended,
			excludeFactIds: this.#suspendedFacts
		};
	}

	/** Reads what is stored: an unfinished quiz to offer, and the history. */
	async load(): Promise<void> {
		if (this.#phase === 'question' || this.#phase === 'feedback') return;
		this.#phase = 'loading';
		try {
			const { restoreQuiz, readHistory } = await this.#loadEngine();
			const repositories = await this.services.storage.reader();
			if (!repositories) {
				this.#resumable = null;
				this.#history = [];
				this.#phase = 'start';
				return;
			}
			const { quizzes, factFlags } = repositories;
			this.#suspended = await quizzes.suspendedQuestionIds();
			this.#suspendedFacts = await factFlags.suspendedFactIds(this.pack.meta.id);
			const unfinished = await quizzes.unfinished(this.pack.meta.id);
			this.#resumable = unfinished
				? {
						session: unfinished,
						answered: (await quizzes.answersOf(unfinished.id)).length,
						restorable: restoreQuiz(unfinished).ok
					}
				: null;
			this.#history = await readHistory(quizzes);
		} catch (error) {
			this.services.problems.report(error);
		}
		this.#phase = 'start';
	}

	/**
	 * Shows the results of a stored quiz (a reload on the results, a past quiz opened from the
	 * list), from its stored questions and answers. `false` when there is no such quiz or it
	 * cannot be restored (then the start screen says so).
	 */
	async openResults(quizId: string): Promise<boolean> {
		this.#phase = 'loading';
		try {
			const { restoreQuiz, restoreAnswers } = await this.#loadEngine();
			const repositories = await this.services.storage.reader();
			const session = await repositories?.quizzes.session(quizId);
			const restored = session ? restoreQuiz(session) : null;
			if (!repositories || !session || session.finishedAt === null || !restored?.ok) {
				this.#notice = 'That quiz could not be found on this device.';
				await this.load();
				return false;
			}
			const answers = restoreAnswers(await repositories.quizzes.answersOf(quizId));
			this.#endActivity?.();
			this.#endActivity = undefined;
			this.#session = session;
			this.#setup = restored.setup;
			this.#questions = restored.questions;
			this.#answers = answers;
			this.#resumable = null;
			this.#lastResponse = null;
			this.#phase = 'results';
			return true;
		} catch (error) {
			this.services.problems.report(error);
			return false;
		}
	}

	/** Starts a new quiz; `questions` (retry mistakes) reuses exactly those questions. */
	async start(
		setup: QuizSetup,
		questions?: Question[],
		retryOf: string | null = null
	): Promise<void> {
		this.#notice = null;
		try {
			const { quizCapacity, generateQuiz } = await this.#loadEngine();
			const { quizzes, factFlags } = await this.services.storage.writer();
			const seed = this.#seed;
			this.#suspended = await quizzes.suspendedQuestionIds();
			this.#suspendedFacts = await factFlags.suspendedFactIds(this.pack.meta.id);
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
				options: {
					length: setup.length,
					kinds: setup.kinds,
					topics: setup.topics,
					...(setup.facts ? { facts: setup.facts } : {})
				},
				questions: asked,
				startedAt: this.services.clock.now(),
				finishedAt: null,
				abandoned: false,
				retryOf,
				position: 0
			};
			await quizzes.start(session);
			this.#seed = this.nextSeed();
			this.#enter(session, asked, [], setup);
		} catch (error) {
			this.services.problems.report(error);
		}
	}

	async resume(): Promise<void> {
		const offer = this.#resumable;
		if (!offer) return;
		const { restoreQuiz, restoreAnswers } = this.#loaded;
		const restored = restoreQuiz(offer.session);
		if (!restored.ok) {
			this.#notice = 'This quiz could not be restored. Its answers are kept.';
			return;
		}
		try {
			const { quizzes } = await this.services.storage.writer();
			const answers = restoreAnswers(await quizzes.answersOf(offer.session.id));
			this.#enter(offer.session, restored.questions, answers, restored.setup);
		} catch (error) {
			this.services.problems.report(error);
		}
	}

	/** Puts an unfinished quiz away without finishing it; its answers are kept. */
	async discard(): Promise<void> {
		const offer = this.#resumable;
		if (!offer) return;
		try {
			const { quizzes } = await this.services.storage.writer();
			await quizzes.finish(offer.session.id, this.services.clock.now(), true);
			this.#resumable = null;
		} catch (error) {
			this.services.problems.report(error);
		}
	}

	/** Grades the response and stores it; the feedback shows only once it is saved. */
	async answer(given: QuizResponse): Promise<void> {
		// A plain copy: reactive proxies cannot be stored in IndexedDB.
		const response = $state.snapshot(given) as QuizResponse;
		const session = this.#session;
		const question = this.current;
		if (!session || !question || this.#phase !== 'question' || this.#saving) return;
		const now = this.services.clock.now();
		let grade: Grade;
		try {
			grade = this.#loaded.gradeResponse(question, response, this.pack);
		} catch (error) {
			// A bug in grading: said as one (never as a storage problem), and the question stays.
			this.services.problems.report(error);
			return;
		}
		const record = this.#record(session, question, response, grade, now);
		if (await this.#save(record, null)) {
			this.#draft = null;
			this.#lastResponse = response;
			this.#phase = 'feedback';
		}
	}

	/**
	 * Keeps the answer being put together (typed text, pairs placed, an order) so that a reload
	 * puts it back. Writes never queue up: while one is under way only the latest waits.
	 */
	keepDraft(given: QuizResponse): void {
		const session = this.#session;
		const question = this.current;
		if (!session || !question || this.#phase !== 'question') return;
		const response = $state.snapshot(given) as QuizResponse;
		this.#pendingDraft = { quizId: session.id, draft: { questionId: question.id, response } };
		this.#writingDrafts ??= this.#writeDrafts();
	}

	/** Resolves once every kept draft is written (or failed and was reported). */
	async draftsWritten(): Promise<void> {
		await this.#writingDrafts;
	}

	async #writeDrafts(): Promise<void> {
		try {
			for (let next = this.#pendingDraft; next; next = this.#pendingDraft) {
				this.#pendingDraft = null;
				try {
					const { quizzes } = await this.services.storage.writer();
					await quizzes.setDraft(next.quizId, next.draft);
				} catch (error) {
					this.services.problems.report(error);
				}
			}
		} finally {
			this.#writingDrafts = null;
		}
	}

	/** "I was right": the learner overrides a typed answer graded wrong; recorded as such. */
	async overrideCurrent(): Promise<void> {
		const stored = this.currentAnswer;
		if (!stored || stored.correct) return;
		const grade = this.#loaded.overrideGrade({
			correct: stored.correct,
			score: stored.score,
			perFact: stored.perFact,
			overridden: stored.overridden
		});
		await this.#save({ ...stored, ...grade }, stored);
	}

	async next(): Promise<void> {
		const session = this.#session;
		if (!session || this.#phase !== 'feedback') return;
		if (this.#index + 1 < this.#questions.length) {
			this.#index += 1;
			this.#lastResponse = null;
			this.#draft = null;
			this.#shownAt = this.services.clock.now();
			this.#phase = 'question';
			// Where a reload resumes: kept after the move, which never waits for it (the answers
			// are already safe; only the screen to return to is at stake).
			await this.#keepPosition(session.id, this.#index);
			return;
		}
		try {
			const { quizzes } = await this.services.storage.writer();
			const finishedAt = this.services.clock.now();
			await quizzes.finish(session.id, finishedAt);
			this.#session = { ...session, finishedAt };
			this.#phase = 'results';
			this.#endActivity?.();
			// The tap on "See results" ends a first finished session: a calm moment to ask.
			await askPersistenceOnce(this.services.device, finishedAt);
		} catch (error) {
			this.services.problems.report(error);
		}
	}

	/** Flags the current question; it is suspended (never generated again) until unsuspended. */
	async report(reason: 'wrong' | 'unclear', note: string): Promise<boolean> {
		const session = this.#session;
		const question = this.current;
		if (!session || !question) return false;
		return await reportQuestion(this.services, question, session.id, reason, note);
	}

	async retryMistakes(): Promise<void> {
		const session = this.#session;
		const results = this.results;
		if (!session || !results) return;
		// The same questions, arranged anew: options in another order, the key elsewhere.
		const { createRandom, rearrange } = this.#loaded;
		const random = createRandom(this.#seed);
		const questions = results.mistakes.flatMap((index) => {
			const question = this.#questions[index];
			return question ? [rearrange(question, random)] : [];
		});
		const setup = this.#setup ?? { length: 'all', kinds: [], topics: [] };
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

	#enter(
		session: QuizSessionRecord,
		questions: Question[],
		answers: QuizAnswerRecord[],
		setup: QuizSetup | null
	) {
		this.#session = session;
		this.#setup = setup;
		this.#notice = null;
		this.#questions = questions;
		this.#answers = answers;
		this.#resumable = null;
		this.#lastResponse = null;
		// Resume where the learner was: the question on screen (with its feedback if it was
		// answered), or for a quiz stored without that, the first question without an answer.
		const answered = answers.map((answer) => answer.questionId);
		const firstOpen = questions.findIndex((question) => !answered.includes(question.id));
		const position = session.position;
		const onScreen =
			position !== undefined && position >= 0 && position < questions.length ? position : null;
		this.#index = onScreen ?? (firstOpen === -1 ? Math.max(0, questions.length - 1) : firstOpen);
		this.#shownAt = this.services.clock.now();
		this.#endActivity?.();
		this.#endActivity = studyActivity.begin();
		const { restoreResponse, restoreDraft } = this.#loaded;
		const shownAnswer = restoreResponse(this.currentAnswer);
		const current = this.current;
		this.#draft = !shownAnswer && current ? restoreDraft(session, current) : null;
		if (shownAnswer) {
			this.#phase = 'feedback';
			this.#lastResponse = shownAnswer;
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
			id: quizAnswerId(session.id, question.id),
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
			...(grade.typo ? { typo: true } : {}),
			responseMs: Math.max(0, now - this.#shownAt),
			answeredAt: now,
			studyDay: studyDay(now)
		};
	}

	/** Stores `record`, replacing `replacing` (the answer as read) or none. */
	async #save(record: QuizAnswerRecord, replacing: QuizAnswerRecord | null): Promise<boolean> {
		this.#saving = true;
		try {
			const { quizzes } = await this.services.storage.writer();
			const leeches = await quizzes.recordAnswer(
				record,
				schedulerFor(this.settings.values),
				replacing
			);
			this.#keep(record);
			noteStudy(this.services.device, record.answeredAt);
			const leech = leeches[0];
			const fact = leech && this.pack.facts.find((candidate) => candidate.id === leech.factId);
			this.#notice = fact && leech ? leechNotice(fact, leech.lapses) : null;
			return true;
		} catch (error) {
			if (error instanceof AnswerTakenError) {
				// Answered in another tab meanwhile: that answer stands, and is shown here.
				this.#keep(error.stored);
				this.#lastResponse = this.#loaded.restoreResponse(error.stored);
				this.#phase = 'feedback';
				this.#notice = 'This question was answered in another tab; that answer is kept.';
			} else {
				this.services.problems.report(error);
			}
			return false;
		} finally {
			this.#saving = false;
		}
	}

	async #keepPosition(quizId: string, position: number): Promise<void> {
		try {
			const { quizzes } = await this.services.storage.writer();
			await quizzes.setPosition(quizId, position);
		} catch (error) {
			this.services.problems.report(error);
		}
	}

	#keep(record: QuizAnswerRecord): void {
		this.#answers = [...this.#answers.filter((answer) => answer.id !== record.id), record];
	}
}

function plainMap<K, V>(): Map<K, V> {
	return new Map<K, V>();
}

function randomSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
