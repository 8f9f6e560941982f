import type { MemoryState, ReviewLog } from '$lib/domain/scheduling/memory';
import type { QuizStatus } from './quiz-status';

/** Shapes of the records stored in IndexedDB. Fields are documented where they are stored. */

/** One user setting (schema v1+). */
export interface SettingRecord {
	/** A `SettingKey` of the domain; unknown keys are kept, not deleted. */
	key: string;
	/** The value, validated by the domain's setting schema when read. */
	value: unknown;
	/** When the setting was last written, in ms since the epoch (v2+; 0 for rows from v1). */
	updatedAt: number;
}

/** A quiz as it was generated and asked (schema v3+). The questions are stored, so a resume or review is exact. */
export interface QuizSessionRecord {
	/** Random id (UUID). */
	id: string;
	packId: string;
	packVersion: number;
	/** The generator's seed: with the pack version it reproduces the quiz. */
	seed: number;
	/** What the learner asked for: length, kinds and topics (and facts, for a drill). */
	options: { length: number | 'all'; kinds: string[]; topics: string[]; facts?: string[] };
	/** The questions exactly as asked, in order (`Question` of the domain). */
	questions: unknown[];
	/** Epoch ms. */
	startedAt: number;
	/** Epoch ms, or null while the quiz is under way (an unfinished quiz is offered for resumption). */
	finishedAt: number | null;
	/** True when the learner discarded the quiz instead of finishing it; its answers are kept. */
	abandoned: boolean;
	/** The quiz whose mistakes this one retries, if any. */
	retryOf: string | null;
	/**
	 * The question on screen, written when the learner moves on, so that a reload shows the
	 * same question (or its feedback). Absent on quizzes stored before it was kept.
	 */
	position?: number;
	/**
	 * The answer being put together on the question on screen (typed text, pairs placed, an
	 * order), so that a reload puts it back; replaced on every change and cleared when the
	 * learner moves on. Absent when there is none.
	 */
	draft?: QuizDraftRecord;
	/**
	 * `finishedAt` and `abandoned` as one indexed value (see `QuizStatus`), kept by the
	 * repository (schema v11+). Absent on a quiz not yet stored and on the rows of a backup.
	 */
	status?: QuizStatus;
}

/** An unsubmitted answer to one question of a quiz (see `QuizSessionRecord.draft`). */
export interface QuizDraftRecord {
	questionId: string;
	/** A response of the question's kind (`QuestionResponse` of the domain), parsed when read. */
	response: unknown;
}

/** One answer to one quiz question (schema v3+), written before the next question appears. */
export interface QuizAnswerRecord {
	/**
	 * `<quizId>:<questionId>` (schema v6+; `<quizId>:<questionIndex>` before): one answer per
	 * question of a quiz, whichever tab or position gave it.
	 */
	id: string;
	quizId: string;
	/** Where the question stood in the quiz when answered (for order only). */
	questionIndex: number;
	questionId: string;
	packId: string;
	packVersion: number;
	factIds: string[];
	kind: string;
	/** What the learner gave, as the UI submitted it (kind-specific JSON). */
	given: unknown;
	correct: boolean;
	/** 0..1: partial credit for matching and timeline. */
	score: number;
	perFact: { factId: string; correct: boolean }[];
	/** The learner said "I was right" about a typed answer graded wrong. */
	overridden: boolean;
	/** A typed answer accepted despite a spelling slip (absent on answers stored before). */
	typo?: boolean;
	/** From the question appearing to the answer being submitted, in ms. */
	responseMs: number;
	/** Epoch ms. */
	answeredAt: number;
	/** `YYYY-MM-DD` of the study day (rolls over at 04:00 local time). */
	studyDay: string;
}

/** A learner's report that a question is wrong or unclear (schema v3+). */
export interface QuestionFlagRecord {
	questionId: string;
	packId: string;
	packVersion: number;
	factIds: string[];
	/** The question text as shown, so the list in settings reads without regenerating it. */
	prompt: string;
	quizId: string;
	reason: 'wrong' | 'unclear';
	note: string;
	/** Epoch ms. */
	flaggedAt: number;
	/** While true the generator skips this question id; "unsuspend" sets it false and keeps the report. */
	suspended: boolean;
}

/** A fact's memory: one FSRS card per fact, shared by flashcards and quizzes (schema v4+). */
export interface MemoryRecord {
	/** `<pack-id>:<fact-id>`: progress survives pack edits that keep fact ids. */
	id: string;
	packId: string;
	factId: string;
	/** The pack version of the latest rating. */
	packVersion: number;
	/** The FSRS state in the app's own shape (`MemoryState` of the domain). */
	memory: MemoryState;
	/** Copy of `memory.due`, epoch ms, for the index. */
	due: number;
}

