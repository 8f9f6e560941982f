// What the feedback says about how a typed answer was marked, on the article's own questions.
import { describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { gradeCloze } from '$lib/domain/grading/cloze';
import type { ClozeQuestion, Question } from '$lib/domain/questions/question';
import { buildCloze } from '$lib/domain/questions/build/cloze';
import { packIndex } from '$lib/domain/questions/pack-index';
import { typedMarkingNote } from '$lib/domain/quiz/answer-display';

const pack = loadBuiltinPack();
const index = packIndex(pack);

function clozeOf(factId: string): ClozeQuestion {
	const position = pack.facts.findIndex((fact) => fact.id === factId);
	const question = position >= 0 ? buildCloze(index, position) : null;
	if (!question) throw new Error(`no cloze question on ${factId}`);
	return question;
}

/** Grades `text` as the quiz does, then asks for the note the feedback would show. */
function noteFor(question: Question, text: string, overridden = false) {
	if (question.kind !== 'cloze') throw new Error('a cloze question is expected');
	const grade = gradeCloze(question, text, pack);
	const note = typedMarkingNote(
		question,
		{ kind: 'cloze', text },
		{ correct: grade.correct || overridden, typo: grade.typo ?? false, overridden }
	);
	return { correct: grade.correct, note };
}

describe('the note on a typed answer', () => {
	const representative = clozeOf('taliban-diplomat-accepted-as-permanent-representative');
	const violations = clozeOf('consensus-based-on-human-rights-violations');

	test('the answer as shown, in any case or spacing, needs no note', () => {
		expect(noteFor(representative, 'permanent representative')).toEqual({
			correct: true,
			note: null
		});
		expect(noteFor(representative, '  Permanent  Representative ').note).toBeNull();
	});

	test('another accepted wording is accepted, and the note names the wording shown', () => {
		expect(noteFor(representative, 'ambassador')).toEqual({
			correct: true,
			note: 'Accepted as another way of saying “permanent representative”.'
		});
	});

	test('a slip is accepted with the spelling', () => {
		expect(noteFor(representative, 'permanent representatve')).toEqual({
			correct: true,
			note: 'Accepted — the spelling is “permanent representative”.'
		});
	});

	test('a slip of another accepted wording names that wording, not only the answer shown', () => {
		const embassy = clozeOf('russia-handed-afghan-embassy-to-taliban');
		expect(noteFor(embassy, 'the afghan embasy')).toEqual({
			correct: true,
			note: 'Accepted — the spelling is “the Afghan embassy”, another way of saying “the embassy of Afghanistan”.'
		});
	});

	test('a wrong answer is shown every other wording that would have counted', () => {
		const { correct, note } = noteFor(violations, 'human rights record');
		expect(correct).toBe(false);
		const others = violations.accepted.slice(1);
		expect(others.length).toBeGreaterThan(3);
		expect(note).toBe(
			`Also counted as right: ${others.map((answer) => `“${answer}”`).join(', ')}.`
		);
	});

	test('half of a coordinated answer is told it is part of the answer, and what the whole is', () => {
		const kazan = pack.facts.find(
			(fact) =>
				fact.object.type === 'text' && fact.object.value === 'terrorism and drug trafficking'
		);
		if (!kazan) throw new Error('the article pack has no such fact');
		const question = clozeOf(kazan.id);
		const { correct, note } = noteFor(question, 'terrorism');
		expect(correct).toBe(false);
		expect(note).toMatch(
			/^Part of the answer: the whole of it is “terrorism and drug trafficking”\./
		);
		// Words that are not a whole part of it say nothing of the kind.
		expect(noteFor(question, 'terror').note ?? '').not.toMatch(/Part of the answer/);
	});

	test('a wrong answer with nothing else accepted gets no note, nor does one the learner overruled', () => {
		const single: ClozeQuestion = { ...representative, accepted: ['permanent representative'] };
		expect(noteFor(single, 'consul').note).toBeNull();
		expect(noteFor(violations, 'human rights record', true).note).toBeNull();
	});

	test('an alternative that differs from the shown answer only by case is not listed', () => {
		const question: ClozeQuestion = {
			...representative,
			accepted: ['Kabul', 'KABUL', 'the capital', 'Kabol city']
		};
		expect(noteFor(question, 'KABUL').note).toBeNull();
		expect(noteFor(question, 'Kandahar').note).toBe(
			'Also counted as right: “the capital”, “Kabol city”.'
		);
	});

	test('dates are marked as values, so a date question gets no wording note', () => {
		const dated = pack.facts
			.map((_, position) => buildCloze(index, position))
			.find((question) => question?.date !== undefined);
		if (!dated) throw new Error('the article pack has no dated cloze question');
		expect(
			typedMarkingNote(
				dated,
				{ kind: 'cloze', text: 'never' },
				{ correct: false, typo: false, overridden: false }
			)
		).toBeNull();
	});
});
