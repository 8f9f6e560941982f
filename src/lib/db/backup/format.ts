import * as v from 'valibot';
import { slugPattern } from '$lib/domain/pack/vocabulary';
import { strictObject } from '$lib/domain/pack/strict';
import { questionKinds } from '$lib/domain/questions/kinds';
import { ratings } from '$lib/domain/scheduling/memory';

/**
 * The backup format: one JSON file of everything a learner made on this device, table by
 * table, exactly as stored. See docs/backup.md. Parsed strictly on import: a file that does not
 * match changes nothing.
 */

export const backupFormatName = 'sourced-backup';
export const backupFormatVersion = 2;
/** Format versions this app restores: 1 had no Learn tables (read as empty). */
export const readableFormatVersions = [1, 2] as const;

/** Epoch ms between 2000 and 2200: anything else is a damaged date. */
const Epoch = v.pipe(
	v.number(),
	v.integer(),
	v.minValue(Date.UTC(2000, 0, 1), 'is a date before 2000'),
	v.maxValue(Date.UTC(2200, 0, 1), 'is a date after 2200')
);
const Slug = v.pipe(v.string(), v.regex(slugPattern, 'must be lower-case kebab-case'));
const MemoryId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*:[a-z0-9]+(-[a-z0-9]+)*$/, 'must be <pack-id>:<fact-id>')
);
const DayName = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'));
const Text = v.string();
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Version = v.pipe(v.number(), v.integer(), v.minValue(1));
const StateName = v.picklist(['new', 'learning', 'review', 'relearning']);

const Memory = strictObject({
	due: v.number(),
	stability: v.pipe(v.number(), v.minValue(0)),
	difficulty: v.pipe(v.number(), v.minValue(0)),
	elapsedDays: v.pipe(v.number(), v.minValue(0)),
	scheduledDays: v.pipe(v.number(), v.minValue(0)),
	learningStep: Count,
	reps: Count,
	lapses: Count,
	state: StateName,
	lastReview: v.nullable(Epoch)
});

export const SettingRow = strictObject({ key: Text, value: v.unknown(), updatedAt: v.number() });

export const MemoryRow = strictObject({
	id: MemoryId,
	packId: Slug,
	factId: Slug,
	packVersion: Version,
	memory: Memory,
	due: v.number()
});

export const ReviewLogRow = strictObject({
	id: Text,
	memoryId: MemoryId,
	packId: Slug,
	factId: Slug,
	packVersion: Version,
	source: v.picklist(['flashcard', 'quiz', 'learn']),
	quizAnswerId: v.nullable(Text),
	learnAnswerId: v.optional(Text),
	studyDay: DayName,
	reviewedAt: Epoch,
	log: strictObject({
		rating: v.picklist(ratings),
		reviewedAt: Epoch,
		stateBefore: StateName,
		stateAfter: StateName,
		dueBefore: v.number(),
		dueAfter: v.number(),
		elapsedDays: v.number(),
		scheduledDays: v.number(),
		stabilityAfter: v.number(),
		difficultyAfter: v.number(),
		before: Memory
	}),
	tabId: v.optional(Text),
	durationMs: v.optional(Count)
});

export const QuizSessionRow = strictObject({
	id: Text,
	packId: Slug,
	packVersion: Version,
	seed: v.number(),
	options: strictObject({
		length: v.union([Count, v.literal('all')]),
		kinds: v.array(Text),
		topics: v.array(Text),
		facts: v.optional(v.array(Slug))
	}),
	/** Checked question by question when the quiz is opened, as stored quizzes are. */
	questions: v.array(v.unknown()),
	startedAt: Epoch,
	finishedAt: v.nullable(Epoch),
	abandoned: v.boolean(),
	retryOf: v.nullable(Text),
	position: v.optional(Count),
	draft: v.optional(strictObject({ questionId: Text, response: v.unknown() }))
});

export const QuizAnswerRow = strictObject({
	id: Text,
	quizId: Text,
	questionIndex: Count,
	questionId: Text,
	packId: Slug,
	packVersion: Version,
	factIds: v.array(Slug),
	kind: v.picklist(questionKinds),
	given: v.unknown(),
	correct: v.boolean(),
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	perFact: v.array(strictObject({ factId: Slug, correct: v.boolean() })),
	overridden: v.boolean(),
	typo: v.optional(v.boolean()),
	responseMs: v.pipe(v.number(), v.minValue(0)),
	answeredAt: Epoch,
	studyDay: DayName
});

