// `npm run bench`: building the day's queues at 1k/10k/100k facts, each with a stored memory
// (seeded, see synthetic-records.ts). Reported, never asserted. The flashcard screen builds its
// queue (or the study-ahead one) and the next due time; Home and Progress count the day's work
// from the same queue; Learn plans its session, interleaved by topic.
import { bench, describe } from 'vitest';
import { planLearnSession } from '$lib/domain/learn/plan';
import {
	buildReviewQueue,
	dayCounts,
	nextDueAfter,
	studyAheadQueue,
	type QueueInput
} from '$lib/domain/scheduling/review-queue';
import {
	now,
	queueMemories,
	sizeLabel,
	sizes,
	syntheticFactIds,
	syntheticMemories
} from './synthetic-records';

const packId = 'bench-pack';
const topics = ['politics', 'trade', 'security', 'culture', 'people', 'places'];
/** Ten runs after two warm-ups (more if those take under 200 ms); the table reads the median. */
const runs = { warmupIterations: 2, iterations: 10, time: 200 };

for (const size of sizes) {
	const factIds = syntheticFactIds(size);
	const memories = queueMemories(packId, syntheticMemories(factIds, size));
	const input: QueueInput = {
		packId,
		memories,
		factIds,
		now,
		newCardsPerDay: 20,
		newIntroducedToday: 5
	};
	const facts = factIds.map((id, i) => ({ id, topics: [topics[i % topics.length]!] }));
	const suspended = new Set(factIds.filter((_, i) => i % 40 === 39));

	describe(`queues: ${size.toLocaleString('en')} facts with a memory each`, () => {
		bench(
			`queue: flashcard queue and next due, ${sizeLabel(size)} facts`,
			() => {
				buildReviewQueue(input);
				nextDueAfter(memories, now);
			},
			runs
		);
		bench(
			`queue: study ahead, ${sizeLabel(size)} facts`,
			() => {
				studyAheadQueue(input);
			},
			runs
		);
		bench(
			`queue: the day's counts (Home, Progress), ${sizeLabel(size)} facts`,
			() => {
				dayCounts(input);
			},
			runs
		);
		bench(
			`queue: Learn plan, ${sizeLabel(size)} facts`,
			() => {
				planLearnSession({
					packId,
					facts,
					memories,
					suspendedFactIds: suspended,
					now,
					newCardsPerDay: 20,
					newIntroducedToday: 5
				});
			},
			runs
		);
	});
}
