import type { FactFlagRecord } from '$lib/db/records';
import type { Fact, Pack } from '$lib/domain/pack/schema';
import { questionText } from '$lib/domain/quiz/answer-display';
import { recallProbability } from '$lib/domain/scheduling/fsrs-adapter';
import type { MemoryState } from '$lib/domain/scheduling/memory';
import { memoryId } from '$lib/domain/scheduling/memory-id';
import { factState, type FactState } from '$lib/domain/stats/fact-states';
import {
	factHistory,
	questionsAsked,
	type HistoryAnswer,
	type HistoryLine
} from '$lib/domain/stats/fact-history';
import type { Repositories } from '$lib/db/repositories';

/** Everything known about one fact: its memory now, every rating and answer, its questions. */
export interface FactDetail {
	fact: Fact;
	memory: MemoryState | null;
	state: FactState;
	/** Probability of recall now (0 before the first review). */
	recall: number;
	flag: FactFlagRecord | null;
	history: HistoryLine[];
	questions: ReturnType<typeof questionsAsked>;
}

/** Reads what is stored about `fact` and puts its detail together. */
export async function readFactDetail(
	repositories: Repositories,
	pack: Pack,
	fact: Fact,
	now: number
): Promise<FactDetail> {
	const packId = pack.meta.id;
	const id = memoryId(packId, fact.id);
	const [stored, logs, answers, flag] = await Promise.all([
		repositories.memories.get(id),
		repositories.memories.logsOf(id),
		repositories.quizzes.answersOnFact(packId, fact.id),
		repositories.factFlags.get(id)
	]);
	const sessions = await repositories.quizzes.sessions([
		...new Set(answers.map((answer) => answer.quizId))
	]);
	// The stored-quiz parser (valibot) loads here, with the data, not with the page.
	const { restoreQuiz } = await import('./restore-quiz');
	const asked = new Map<string, string>();
	for (const session of sessions) {
		const restored = restoreQuiz(session);
		if (!restored.ok) continue;
		for (const question of restored.questions) asked.set(question.id, questionText(question));
	}
	const shown: HistoryAnswer[] = answers.map((answer) => ({
		id: answer.id,
		correct: answer.correct,
		overridden: answer.overridden,
		question: asked.get(answer.questionId) ?? null,
		questionId: answer.questionId
	}));
	const memory = stored?.memory ?? null;
	return {
		fact,
		memory,
		state: factState(memory ?? undefined),
		recall: memory ? recallProbability(memory, now) : 0,
		flag: flag ?? null,
		history: factHistory(
			logs.map((log) => ({
				reviewedAt: log.reviewedAt,
				source: log.source,
				rating: log.log.rating,
				stateBefore: log.log.stateBefore,
				scheduledDays: log.log.scheduledDays,
				quizAnswerId: log.quizAnswerId
			})),
			shown
		),
		questions: questionsAsked(shown)
	};
}
