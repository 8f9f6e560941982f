import { describe, expect, test } from 'vitest';
import { gradeMcq, gradeTrueFalse } from '$lib/domain/grading/choice';
import { overrideGrade } from '$lib/domain/grading/grade';
import { gradeMatching } from '$lib/domain/grading/matching';
import { gradeResponse, ResponseKindError } from '$lib/domain/grading/response';
import { gradeTimeline } from '$lib/domain/grading/timeline';
import type { MatchingQuestion, TimelineQuestion } from '$lib/domain/questions/question';
import { generateAll } from '$lib/domain/questions/all';
import {
	matchingMarks,
	ordinal,
	placedSummary,
	timelineMarks
} from '$lib/domain/quiz/answer-display';
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

describe('timeline grading: correctly ordered pairs (Kendall tau); facts by place', () => {
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

	test('an event in its own place is right, even when others were swapped around it', () => {
		const grade = gradeTimeline(question, ['c', 'b', 'a', 'd']);
		expect(grade.score).toBeCloseTo(3 / 6);
		expect(grade.perFact.filter((fact) => fact.correct).map((fact) => fact.factId)).toEqual([
			'fb',
			'fd'
		]);
	});
});

describe('answers marked in place', () => {
	const events = timeline(['a', 'b', 'c', 'd'], [['fa'], ['fb'], ['fc'], ['fd']]);

	test('each timeline event, in the order given, says where it belongs and its date', () => {
		expect(timelineMarks(events, ['b', 'a', 'c', 'd'])).toEqual([
			{ id: 'b', belongsAt: 2, date: '2001', inPlace: false },
			{ id: 'a', belongsAt: 1, date: '2000', inPlace: false },
			{ id: 'c', belongsAt: 3, date: '2002', inPlace: true },
			{ id: 'd', belongsAt: 4, date: '2003', inPlace: true }
		]);
	});

	test('the marks agree with the grade, fact by fact', () => {
		for (const order of [
			['d', 'c', 'b', 'a'],
			['a', 'c', 'b', 'd'],
			['b', 'c', 'd', 'a']
		]) {
			const inPlace = new Set(
				timelineMarks(events, order)
					.filter((mark) => mark.inPlace)
					.map((mark) => `f${mark.id}`)
			);
			const grade = gradeTimeline(events, order);
			for (const fact of grade.perFact) expect(fact.correct).toBe(inPlace.has(fact.factId));
		}
	});

	test('each matching pair is marked as the grade counts it, with its right answer', () => {
		const question = all.find((q): q is MatchingQuestion => q.kind === 'matching')!;
		const rights = question.pairs.map((pair) => pair.right);
		const given = [rights[1]!, rights[0]!, ...rights.slice(2).map((right) => right.toUpperCase())];
		const marks = matchingMarks(question, given);
		expect(marks.map((mark) => mark.correct)).toEqual([
			false,
			false,
			...rights.slice(2).map(() => true)
		]);
		expect(marks[0]).toEqual({ placed: rights[1], right: rights[0], correct: false });
		expect(marks.filter((mark) => mark.correct).length / marks.length).toBe(
			gradeMatching(question, given).score
		);
	});

	test('the feedback counts what is marked in place, for matching and timeline only', () => {
		expect(placedSummary(events, { kind: 'timeline', order: ['b', 'a', 'c', 'd'] })).toBe(
			'5 of 6 pairs of events the right way round; each event says where it belongs, with its date.'
		);
		const question = all.find((q): q is MatchingQuestion => q.kind === 'matching')!;
		const rights = question.pairs.map((pair) => pair.right);
		expect(placedSummary(question, { kind: 'matching', rights })).toBe(
			`${rights.length} of ${rights.length} pairs right; each pair is marked above.`
		);
		expect(placedSummary(question, { kind: 'cloze', text: 'x' })).toBeNull();
	});

	test('places read as ordinals', () => {
		expect([1, 2, 3, 4, 5, 11, 12, 13, 21, 22].map(ordinal)).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'5th',
			'11th',
			'12th',
			'13th',
			'21st',
			'22nd'
		]);
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
