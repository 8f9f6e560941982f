import type { QuizSessionRecord } from './records';

/**
 * Where a stored quiz stands: under way, finished (listed among past quizzes), or discarded.
 * Stored beside `finishedAt` and `abandoned`, which say the same, because IndexedDB can index
 * a string but not a null or a boolean: the index `[status+startedAt]` finds the unfinished
 * quiz and counts and pages the finished ones without reading every stored quiz.
 */
export type QuizStatus = 'open' | 'finished' | 'discarded';

export function quizStatus(
	session: Pick<QuizSessionRecord, 'finishedAt' | 'abandoned'>
): QuizStatus {
	if (session.finishedAt === null) return 'open';
	return session.abandoned ? 'discarded' : 'finished';
}

/** A quiz as it is stored: with the status its fields give (see `QuizStatus`). */
export function withStatus<T extends Pick<QuizSessionRecord, 'finishedAt' | 'abandoned'>>(
	session: T
): T & { status: QuizStatus } {
	return { ...session, status: quizStatus(session) };
}

/** A quiz as a backup holds it: the status is derived, so it is left out. */
export function withoutStatus<T extends object>(session: T): Omit<T, 'status'> {
	const rest: T & { status?: unknown } = { ...session };
	delete rest.status;
	return rest;
}
