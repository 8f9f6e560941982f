import { describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { certaintyMarks, learnRating } from '$lib/domain/learn/certainty';
import { rungByMemory, rungFor, rungKinds, rungs } from '$lib/domain/learn/ladder';
import { interleave, planLearnSession, requeue, retryGap } from '$lib/domain/learn/plan';
import { learnQuestion } from '$lib/domain/learn/question-for';
import { movedUpSentence, summariseRound } from '$lib/domain/learn/round-summary';
import { generateAll } from '$lib/domain/questions/all';
import { memoryId } from '$lib/domain/scheduling/memory-id';

const pack = loadBuiltinPack();
const now = Date.UTC(2026, 10, 28, 12);
const review = (stability: number) => ({ state: 'review' as const, stability });

describe('the ladder', () => {
	test('the memory decides: new and weak facts are recognised, stronger recalled, mature integrated', () => {
		expect(rungByMemory(null)).toBe('recognition');
		expect(rungByMemory({ state: 'new', stability: 0 })).toBe('recognition');
		expect(rungByMemory({ state: 'learning', stability: 1.2 })).toBe('recognition');
		expect(rungByMemory(review(1.99))).toBe('recognition');
		expect(rungByMemory(review(2))).toBe('recall');
		expect(rungByMemory(review(20.9))).toBe('recall');
		expect(rungByMemory(review(21))).toBe('integration');
	});

	test('a right answer holds the rung and climbs at most one; a wrong one goes one rung down', () => {
		// Stability jumped (an easy rating): still one rung at a time.
		expect(rungFor(review(40), { rung: 'recognition', correct: true })).toBe('recall');
		// Stability has not caught up: a fact right at recall is not sent back to recognition.
		expect(rungFor(review(1), { rung: 'recall', correct: true })).toBe('recall');
		expect(rungFor(review(5), { rung: 'recall', correct: true })).toBe('recall');
		// A lapse resets stability; the rung drops by one only.
		expect(
			rungFor({ state: 'relearning', stability: 0.5 }, { rung: 'integration', correct: false })
		).toBe('recall');
		expect(rungFor(review(30), { rung: 'recall', correct: false })).toBe('recognition');
		expect(rungFor(review(30), { rung: 'recognition', correct: false })).toBe('recognition');
		// Met only as flashcards: the memory's rung.
		expect(rungFor(review(30), null)).toBe('integration');
	});
});

describe('certainty', () => {
	test('UCL marks: right 1/2/3, wrong 0/−2/−6', () => {
		expect([1, 2, 3].map((c) => certaintyMarks(true, c as 1 | 2 | 3))).toEqual([1, 2, 3]);
		expect([1, 2, 3].map((c) => certaintyMarks(false, c as 1 | 2 | 3))).toEqual([0, -2, -6]);
	});

	test('the rating follows the answer, the certainty and the time', () => {
		const base = { responseMs: 5_000, rung: 'recall' as const };
		expect(learnRating({ ...base, correct: false, certainty: 3 })).toBe('again');
		expect(learnRating({ ...base, correct: false, certainty: 1 })).toBe('again');
		expect(learnRating({ ...base, correct: true, certainty: 1 })).toBe('hard');
		expect(learnRating({ ...base, correct: true, certainty: 2 })).toBe('good');
		expect(learnRating({ ...base, correct: true, certainty: 3 })).toBe('easy');
		expect(learnRating({ ...base, responseMs: 10_001, correct: true, certainty: 3 })).toBe('good');
		// A sure pick among options may be luck: never easy.
		expect(learnRating({ ...base, rung: 'recognition', correct: true, certainty: 3 })).toBe('good');
		expect(
			learnRating({ responseMs: 25_000, rung: 'integration', correct: true, certainty: 3 })
		).toBe('easy');
	});
});

describe('the daily plan', () => {
	const facts = pack.facts;

	test('due facts first, then new ones within what is left of the day’s limit, topics taking turns', () => {
		const dueIds = [facts[3], facts[5], facts[8]].map((fact) => fact?.id ?? '');
		const memories = dueIds.map((factId, order) => ({
			id: memoryId(pack.meta.id, factId),
			due: now - (order + 1) * 60_000,
			state: 'review' as const
		}));
		const plan = planLearnSession({
			packId: pack.meta.id,
			facts,
			memories,
			suspendedFactIds: new Set([facts[0]?.id ?? '']),
			now,
			newCardsPerDay: 20,
			newIntroducedToday: 15
		});
		expect(plan.slice(0, 3).sort()).toEqual([...dueIds].sort());
		expect(plan).toHaveLength(3 + 5);
		expect(plan).not.toContain(facts[0]?.id);
		const topicOf = new Map(facts.map((fact) => [fact.id, fact.topics[0]]));
		const newTopics = plan.slice(3).map((id) => topicOf.get(id));
		// Interleaved: no two neighbours share a topic while another topic has facts left.
		expect(new Set(newTopics).size).toBeGreaterThan(1);
	});

	test('interleave takes topics in turn and keeps each topic’s order', () => {
		const topicOf = new Map([
			['a1', 'a'],
			['a2', 'a'],
			['a3', 'a'],
			['b1', 'b'],
			['c1', 'c'],
			['c2', 'c']
		]);
		expect(interleave(['a1', 'a2', 'a3', 'b1', 'c1', 'c2'], topicOf)).toEqual([
			'a1',
			'b1',
			'c1',
			'a2',
			'c2',
			'a3'
		]);
	});

	test('a wrong answer comes back after a few others, or last when few are left', () => {
		expect(requeue(['x', 'a', 'b', 'c', 'd', 'e'], 'x')).toEqual(['a', 'b', 'c', 'x', 'd', 'e']);
		expect(retryGap).toBe(3);
		expect(requeue(['x', 'a'], 'x')).toEqual(['a', 'x']);
		expect(requeue(['x'], 'x')).toEqual(['x']);
	});
});

describe('learnQuestion', () => {
	test('asks each fact on its rung where the fact allows, and on the nearest rung where not', () => {
		const known = new Set(pack.facts.map((fact) => fact.id));
		let recognisable = 0;
		for (const fact of pack.facts) {
			for (const rung of rungs) {
				const found = learnQuestion(pack, fact.id, rung, { seed: 7, known });
				expect(found, `${fact.id} at ${rung}`).not.toBeNull();
				if (!found) continue;
				expect(found.question.factIds).toContain(fact.id);
				expect(rungKinds[found.rung]).toContain(found.question.kind);
				if (rung === 'recognition' && found.rung === 'recognition') recognisable += 1;
			}
		}
		// Every fact the bank can ask by options or a statement is recognised; the rest (whose
		// values have no fair distractors) start at recall.
		const bank = generateAll(pack, { kinds: ['mcq', 'true-false'] });
		const withOptions = new Set(bank.flatMap((question) => question.factIds));
		expect(withOptions.size).toBeGreaterThan(10);
		expect(recognisable).toBeGreaterThanOrEqual(withOptions.size);
	});

	test('integration questions gather only facts already met', () => {
		const met = pack.facts.slice(0, 12).map((fact) => fact.id);
		for (const factId of met) {
			const found = learnQuestion(pack, factId, 'integration', { seed: 3, known: new Set(met) });
			for (const id of found?.question.factIds ?? []) expect(met).toContain(id);
		}
	});

	test('a question asked before is asked again rather than a harder one; a reported one never', () => {
		const known = new Set<string>();
		const bank = generateAll(pack, { kinds: ['mcq'] });
		const mcq = bank.find((question) =>
			generateAll(pack, { kinds: ['true-false'] }).every(
				(other) => !other.factIds.includes(question.factIds[0] ?? '')
			)
		);
		const factId = mcq?.factIds[0] ?? '';
		const first = learnQuestion(pack, factId, 'recognition', { seed: 1, known });
		expect(first?.rung).toBe('recognition');
		if (!first) throw new Error('no first question');
		for (const seed of [1, 2, 3, 4, 5]) {
			const again = learnQuestion(pack, factId, 'recognition', {
				seed,
				known,
				avoid: new Map([[first.question.id, first.question]])
			});
			expect(again?.question.id).toBe(first.question.id);
			// Rearranged: the same options, the key somewhere else.
			if (again?.question.kind !== 'mcq' || first.question.kind !== 'mcq') {
				throw new Error('a multiple choice was expected');
			}
			expect([...again.question.options].sort()).toEqual([...first.question.options].sort());
			expect(again.question.answerIndex).not.toBe(first.question.answerIndex);
		}
		const reported = learnQuestion(pack, factId, 'recognition', {
			seed: 1,
			known,
			exclude: new Set([first?.question.id ?? ''])
		});
		expect(reported?.rung).toBe('recall');
	});

	test('the same seed gives the same question; an avoided question is passed over while others exist', () => {
		const known = new Set<string>();
		const factId = pack.facts[2]?.id ?? '';
		const first = learnQuestion(pack, factId, 'recognition', { seed: 11, known });
		expect(learnQuestion(pack, factId, 'recognition', { seed: 11, known })).toEqual(first);
		const other = learnQuestion(pack, factId, 'recognition', {
			seed: 11,
			known,
			avoid: new Map(first ? [[first.question.id, first.question]] : [])
		});
		expect(other?.question.id).not.toBe(first?.question.id);
	});
});

describe('round summary', () => {
	test('counts moves by the rung reached, each fact once', () => {
		const summary = summariseRound([
			{ factId: 'a', correct: true, marks: 2, rung: 'recognition', next: 'recall' },
			{ factId: 'b', correct: true, marks: 3, rung: 'recognition', next: 'recall' },
			{ factId: 'c', correct: false, marks: -6, rung: 'recall', next: 'recognition' },
			{ factId: 'd', correct: true, marks: 1, rung: 'recall', next: 'recall' },
			{ factId: 'c', correct: true, marks: 1, rung: 'recognition', next: 'recognition' },
			{ factId: 'e', correct: true, marks: 3, rung: 'recall', next: 'integration' }
		]);
		expect(summary).toEqual({
			right: 5,
			wrong: 1,
			marks: 4,
			movedUp: { recognition: 0, recall: 2, integration: 1 },
			movedDown: 1
		});
		expect(movedUpSentence(summary)).toBe('2 facts moved up to recall, 1 to integration');
		expect(movedUpSentence(summariseRound([]))).toBeNull();
	});
});

describe('markRetries', () => {
	test('a fact asked again in the same session is a retry; in another session it is not', async () => {
		const { markRetries } = await import('$lib/domain/learn/retries');
		const marked = markRetries([
			{ sessionId: 's1', factId: 'a' },
			{ sessionId: 's1', factId: 'b' },
			{ sessionId: 's1', factId: 'a' },
			{ sessionId: 's2', factId: 'a' }
		]);
		expect(marked.map((each) => each.retry)).toEqual([false, false, true, false]);
	});
});
