import { describe, expect, test } from 'vitest';
import { matchTyped } from '$lib/domain/grading/typed';
import { makeEntity } from '../questions/factories';
import { foldAnswer } from '$lib/domain/text/fold';

const entities = [
	makeEntity({ id: 'australia', name: 'Australia' }),
	makeEntity({ id: 'austria', name: 'Austria' }),
	makeEntity({ id: 'taliban', name: 'Taliban', kind: 'group', aliases: ['Taliban regime'] }),
	makeEntity({ id: 'xinjiang', name: 'Xinjiang', kind: 'region' }),
	makeEntity({ id: 'us', name: 'United States', aliases: ['US'] })
];
const names = new Map(
	entities.flatMap((e) => [e.name, ...e.aliases].map((name) => [foldAnswer(name), e.name] as const))
);
const grade = (typed: string, accepted: string[]) => matchTyped(typed, accepted, names);

describe('typed answers', () => {
	test('ignore case, accents, punctuation, spacing and a leading article', () => {
		for (const typed of ['xinjiang', 'XINJIANG', 'Xīnjiāng', ' Xinjiang. ', 'the Xinjiang']) {
			expect(grade(typed, ['Xinjiang'])).toEqual({ correct: true });
		}
		expect(grade('Taliban regime', ['the Taliban regime'])).toEqual({ correct: true });
	});

	test('accept any accepted answer (aliases, per-fact extras)', () => {
		expect(grade('US', ['United States', 'US']).correct).toBe(true);
		expect(grade('partial recognition', ['at least partial', 'partial recognition']).correct).toBe(
			true
		);
	});

	test('forgive a typo scaled to length, and say so', () => {
		expect(grade('Xinjang', ['Xinjiang'])).toEqual({ correct: true, typo: true });
		expect(grade('Xingjiang', ['Xinjiang'])).toEqual({ correct: true, typo: true });
		expect(grade('Xinjaing', ['Xinjiang'])).toEqual({ correct: true, typo: true });
		expect(grade('Xnjng', ['Xinjiang']).correct).toBe(false);
		expect(grade('Kabol', ['Kabul']).correct).toBe(true);
		expect(grade('Kbol', ['Kabul']).correct).toBe(false);
		expect(grade('UK', ['US']).correct).toBe(false);
	});

	test('reject another entity of the pack even within typo reach', () => {
		// "Austria" is 2 edits from "Australia", which a 9-letter answer would forgive.
		expect(grade('Austria', ['Australia'])).toEqual({ correct: false, otherEntity: 'Austria' });
		// A slip at least as close to another entity is not given the benefit of the doubt.
		expect(grade('Austrai', ['Australia'])).toMatchObject({ correct: false });
		expect(grade('Australa', ['Australia'])).toEqual({ correct: true, typo: true });
	});

	test('never forgive a slip in a digit', () => {
		expect(grade('Area 15', ['Area 51']).correct).toBe(false);
	});

	test('an empty answer is wrong', () => {
		expect(grade('  ', ['Xinjiang']).correct).toBe(false);
	});
});
