import { isHigher, rungs, type Rung } from './ladder';

/** One answered question of a round, with where its fact stands after it. */
export interface RoundAnswer {
	factId: string;
	correct: boolean;
	marks: number;
	/** The rung it was asked at. */
	rung: Rung;
	/** The rung its fact will be asked at next. */
	next: Rung;
}

export interface RoundSummary {
	right: number;
	wrong: number;
	marks: number;
	/** Facts that moved up, by the rung they reached. */
	movedUp: Record<Rung, number>;
	/** Facts that moved down a rung. */
	movedDown: number;
}

/**
 * What a round did. A fact asked twice (wrong, then again) counts once in the moves, at its
 * last answer.
 */
export function summariseRound(answers: readonly RoundAnswer[]): RoundSummary {
	const movedUp = Object.fromEntries(rungs.map((rung) => [rung, 0])) as Record<Rung, number>;
	const lastByFact = new Map<string, RoundAnswer>();
	const firstByFact = new Map<string, RoundAnswer>();
	for (const answer of answers) {
		lastByFact.set(answer.factId, answer);
		if (!firstByFact.has(answer.factId)) firstByFact.set(answer.factId, answer);
	}
	let movedDown = 0;
	for (const [factId, last] of lastByFact) {
		const from = firstByFact.get(factId)?.rung ?? last.rung;
		if (isHigher(last.next, from)) movedUp[last.next] += 1;
		else if (isHigher(from, last.next)) movedDown += 1;
	}
	return {
		right: answers.filter((answer) => answer.correct).length,
		wrong: answers.filter((answer) => !answer.correct).length,
		marks: answers.reduce((sum, answer) => sum + answer.marks, 0),
		movedUp,
		movedDown
	};
}

/** "4 facts moved up to recall, 1 to integration", or `null` when none moved up. */
export function movedUpSentence(summary: RoundSummary): string | null {
	const parts = rungs
		.filter((rung) => summary.movedUp[rung] > 0)
		.map((rung) => [summary.movedUp[rung], rung] as const);
	if (parts.length === 0) return null;
	const [first, ...rest] = parts;
	if (!first) return null;
	const head = `${first[0]} ${first[0] === 1 ? 'fact' : 'facts'} moved up to ${first[1]}`;
	return [head, ...rest.map(([count, rung]) => `${count} to ${rung}`)].join(', ');
}
