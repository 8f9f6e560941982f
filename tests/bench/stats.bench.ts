// `npm run bench`: the statistics the progress page computes, at 1k/10k/100k stored records.
// Reported, never asserted. The records are synthetic and seeded (see synthetic-records.ts);
// every rating and answer falls in the 12 weeks the page reads, the worst case for a history
// of that length. What the page computes, as ProgressController.load composes it:
// `buildProgress` (recall, states, topics, forecast, calendar, streaks, accuracy, time, memory
// map, fact list), the Learn calibration with its retries, and the quiz history's scores.
import { bench, describe } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import type { QuizAnswerRecord, QuizSessionRecord } from '$lib/db/records';
import type { QuizRepository } from '$lib/db/quiz-repository';
import { markRetries } from '$lib/domain/learn/retries';
import type { Pack } from '$lib/domain/pack/schema';
import { generateQuiz } from '$lib/domain/questions/quiz';
import { calibration } from '$lib/domain/stats/calibration';
import { tallyDays } from '$lib/domain/stats/day-tally';
import { buildProgress, type ProgressInput } from '$lib/domain/stats/progress';
import { studyDay } from '$lib/domain/time/study-day';
import { readHistory } from '$lib/state/quiz-history';
import { syntheticPack } from '../unit/questions/synthetic-pack';
import {
	now,
	sizeLabel,
	sizes,
	studyDaysOf,
	syntheticAnswers,
	syntheticLearnAnswers,
	syntheticMemories,
	syntheticRatings
} from './synthetic-records';

const article = loadBuiltinPack();
const articleFactIds = article.facts.map((fact) => fact.id);

/** Ten runs after two warm-ups (more if those take under 200 ms); the table reads the median. */
const runs = { warmupIterations: 2, iterations: 10, time: 200 };

/**
 * The progress page's input with `logs` review logs: four in five flashcard ratings, one in
 * five from quiz answers (as the browser benchmark seeds them), on a pack with a memory per fact.
 */
function progressInput(pack: Pack, logs: number, seed: number): ProgressInput {
	const factIds = pack.facts.map((fact) => fact.id);
	const ratings = syntheticRatings(logs - logs / 5, { packId: pack.meta.id, factIds, seed });
	const answers = syntheticAnswers(logs / 5, { seed: seed + 1 });
	return {
		pack,
		memories: syntheticMemories(factIds, seed + 2),
		suspended: new Set(factIds.filter((_, i) => i % 40 === 39)),
		// Stored tallied by day, as the page reads them.
		tallies: tallyDays(ratings, answers),
		studyDays: studyDaysOf(ratings, answers),
		now
	};
}

describe(`statistics: review logs on the article pack (${article.facts.length} facts)`, () => {
	for (const size of sizes) {
		const input = progressInput(article, size, size);
		bench(
			`stats: every /progress figure, ${sizeLabel(size)} review logs`,
			() => {
				buildProgress(input);
			},
			runs
		);
	}
});

/**
 * Larger packs: 1k facts only. The memory map's sentences (`sourceSentences`) cost facts ×
 * blocks: `highlightSegments` is given every fact of the pack for each block and builds a map
 * of them each time; a synthetic pack has a block per fact, so one call at 10k facts takes
 * minutes, and 100k would take hours. Add the sizes back once that is linear.
 */
const factSizes = [1_000] as const;

describe('statistics: facts with a memory each (synthetic pack), 1k review logs', () => {
	for (const size of factSizes) {
		const input = progressInput(syntheticPack({ facts: size, seed: 1 }), 1_000, size);
		bench(
			`stats: every /progress figure, ${sizeLabel(size)} facts`,
			() => {
				buildProgress(input);
			},
			runs
		);
	}
});

describe('statistics: Learn answers (calibration, first tries)', () => {
	for (const size of sizes) {
		const answers = syntheticLearnAnswers(size, { factIds: articleFactIds, seed: size });
		bench(
			`stats: calibration and retries, ${sizeLabel(size)} Learn answers`,
			() => {
				markRetries(answers);
				calibration(answers);
			},
			runs
		);
	}
});

/**
 * Finished quizzes of 10 questions, as the quiz repository returns them with their answers:
 * real questions drawn from the article, every answer given.
 */
function finishedQuizzes(
	count: number
): { session: QuizSessionRecord; answers: QuizAnswerRecord[] }[] {
	const packId = article.meta.id;
	return Array.from({ length: count }, (_, q) => {
		const id = `quiz-${q}`;
		const questions = generateQuiz(article, { count: 10 }, q + 1);
		const startedAt = now - (count - q) * 3_600_000;
		const answers = questions.map((question, index): QuizAnswerRecord => {
			const answeredAt = startedAt + (index + 1) * 20_000;
			const correct = (q + index) % 4 !== 0;
			return {
				id: `${id}:${question.id}`,
				quizId: id,
				questionIndex: index,
				questionId: question.id,
				packId,
				packVersion: article.meta.version,
				factIds: question.factIds,
				kind: question.kind,
				given: null,
				correct,
				score: correct ? 1 : 0,
				perFact: question.factIds.map((factId) => ({ factId, correct })),
				overridden: false,
				responseMs: 20_000,
				answeredAt,
				studyDay: studyDay(answeredAt)
			};
		});
		const session: QuizSessionRecord = {
			id,
			packId,
			packVersion: article.meta.version,
			seed: q + 1,
			options: { length: 10, kinds: [], topics: [] },
			questions,
			startedAt,
			finishedAt: startedAt + 11 * 20_000,
			abandoned: false,
			retryOf: null
		};
		return { session, answers };
	});
}

describe('statistics: the quiz history (each quiz parsed and scored; the page lists 1,000 at most)', () => {
	for (const size of sizes) {
		// Quiz answers are a fifth of the review logs, ten to a quiz.
		const quizzes = finishedQuizzes(Math.min(1_000, size / 50));
		const repository = {
			history: async (limit: number) => quizzes.slice(0, limit)
		} as Pick<QuizRepository, 'history'> as QuizRepository;
		bench(
			`stats: quiz history of ${sizeLabel(size)} review logs (${quizzes.length} quizzes)`,
			async () => {
				await readHistory(repository, 1000);
			},
			runs
		);
	}
});
