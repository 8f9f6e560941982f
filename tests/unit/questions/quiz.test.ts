import { describe, expect, test } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { generateAll } from '$lib/domain/questions/all';
import { questionKinds } from '$lib/domain/questions/kinds';
import type { McqQuestion, Question } from '$lib/domain/questions/question';
import { QuizGuard } from '$lib/domain/questions/give-away';
import { packIndex } from '$lib/domain/questions/pack-index';
import { generateQuiz, QuizOptionsError } from '$lib/domain/questions/quiz';
import { articleFacts, articlePack, makeFact } from './factories';
import { quizProblems } from './checks';

const pack = articlePack();

describe('generateQuiz', () => {
	test('gives 10 questions by default, on distinct facts, kinds interleaved', () => {
		const quiz = generateQuiz(loadBuiltinPack(), {}, 1);
		expect(quiz).toHaveLength(10);
		const facts = quiz.flatMap((question) => question.factIds);
		expect(new Set(facts).size).toBe(facts.length);
		expect(new Set(quiz.slice(0, 4).map((question) => question.kind)).size).toBe(4);
	});

	test('count "all" asks every fact it can, once', () => {
		const quiz = generateQuiz(pack, { count: 'all' }, 2);
		const facts = quiz.flatMap((question) => question.factIds);
		expect(new Set(facts).size).toBe(facts.length);
		expect(facts.length).toBeGreaterThan(articleFacts.length / 2);
		expect(quizProblems(quiz, pack)).toEqual([]);
	});

	test('uses only the kinds asked for', () => {
		const quiz = generateQuiz(pack, { count: 'all', kinds: ['cloze', 'numeric'] }, 3);
		expect(new Set(quiz.map((question) => question.kind))).toEqual(new Set(['cloze', 'numeric']));
	});

	test('uses only facts on the topics asked for', () => {
		const facts = articleFacts.map((fact) =>
			fact.subject === 'russia' ? { ...fact, topics: ['russia'] } : fact
		);
		const onRussia = articlePack({ facts });
		const russian = new Set(facts.filter((f) => f.subject === 'russia').map((f) => f.id));
		for (let seed = 0; seed < 20; seed += 1) {
			for (const question of generateQuiz(onRussia, { count: 'all', topics: ['russia'] }, seed)) {
				expect(question.factIds.every((id) => russian.has(id))).toBe(true);
			}
		}
	});

	test('skips excluded (reported) questions but still asks their facts in other ways', () => {
		const reported = generateAll(pack, { kinds: ['mcq'] }).map((question) => question.id);
		for (let seed = 0; seed < 30; seed += 1) {
			const quiz = generateQuiz(
				pack,
				{ count: 'all', kinds: ['mcq', 'cloze'], excludeQuestionIds: reported },
				seed
			);
			expect(quiz.some((question) => reported.includes(question.id))).toBe(false);
		}
		const onlyMcq = generateQuiz(
			pack,
			{ count: 'all', kinds: ['mcq'], excludeQuestionIds: reported },
			5
		);
		expect(onlyMcq).toEqual([]);
		// Every fact with a reported mcq is still asked as a cloze in some quiz. (Short quizzes:
		// in a long one, a cloze keyed "China" meets a text naming China and stays out.)
		const asked = new Set(
			Array.from({ length: 60 }, (_, seed) =>
				generateQuiz(
					pack,
					{ count: 3, kinds: ['mcq', 'cloze'], excludeQuestionIds: reported },
					seed
				)
			)
				.flat()
				.flatMap((question) => question.factIds)
		);
		const clozeable = generateAll(pack, { kinds: ['cloze'] }).flatMap((q) => q.factIds);
		for (const id of reported.map((rid) => rid.split(':')[1] ?? '')) {
			if (clozeable.includes(id)) expect(asked).toContain(id);
		}
	});

	test('never holds two questions where one states the answer of the other', () => {
		// The second cue names the first fact's answer (Kabul); both are about China.
		const facts = [
			...articleFacts,
			makeFact({
				id: 'ambassador-credentials',
				statement: 'The new ambassador presented credentials in Kabul in 2023.',
				cue: 'In what year did the ambassador China sent to Kabul present credentials?',
				answer: '2023',
				subject: 'china',
				relation: 'credentials-in',
				object: { type: 'date', value: '2023', precision: 'year' }
			})
		];
		const giving = articlePack({ facts });
		for (let seed = 0; seed < 200; seed += 1) {
			const ids = generateQuiz(giving, { count: 'all' }, seed).flatMap(
				(question) => question.factIds
			);
			expect(ids.includes('ambassador-to-kabul') && ids.includes('ambassador-credentials')).toBe(
				false
			);
		}
	});

	test('rejects a bad count or kind with a typed error', () => {
		expect(() => generateQuiz(pack, { count: 0 })).toThrow(QuizOptionsError);
		expect(() => generateQuiz(pack, { count: 2.5 })).toThrow(QuizOptionsError);
		// @ts-expect-error: an unknown kind from untyped input
		expect(() => generateQuiz(pack, { kinds: ['essay'] })).toThrow(/unknown question kind "essay"/);
	});

	test('is pure: the same seed gives the same quiz, and the pack is not changed', () => {
		const before = structuredClone(pack);
		expect(generateQuiz(pack, { count: 'all' }, 9)).toEqual(
			generateQuiz(pack, { count: 'all' }, 9)
		);
		expect(pack).toEqual(before);
	});
});

