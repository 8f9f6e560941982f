import { describe, expect, test } from 'vitest';
import { gradeMcq, gradeTrueFalse } from '$lib/domain/grading/choice';
import { overrideGrade } from '$lib/domain/grading/grade';
import { gradeMatching } from '$lib/domain/grading/matching';
import { gradeResponse, ResponseKindError } from '$lib/domain/grading/response';
import { gradeTimeline } from '$lib/domain/grading/timeline';
import type { MatchingQuestion, TimelineQuestion } from '$lib/domain/questions/question';
import { generateAll } from '$lib/domain/questions/all';
import { articlePack } from '../questions/factories';

const pack = articlePack();
const all = generateAll(pack);

function timeline(ids: string[], facts: string[][]): TimelineQuestion {
	return {
		id: 'timeline:x:0',
		kind: 'timeline',
		packId: 'p',
		packVersion: 1,
		prompt: 'Order',
		explanation: 'Because.',
		factIds: facts.flat().sort(),
		sources: [],
		events: ids.map((id, i) => ({
			id,
			label: id,
			date: String(2000 + i),
			precision: 'year',
			factIds: facts[i] ?? []
		})),
		correctOrder: ids
	};
}

describe('timeline grading: correctly ordered pairs (Kendall tau)', () => {
	const question = timeline(['a', 'b', 'c', 'd'], [['fa'], ['fb'], ['fc'], ['fd']]);

	test('the right order scores 1, the reverse 0', () => {
		expect(gradeTimeline(question, ['a', 'b', 'c', 'd'])).toMatchObject({
			correct: true,
			score: 1
		});
		expect(gradeTimeline(question, ['d', 'c', 'b', 'a'])).toMatchObject({
			correct: false,
			score: 0
		});
	});

	test('one adjacent swap loses one pair of six, and only its two events', () => {
		const grade = gradeTimeline(question, ['a', 'c', 'b', 'd']);
		expect(grade.score).toBeCloseTo(5 / 6);
		expect(grade.perFact).toEqual([
			{ factId: 'fa', correct: true },
			{ factId: 'fb', correct: false },
			{ factId: 'fc', correct: false },
			{ factId: 'fd', correct: true }
		]);
	});

	test('a missing event counts as misplaced', () => {
		expect(gradeTimeline(question, ['a', 'b', 'c']).score).toBeCloseTo(3 / 6);
	});
});

describe('matching grading: per pair', () => {
	const question = all.find((q): q is MatchingQuestion => q.kind === 'matching')!;

	test('every pair right scores 1; each pair counts for its facts', () => {
		const rights = question.pairs.map((pair) => pair.right);
		expect(gradeMatching(question, rights)).toMatchObject({ correct: true, score: 1 });
		const swapped = [rights[1]!, rights[0]!, ...rights.slice(2)];
		const grade = gradeMatching(question, swapped);
		expect(grade.correct).toBe(false);
		expect(grade.score).toBeCloseTo((rights.length - 2) / rights.length);
		const wrong = new Set([...question.pairs[0]!.factIds, ...question.pairs[1]!.factIds]);
		for (const result of grade.perFact) expect(result.correct).toBe(!wrong.has(result.factId));
	});

	test('unanswered pairs are wrong', () => {
		expect(gradeMatching(question, []).score).toBe(0);
	});
});

describe('choices and the override', () => {
	test('mcq and true/false are right or wrong on their one fact', () => {
		const mcq = all.find((q) => q.kind === 'mcq');
		if (mcq?.kind !== 'mcq') throw new Error('no mcq');
		expect(gradeMcq(mcq, mcq.answerIndex)).toEqual({
			correct: true,
			score: 1,
			perFact: [{ factId: mcq.factIds[0], correct: true }],
			overridden: false
		});
		expect(gradeMcq(mcq, (mcq.answerIndex + 1) % mcq.options.length).correct).toBe(false);
		const tf = all.find((q) => q.kind === 'true-false');
		if (tf?.kind !== 'true-false') throw new Error('no true/false');
		expect(gradeTrueFalse(tf, tf.answer).correct).toBe(true);
		expect(gradeTrueFalse(tf, !tf.answer).correct).toBe(false);
	});

	test('"I was right" turns a grade correct and records that it was overridden', () => {
		const wrong = {
			correct: false,
			score: 0.5,
			perFact: [{ factId: 'a', correct: false }],
			overridden: false
		};
		expect(overrideGrade(wrong)).toEqual({
			correct: true,
			score: 1,
			perFact: [{ factId: 'a', correct: true }],
			overridden: true
		});
		expect(wrong.overridden).toBe(false);
	});

	test('gradeResponse dispatches by kind and refuses a response of another kind', () => {
		const cloze = all.find((q) => q.kind === 'cloze');
		if (!cloze) throw new Error('no cloze');
		expect(gradeResponse(cloze, { kind: 'cloze', text: 'China' }, pack).perFact).toHaveLength(1);
		expect(() => gradeResponse(cloze, { kind: 'mcq', choice: 0 }, pack)).toThrow(ResponseKindError);
	});
});