/** One rating of one memory, from a flashcard or a quiz answer (schema v4+). */
export interface ReviewLogRecord {
	/** `quiz:<answer-id>:<fact-id>`, `learn:<answer-id>:<fact-id>` or `card:<memory-id>:<reviewedAt>`. */
	id: string;
	memoryId: string;
	packId: string;
	factId: string;
	packVersion: number;
	source: 'flashcard' | 'quiz' | 'learn';
	/** The quiz answer behind a quiz rating, else null. */
	quizAnswerId: string | null;
	/** The Learn answer behind a Learn rating (schema v9+); absent otherwise. */
	learnAnswerId?: string;
	/** `YYYY-MM-DD` of the study day (rolls over at 04:00 local time). */
	studyDay: string;
	/** Epoch ms. */
	reviewedAt: number;
	/** What the rating did, including the memory before it (restoring it is the undo). */
	log: ReviewLog;
	/**
	 * The browser tab that made a flashcard rating (kept across reloads of that tab), so that
	 * Undo takes back only this tab's ratings. Absent on older records and on quiz ratings.
	 */
	tabId?: string;
	/**
	 * From the card shown to its rating, in ms (flashcard ratings from schema v8 on; a quiz
	 * answer keeps its own `responseMs`). Absent on older records.
	 */
	durationMs?: number;
}

/**
 * A fact taken out of study (schema v7+): suspended by the learner from its flashcard,
 * reported as wrong or unclear, or suspended as a leech (forgotten too often). A suspended
 * fact is neither shown as a flashcard nor asked in a quiz; "unsuspend" sets `suspended`
 * false and keeps the record.
 */
export interface FactFlagRecord {
	/** The memory id, `<pack-id>:<fact-id>`. */
	id: string;
	packId: string;
	factId: string;
	packVersion: number;
	reason: 'suspended' | 'leech' | 'wrong' | 'unclear';
	/** The learner's note with a report; empty otherwise. */
	note: string;
	/** The fact's lapses when flagged (a leech's count). */
	lapses: number;
	/** Epoch ms. */
	flaggedAt: number;
	suspended: boolean;
}

/**
 * A Learn session (schema v9+): the day's plan and every question it asked, so that a
 * reload or a second tab resumes exactly. Questions are generated one at a time, as each
 * fact comes up, on the rung its memory has then.
 */
export interface LearnSessionRecord {
	/** Random id (UUID). */
	id: string;
	packId: string;
	packVersion: number;
	/** Seeds each step's question (with the step's number). */
	seed: number;
	/** `YYYY-MM-DD` of the study day it was planned for. */
	studyDay: string;
	/** Epoch ms. */
	startedAt: number;
	/** Epoch ms, or null while under way. */
	finishedAt: number | null;
	/** Facts still to ask, in order: the plan, with facts answered wrong put back in. */
	queue: string[];
	/** Every question asked, in order (`Question` of the domain), with its fact and rung. */
	steps: LearnStepRecord[];
	/** Rounds whose summary the learner has read and left: a resume goes past them. */
	roundsSeen: number;
}

export interface LearnStepRecord {
	factId: string;
	/** A `Rung` of the domain. */
	rung: string;
	question: unknown;
}

/** One answer in Learn, with how sure the learner said they were (schema v9+). */
export interface LearnAnswerRecord {
	/** `<sessionId>:<step>`: one answer per step, whichever tab gave it. */
	id: string;
	sessionId: string;
	step: number;
	questionId: string;
	packId: string;
	packVersion: number;
	/** The fact the step is about (a matching or timeline question rates others too). */
	factId: string;
	factIds: string[];
	kind: string;
	/** The rung it was asked at. */
	rung: string;
	/** What the learner gave (`QuestionResponse` of the domain). */
	given: unknown;
	correct: boolean;
	/** 0..1: partial credit for matching and timeline. */
	score: number;
	perFact: { factId: string; correct: boolean }[];
	/** 1 unsure, 2 fairly sure, 3 sure: said before the feedback. */
	certainty: number;
	/** A typed answer accepted despite a spelling slip (absent on answers stored before). */
	typo?: boolean;
	/** Certainty-based marks (UCL: right 1/2/3, wrong 0/−2/−6). */
	marks: number;
	responseMs: number;
	/** Epoch ms. */
	answeredAt: number;
	studyDay: string;
}

/**
 * What the statistics need of one study day of one pack (schema v10+), counted from that
 * day's review logs, quiz answers and Learn answers (see `DayTally` of the domain). Derived:
 * recomputed from the day's records in the same transaction as every write that changes them,
 * never edited by itself, and not part of backups (an import recomputes them).
 */
export interface DayTallyRecord {
	/** `<pack-id>:<YYYY-MM-DD>`. */
	id: string;
	packId: string;
	/** The newest pack version among the day's records. */
	packVersion: number;
	/** `YYYY-MM-DD` of the study day, as stored with its records. */
	studyDay: string;
	reviews: number;
	ratings: number;
	answers: number;
	ms: number;
	flashcards: { right: number; total: number };
	quizzes: { right: number; total: number };
	/** Learn answers by certainty (1 unsure, 2 fairly sure, 3 sure). */
	certainty: Record<1 | 2 | 3, { right: number; total: number }>;
}
