import type {
	DayTallyRecord,
	LearnAnswerRecord,
	QuizAnswerRecord,
	QuizSessionRecord,
	ReviewLogRecord
} from '$lib/db/records';

/**
 * v10's tallies, spelled out: one per pack and study day with any record, counting its
 * ratings (flashcard ones apart, each card's earliest of the day as its first try), its quiz
 * and Learn answers (answers in a retry quiz, and a Learn fact asked again in its session,
 * not first tries), time capped at a minute each, and Learn answers by certainty.
 */
export function tallied(
	logs: ReviewLogRecord[],
	answers: QuizAnswerRecord[],
	sessions: QuizSessionRecord[],
	learned: LearnAnswerRecord[]
): DayTallyRecord[] {
	const retryQuizzes = new Set(sessions.filter((s) => s.retryOf !== null).map((s) => s.id));
	const seen = new Set<string>();
	const learnRetries = new Set(
		[...learned]
			.sort((a, b) => a.answeredAt - b.answeredAt || (a.id < b.id ? -1 : 1))
			.filter((answer) => {
				const key = `${answer.sessionId} ${answer.factId}`;
				const again = seen.has(key);
				seen.add(key);
				return again;
			})
			.map((answer) => answer.id)
	);
	const days = new Map<string, DayTallyRecord>();
	const at = (record: { packId: string; packVersion: number; studyDay: string }) => {
		const id = `${record.packId}:${record.studyDay}`;
		const tally = days.get(id) ?? {
			id,
			packId: record.packId,
			packVersion: record.packVersion,
			studyDay: record.studyDay,
			reviews: 0,
			ratings: 0,
			answers: 0,
			ms: 0,
			flashcards: { right: 0, total: 0 },
			quizzes: { right: 0, total: 0 },
			certainty: {
				1: { right: 0, total: 0 },
				2: { right: 0, total: 0 },
				3: { right: 0, total: 0 }
			}
		};
		tally.packVersion = Math.max(tally.packVersion, record.packVersion);
		days.set(id, tally);
		return tally;
	};
	const cap = (ms: number) => Math.min(ms, 60_000);
	const firstTries = new Map<string, ReviewLogRecord>();
	for (const log of logs) {
		const tally = at(log);
		tally.reviews += 1;
		if (log.source !== 'flashcard') continue;
		tally.ratings += 1;
		tally.ms += log.durationMs === undefined ? 0 : cap(log.durationMs);
		const key = `${tally.id} ${log.memoryId}`;
		const first = firstTries.get(key);
		if (!first || log.reviewedAt < first.reviewedAt) firstTries.set(key, log);
	}
	for (const log of firstTries.values()) {
		const { flashcards } = at(log);
		flashcards.total += 1;
		if (log.log.rating !== 'again') flashcards.right += 1;
	}
	const firstTry = (tally: DayTallyRecord, correct: boolean, retry: boolean) => {
		if (retry) return;
		tally.quizzes.total += 1;
		if (correct) tally.quizzes.right += 1;
	};
	for (const answer of answers) {
		const tally = at(answer);
		tally.answers += 1;
		tally.ms += cap(answer.responseMs);
		firstTry(tally, answer.correct, retryQuizzes.has(answer.quizId));
	}
	for (const answer of learned) {
		const tally = at(answer);
		tally.answers += 1;
		tally.ms += cap(answer.responseMs);
		firstTry(tally, answer.correct, learnRetries.has(answer.id));
		const certainty = tally.certainty[answer.certainty as 1 | 2 | 3];
		certainty.total += 1;
		if (answer.correct) certainty.right += 1;
	}
	return [...days.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