describe('orders across seeds (article pack)', () => {
	const article = loadBuiltinPack();
	const pairs = 500;
	const ids = (quiz: Question[]) => quiz.map((question) => question.id).join(',');

	test('the large majority of seed pairs give a different question order', () => {
		let differing = 0;
		let optionPairs = 0;
		let optionsDiffering = 0;
		for (let i = 0; i < pairs; i += 1) {
			const a = generateQuiz(article, { count: 10 }, 2 * i);
			const b = generateQuiz(article, { count: 10 }, 2 * i + 1);
			if (ids(a) !== ids(b)) differing += 1;
			// The same mcq in both quizzes: are its options in another order?
			for (const question of a) {
				const twin = b.find((other) => other.id === question.id);
				if (question.kind === 'mcq' && twin?.kind === 'mcq') {
					optionPairs += 1;
					if (question.options.join('|') !== twin.options.join('|')) optionsDiffering += 1;
				}
			}
		}
		const share = differing / pairs;
		const optionShare = optionsDiffering / optionPairs;
		console.info(
			`question order differs for ${(share * 100).toFixed(1)}% of ${pairs} seed pairs; ` +
				`option order differs for ${(optionShare * 100).toFixed(1)}% of ${optionPairs} shared mcqs`
		);
		expect(share).toBeGreaterThan(0.95);
		expect(optionShare).toBeGreaterThan(0.8);
	}, 60_000);

	test('every kind the article allows appears in its quizzes', () => {
		const seen = new Set(
			Array.from({ length: 100 }, (_, seed) => generateQuiz(article, { count: 10 }, seed))
				.flat()
				.map((question) => question.kind)
		);
		// The article dates only three events itself: too few to match events with dates, and
		// its cues name one another's answers, so no matching fits a quiz.
		expect(seen).toEqual(new Set(questionKinds.filter((kind) => kind !== 'matching')));
	});
});

describe('details', () => {
	test('dates and numbers make up at most a fifth of a quiz where the rest of the article allows', () => {
		const builtin = loadBuiltinPack();
		const typeOf = new Map(builtin.facts.map((fact) => [fact.id, fact.object.type]));
		const isDetail = (question: Question) =>
			question.kind !== 'matching' &&
			question.kind !== 'timeline' &&
			['date', 'number'].includes(typeOf.get(question.factIds[0] ?? '') ?? '');
		const perQuiz: number[] = [];
		const perShortQuiz: number[] = [];
		for (let seed = 1; seed <= 200; seed += 1) {
			perQuiz.push(generateQuiz(builtin, { count: 10 }, seed).filter(isDetail).length);
			perShortQuiz.push(generateQuiz(builtin, { count: 5 }, seed).filter(isDetail).length);
		}
		// The article's five dates and numbers sit in sentences a 10-question quiz often needs
		// to keep no kind above 40 %: then a third comes in. Without the share, 149 of these 200
		// quizzes held three; with it, 84.
		expect(Math.max(...perQuiz)).toBeLessThanOrEqual(3);
		expect(perQuiz.filter((count) => count === 3).length).toBeLessThanOrEqual(84);
		expect(perShortQuiz.filter((count) => count > 1).length).toBeLessThanOrEqual(1);
		// "All" still asks every one of them.
		expect(
			generateQuiz(builtin, { count: 'all' }, 1).filter(isDetail).length
		).toBeGreaterThanOrEqual(3);
	});
});

describe('QuizGuard.withoutTellingNotes', () => {
	test('leaves out only the option notes that show an answer of the quiz, so the question can stay', () => {
		const builtin = loadBuiltinPack();
		const index = packIndex(builtin);
		const bank = generateAll(builtin);
		const withNotes = bank.filter(
			(question): question is McqQuestion =>
				question.kind === 'mcq' && question.optionNotes.some((note) => note !== null)
		);
		let kept = 0;
		for (const mcq of withNotes) {
			for (const other of bank) {
				if (other === mcq || other.kind === 'matching' || other.kind === 'timeline') continue;
				const guard = new QuizGuard(index);
				if (!guard.tryAdd(other)) continue;
				const pruned = guard.withoutTellingNotes(mcq);
				pruned.optionNotes.forEach((note, i) => {
					const original = mcq.optionNotes[i] ?? null;
					const folded = index.folded(original ?? '');
					// A note is left out exactly when it shows the other question's answer.
					expect(note === null && original !== null).toBe(
						original !== null && guard.showsAnAnswer(folded.text, folded.words)
					);
					if (note !== null) expect(note).toBe(original);
				});
				if (pruned === mcq) continue;
				const refusing = new QuizGuard(index);
				refusing.tryAdd(other);
				const admitting = new QuizGuard(index);
				admitting.tryAdd(other);
				if (!refusing.tryAdd(mcq) && admitting.tryAdd(pruned)) kept += 1;
			}
		}
		// The article pack has such pairs: each would have cost the quiz a question.
		expect(kept).toBeGreaterThan(0);
	});
});
