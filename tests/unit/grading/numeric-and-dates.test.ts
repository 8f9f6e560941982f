import { describe, expect, test } from 'vitest';
import { gradeCloze } from '$lib/domain/grading/cloze';
import { gradeNumeric } from '$lib/domain/grading/numeric';
import { parseDateAnswer } from '$lib/domain/grading/parse-date';
import { parseNumberAnswer } from '$lib/domain/grading/parse-number';
import { generateAll } from '$lib/domain/questions/all';
import type { ClozeQuestion, NumericQuestion } from '$lib/domain/questions/question';
import { articlePack } from '../questions/factories';

const pack = articlePack();
const all = generateAll(pack, { kinds: ['cloze', 'numeric'] });
const numeric = (factId: string) =>
	all.find((q): q is NumericQuestion => q.kind === 'numeric' && q.factIds[0] === factId)!;
const cloze = (factId: string) =>
	all.find((q): q is ClozeQuestion => q.kind === 'cloze' && q.factIds[0] === factId)!;

describe('numeric answers', () => {
	test('accept equivalent forms: 98, 98%, 98 percent, 98 per cent, ninety-eight', () => {
		const question = numeric('tariffs-98-percent');
		for (const typed of [
			'98',
			'98%',
			'98 %',
			'98 percent',
			'98 per cent',
			'ninety-eight',
			'Ninety eight percent'
		]) {
			expect(gradeNumeric(question, typed).correct).toBe(true);
		}
	});

	test('reject a near miss: 89 is not 98', () => {
		expect(gradeNumeric(numeric('tariffs-98-percent'), '89').correct).toBe(false);
		expect(gradeNumeric(numeric('tariffs-98-percent'), 'eighty-nine percent').correct).toBe(false);
	});

	test('reject another unit, accept the right one or none', () => {
		const years = numeric('in-power-more-than-2-years');
		expect(gradeNumeric(years, 'two years').correct).toBe(true);
		expect(gradeNumeric(years, 'more than 2').correct).toBe(true);
		expect(gradeNumeric(years, '2 months').correct).toBe(false);
		expect(gradeNumeric(numeric('tariffs-98-percent'), '98 years').correct).toBe(false);
	});

	test('parse digits with separators and decimals, and number words', () => {
		expect(parseNumberAnswer('1,000')).toEqual({ value: 1000, unit: null });
		expect(parseNumberAnswer('2.5 years')).toEqual({ value: 2.5, unit: 'years' });
		expect(parseNumberAnswer('one hundred and five')).toEqual({ value: 105, unit: null });
		expect(parseNumberAnswer('a thousand')).toEqual({ value: 1000, unit: null });
		expect(parseNumberAnswer('none')).toBeNull();
	});
});

describe('date answers', () => {
	test('accept any way of writing the date at its precision', () => {
		const question = cloze('embassy-in-april-2022');
		for (const typed of [
			'April 2022',
			'april 2022',
			'Apr 2022',
			'2022-04',
			'4/2022',
			'in April, 2022',
			'Aprl 2022',
			'12 April 2022'
		]) {
			expect(gradeCloze(question, typed, pack).correct).toBe(true);
		}
	});

	test('reject another date, a slip in its digits, or less precision', () => {
		const question = cloze('embassy-in-april-2022');
		for (const typed of ['May 2022', 'April 2023', 'April 2202', '2022', 'April']) {
			expect(gradeCloze(question, typed, pack).correct).toBe(false);
		}
	});

	test('parse days in either order and ISO, but not ambiguous digits', () => {
		expect(parseDateAnswer('3 July 2022')).toEqual({ year: 2022, month: 7, day: 3 });
		expect(parseDateAnswer('July 3rd, 2022')).toEqual({ year: 2022, month: 7, day: 3 });
		expect(parseDateAnswer('2022-07-03')).toEqual({ year: 2022, month: 7, day: 3 });
		expect(parseDateAnswer('3/7/2022')).toBeNull();
		expect(parseDateAnswer('Septmber 2023')).toEqual({ year: 2023, month: 9 });
	});
});
