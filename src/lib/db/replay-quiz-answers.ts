import type { Transaction } from 'dexie';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { parseSchedulerSettings } from '$lib/domain/scheduling/settings';
import { applyRatings, quizAnswerRatings, type MemoryTables } from './memory-writes';
import type { QuizAnswerRecord } from './records';

/**
 * Schema v4's upgrade: quiz answers stored before memories existed are replayed into them, in
 * the order they were given, with the learner's scheduling settings at the time of upgrade.
 */
export async function replayQuizAnswers(tx: Transaction): Promise<void> {
	const settings = await tx.table('settings').toArray();
	const value = (key: string) => settings.find((row) => row.key === key)?.value;
	const scheduler = createScheduler(
		parseSchedulerSettings({
			desiredRetention: value('desiredRetention'),
			learningSteps: value('learningSteps')
		})
	);
	const answers = (await tx.table<QuizAnswerRecord>('quizAnswers').toArray()).sort(
		(a, b) => a.answeredAt - b.answeredAt || a.questionIndex - b.questionIndex
	);
	const tables: MemoryTables = {
		memories: tx.table('memories'),
		reviewLogs: tx.table('reviewLogs')
	};
	for (const answer of answers) {
		await applyRatings(tables, scheduler, quizAnswerRatings(answer));
	}
}
