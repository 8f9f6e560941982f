import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { StudyDatabase } from '$lib/db/database';
import { MemoryRepository } from '$lib/db/memory-repository';
import { QuizRepository } from '$lib/db/quiz-repository';
import { retiredFactIds } from '$lib/domain/pack/retired';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { buildReviewQueue } from '$lib/domain/scheduling/review-queue';
import { freshDatabaseName } from './helpers';

// Pack version 2 of the article retired facts that stated values the article never gives.
// What a learner stored about them under version 1 stays, and resolves as retired.

const pack = loadBuiltinPack();
const packId = pack.meta.id;
const retired = 'china-accepted-taliban-ambassador-in-2024';
const current = 'china-first-to-accept-taliban-diplomat';
const scheduler = createScheduler();
const start = Date.UTC(2026, 10, 20, 12);

let db: StudyDatabase;

beforeEach(async () => {
	db = new StudyDatabase(freshDatabaseName());
	const memories = new MemoryRepository(db);
	for (const factId of [retired, current]) {
		await memories.rate(
			{
				packId,
				packVersion: 1,
				factId,
				rating: 'good',
				now: start,
				source: 'flashcard',
				quizAnswerId: null
			},
			scheduler
		);
	}
	await new QuizRepository(db).flag({
		questionId: `cloze:${retired}:0`,
		packId,
		packVersion: 1,
		factIds: [retired],
		prompt: 'China accepted the first Taliban ambassador to Beijing in ____.',
		quizId: 'quiz-1',
		reason: 'wrong',
		note: '',
		flaggedAt: start,
		suspended: true
	});
});

afterEach(() => db.close());

describe('facts retired by pack version 2', () => {
	test('the article pack is version 2 and no longer has the inferred 2024 fact', () => {
		expect(pack.meta.version).toBe(2);
		expect(retiredFactIds(pack, packId, [retired, current])).toEqual([retired]);
		expect(retiredFactIds(pack, 'another-pack', [retired])).toEqual([]);
	});

	test('their memories, logs and reports are kept, never deleted', async () => {
		const memories = new MemoryRepository(db);
		expect((await memories.forPack(packId)).map((record) => record.id).sort()).toEqual(
			[`${packId}:${current}`, `${packId}:${retired}`].sort()
		);
		expect(await db.reviewLogs.count()).toBe(2);
		const flags = await new QuizRepository(db).flags();
		expect(flags.map((flag) => flag.factIds)).toEqual([[retired]]);
		expect(retiredFactIds(pack, flags[0]!.packId, flags[0]!.factIds)).toEqual([retired]);
	});

	test('a retired fact is never studied again, while current facts go on from their memory', async () => {
		const stored = await new MemoryRepository(db).forPack(packId);
		const queue = buildReviewQueue({
			packId,
			memories: stored.map((record) => ({ id: record.id, ...record.memory })),
			factIds: pack.facts.map((fact) => fact.id),
			now: start + 30 * 86_400_000,
			newCardsPerDay: 100,
			newIntroducedToday: 0
		});
		expect(queue.map((entry) => entry.factId)).not.toContain(retired);
		expect(queue.find((entry) => entry.factId === current)).toMatchObject({ isNew: false });
	});
});