export const QuestionFlagRow = strictObject({
	questionId: Text,
	packId: Slug,
	packVersion: Version,
	factIds: v.array(Slug),
	prompt: Text,
	quizId: Text,
	reason: v.picklist(['wrong', 'unclear']),
	note: Text,
	flaggedAt: Epoch,
	suspended: v.boolean()
});

export const FactFlagRow = strictObject({
	id: MemoryId,
	packId: Slug,
	factId: Slug,
	packVersion: Version,
	reason: v.picklist(['suspended', 'leech', 'wrong', 'unclear']),
	note: Text,
	lapses: Count,
	flaggedAt: Epoch,
	suspended: v.boolean()
});

const RungName = v.picklist(['recognition', 'recall', 'integration']);

export const LearnSessionRow = strictObject({
	id: Text,
	packId: Slug,
	packVersion: Version,
	seed: v.number(),
	studyDay: DayName,
	startedAt: Epoch,
	finishedAt: v.nullable(Epoch),
	queue: v.array(Slug),
	/** Questions are checked one by one when the session is resumed, as stored quizzes are. */
	steps: v.array(strictObject({ factId: Slug, rung: RungName, question: v.unknown() })),
	roundsSeen: Count
});

export const LearnAnswerRow = strictObject({
	id: Text,
	sessionId: Text,
	step: Count,
	questionId: Text,
	packId: Slug,
	packVersion: Version,
	factId: Slug,
	factIds: v.array(Slug),
	kind: v.picklist(questionKinds),
	rung: RungName,
	given: v.unknown(),
	correct: v.boolean(),
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	perFact: v.array(strictObject({ factId: Slug, correct: v.boolean() })),
	certainty: v.picklist([1, 2, 3]),
	typo: v.optional(v.boolean()),
	marks: v.picklist([-6, -2, 0, 1, 2, 3]),
	responseMs: v.pipe(v.number(), v.minValue(0)),
	answeredAt: Epoch,
	studyDay: DayName
});

/** Every stored table, by name, with its rows' schema and the field that keys a row. */
export const backupTables = {
	settings: { row: SettingRow, key: 'key' },
	memories: { row: MemoryRow, key: 'id' },
	reviewLogs: { row: ReviewLogRow, key: 'id' },
	quizSessions: { row: QuizSessionRow, key: 'id' },
	quizAnswers: { row: QuizAnswerRow, key: 'id' },
	questionFlags: { row: QuestionFlagRow, key: 'questionId' },
	factFlags: { row: FactFlagRow, key: 'id' },
	learnSessions: { row: LearnSessionRow, key: 'id' },
	learnAnswers: { row: LearnAnswerRow, key: 'id' }
} as const;

export type BackupTableName = keyof typeof backupTables;

export const backupTableNames = Object.keys(backupTables) as BackupTableName[];

/**
 * Stored tables left out of backups: counted from the tables above (the day tallies), so a
 * restore counts them again instead of trusting a file's copy.
 */
export const derivedTableNames = ['dayTallies'] as const;

export const Backup = strictObject({
	format: v.literal(backupFormatName, `must be "${backupFormatName}"`),
	version: v.picklist(readableFormatVersions, `must be ${readableFormatVersions.join(' or ')}`),
	appVersion: Text,
	schemaVersion: Version,
	exportedAt: Epoch,
	packs: v.array(strictObject({ id: Slug, version: Version })),
	counts: strictObject(
		Object.fromEntries(backupTableNames.map((name) => [name, Count])) as Record<
			BackupTableName,
			typeof Count
		>
	),
	tables: strictObject({
		settings: v.array(SettingRow),
		memories: v.array(MemoryRow),
		reviewLogs: v.array(ReviewLogRow),
		quizSessions: v.array(QuizSessionRow),
		quizAnswers: v.array(QuizAnswerRow),
		questionFlags: v.array(QuestionFlagRow),
		factFlags: v.array(FactFlagRow),
		learnSessions: v.array(LearnSessionRow),
		learnAnswers: v.array(LearnAnswerRow)
	})
});

export type Backup = v.InferOutput<typeof Backup>;
