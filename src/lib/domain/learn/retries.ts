/**
 * Each Learn answer with whether it was a retry: the same fact asked again in the same
 * session after a mistake. First tries are what accuracy counts.
 */
export function markRetries<A extends { sessionId: string; factId: string }>(
	answers: readonly A[]
): { answer: A; retry: boolean }[] {
	const seen = new Set<string>();
	return answers.map((answer) => {
		const key = `${answer.sessionId}\u0000${answer.factId}`;
		const retry = seen.has(key);
		seen.add(key);
		return { answer, retry };
	});
}
