import { describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import type { MemoryState } from '$lib/domain/scheduling/memory';
import { sourceSentences, withFacts } from '$lib/domain/stats/memory-map';
import { buildProgress, findFacts, weakestFacts } from '$lib/domain/stats/progress';

const pack = loadBuiltinPack();
const scheduler = createScheduler();
const day = 86_400_000;
const now = Date.UTC(2026, 10, 28, 12);

function learnt(daysAgo: number, rating: 'good' | 'easy' = 'good'): MemoryState {
	const at = now - daysAgo * day;
	let memory = scheduler.newMemory(at);
	for (let step = 0; step < 3; step += 1) memory = scheduler.rate(memory, rating, at + step).memory;
	return memory;
}

describe('the progress page’s figures', () => {
	const [first, second, third] = pack.facts;
	const memories = new Map<string, MemoryState>([
		[first!.id, learnt(1, 'easy')],
		[second!.id, learnt(40)],
		[third!.id, learnt(2)]
	]);
	const progress = buildProgress({
		pack,
		memories,
		suspended: new Set([third!.id]),
		tallies: [],
		studyDays: new Set(['2026-11-27']),
		now
	});

	test('every fact is counted once, by state or as suspended', () => {
		const { byState, suspended } = progress.states;
		expect(Object.values(byState).reduce((a, b) => a + b, 0) + suspended).toBe(pack.facts.length);
		expect(suspended).toBe(1);
		expect(byState.new).toBe(pack.facts.length - 3);
		expect(progress.facts.find((row) => row.id === third!.id)?.state).toBe('suspended');
	});

	test('the memory map covers every fact’s sentence once, in reading order', () => {
		const covered = progress.sentences.flatMap((sentence) => sentence.factIds);
		expect(new Set(covered).size).toBe(covered.length);
		expect(new Set(covered)).toEqual(new Set(sourceSentences(pack).flatMap((s) => s.factIds)));
		const withFirst = progress.sentences.find((sentence) => sentence.factIds.includes(first!.id));
		expect(withFirst?.band).not.toBe('unstudied');
		expect(progress.sentences.at(-1)?.band).toBe('unstudied');
	});

	test('recall is low while most facts are new; forecast and streak read from the records', () => {
		expect(progress.recall.now).toBeGreaterThan(0);
		expect(progress.recall.now).toBeLessThan(0.2);
		expect(progress.recall.studied).toBe(3);
		expect(progress.forecast).toHaveLength(14);
		expect(progress.streaks).toMatchObject({ current: 1, best: 1 });
		expect(progress.heatmap).toHaveLength(84);
		expect(progress.time).toHaveLength(14);
	});

	test('the memory map sentence by sentence: each sentence with its facts’ rows, in its order', () => {
		const rows = withFacts(progress.sentences, progress.facts);
		expect(rows.map((row) => row.key)).toEqual(progress.sentences.map((row) => row.key));
		for (const row of rows) {
			expect(row.facts.map((fact) => fact.id)).toEqual(row.factIds);
		}
		const withFirst = rows.find((row) => row.factIds.includes(first!.id));
		const row = withFirst?.facts.find((fact) => fact.id === first!.id);
		expect(row?.statement).toBe(first!.statement);
		expect(row?.state).not.toBe('new');
		// A row missing from the list is left out, never shown as undefined.
		expect(withFacts(progress.sentences.slice(0, 1), [])[0]?.facts).toEqual([]);
	});

	test('"Drill my weakest": studied facts of lowest recall first, then new ones; never suspended', () => {
		const weakest = weakestFacts(progress.facts, 10);
		expect(weakest).toHaveLength(10);
		expect(weakest[0]).toBe(second!.id);
		expect(weakest[1]).toBe(first!.id);
		expect(weakest).not.toContain(third!.id);
	});

	test('the fact list searches words, filters by state and topic, sorts by recall', () => {
		const topic = first!.topics[0]!;
		const byTopic = findFacts(progress.facts, { topic });
		expect(byTopic.every((row) => row.topics.includes(topic))).toBe(true);
		expect(findFacts(progress.facts, { state: 'suspended' }).map((row) => row.id)).toEqual([
			third!.id
		]);
		const word = first!.statement
			.split(' ')
			.find((part) => part.length > 6)!
			.toUpperCase();
		expect(findFacts(progress.facts, { query: word }).map((row) => row.id)).toContain(first!.id);
		// Weakest first: studied facts by recall, then the ones not studied yet.
		const sorted = findFacts(progress.facts, { sort: 'recall' });
		expect(sorted.slice(0, 3).map((row) => row.id)).toEqual([second!.id, third!.id, first!.id]);
		expect(sorted.at(-1)?.state).toBe('new');
	});
});
