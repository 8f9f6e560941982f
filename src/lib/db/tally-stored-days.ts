import type { Transaction } from 'dexie';
import { retallyAll } from './day-tallies';

/**
 * Schema v10's upgrade: a tally for every pack and study day that holds records, counted
 * from the ratings and answers stored so far.
 */
export async function tallyStoredDays(tx: Transaction): Promise<void> {
	await retallyAll({
		reviewLogs: tx.table('reviewLogs'),
		quizAnswers: tx.table('quizAnswers'),
		quizSessions: tx.table('quizSessions'),
		learnAnswers: tx.table('learnAnswers'),
		dayTallies: tx.table('dayTallies')
	});
}
