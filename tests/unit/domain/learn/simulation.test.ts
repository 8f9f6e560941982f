// Sixty days of Learn for a simulated learner who answers right with the probability FSRS
// gives (retrievability; a new fact is a guess among options, 1 in 2), sure when that
// probability is high. Prints how many days each fact spends on each rung.
// `npm run simulate:learn` shows the table.
import { describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { learnRating, type Certainty } from '$lib/domain/learn/certainty';
import { rungFor, rungs, type LastLearnAnswer, type Rung } from '$lib/domain/learn/ladder';
import { planLearnSession, requeue } from '$lib/domain/learn/plan';
import { createRandom } from '$lib/domain/questions/random';
import { createScheduler, recallProbability } from '$lib/domain/scheduling/fsrs-adapter';
import type { MemoryState } from '$lib/domain/scheduling/memory';
import { memoryId } from '$lib/domain/scheduling/memory-id';

const pack = loadBuiltinPack();
const day = 24 * 60 * 60 * 1000;
const start = Date.UTC(2026, 0, 5, 8);
const days = 60;

function simulate(seed: number) {
	const scheduler = createScheduler();
	const random = createRandom(seed);
	const memories = new Map<string, MemoryState>();
	const last = new Map<string, LastLearnAnswer>();
	const daysOn = new Map<string, Record<Rung, number>>();
	let answers = 0;

	for (let d = 0; d < days; d += 1) {
		let now = start + d * day;
		// Where each fact met so far stands at the start of the day.
		for (const fact of pack.facts) {
			const memory = memories.get(fact.id);
			if (!memory) continue;
			const tally = daysOn.get(fact.id) ?? { recognition: 0, recall: 0, integration: 0 };
			tally[rungFor(memory, last.get(fact.id) ?? null)] += 1;
			daysOn.set(fact.id, tally);
		}
		let queue = planLearnSession({
			packId: pack.meta.id,
			facts: pack.facts,
			memories: [...memories].map(([factId, memory]) => ({
				id: memoryId(pack.meta.id, factId),
				due: memory.due,
				state: memory.state
			})),
			suspendedFactIds: new Set(),
			now,
			newCardsPerDay: 10,
			newIntroducedToday: 0
		});
		const retries = new Map<string, number>();
		while (queue.length > 0) {
			const [factId, ...rest] = queue;
			if (!factId) break;
			queue = rest;
			const memory = memories.get(factId) ?? scheduler.newMemory(now);
			const rung = rungFor(memory, last.get(factId) ?? null);
			const p = memory.state === 'new' ? 0.5 : recallProbability(memory, now);
			const correct = random.int(0, 999) < p * 1000;
			const certainty: Certainty = p > 0.9 ? 3 : p > 0.7 ? 2 : 1;
			const rating = learnRating({ correct, certainty, responseMs: 8_000, rung });
			memories.set(factId, scheduler.rate(memory, rating, now).memory);
			last.set(factId, { rung, correct });
			answers += 1;
			now += 30_000;
			const tries = retries.get(factId) ?? 0;
			if (!correct && tries < 2) {
				retries.set(factId, tries + 1);
				queue = requeue([factId, ...queue], factId);
			}
		}
	}
	return { daysOn, answers, last, memories };
}

describe('Learn over 60 days (simulation)', () => {
	test('facts climb from recognition to recall within days, and to integration within weeks', () => {
		const { daysOn, answers } = simulate(2026);
		const rows = rungs.map((rung) => {
			const spent = [...daysOn.values()].map((tally) => tally[rung]).sort((a, b) => a - b);
			const reached = spent.filter((n) => n > 0).length;
			const median = spent[Math.floor(spent.length / 2)] ?? 0;
			const mean = spent.reduce((sum, n) => sum + n, 0) / Math.max(1, spent.length);
			return { rung, factsThatReachedIt: reached, meanDays: +mean.toFixed(1), medianDays: median };
		});
		console.log(`Learn simulation: ${pack.facts.length} facts, ${days} days, ${answers} answers`);
		console.table(rows);

		const met = daysOn.size;
		expect(met).toBe(pack.facts.length);
		const byRung = Object.fromEntries(rows.map((row) => [row.rung, row]));
		// Most facts leave recognition within the first week they are met…
		expect(byRung.recognition?.meanDays).toBeLessThan(7);
		// …nearly all reach recall…
		expect(byRung.recall?.factsThatReachedIt).toBeGreaterThan(met * 0.9);
		// …and spend weeks there before they are integrated: not rushed up the ladder…
		expect(byRung.recall?.meanDays).toBeGreaterThan(7);
		// …but most are integrated within two months.
		expect(byRung.integration?.factsThatReachedIt).toBeGreaterThan(met / 2);
	});
});
