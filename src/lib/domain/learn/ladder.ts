import type { QuestionKind } from '../questions/kinds';
import type { MemoryState } from '../scheduling/memory';

/**
 * The three rungs of the ladder a fact climbs in Learn: recognise it among options, recall
 * it unprompted, then place it among the article's other facts.
 */
export const rungs = ['recognition', 'recall', 'integration'] as const;
export type Rung = (typeof rungs)[number];

export const rungLabels: Record<Rung, string> = {
	recognition: 'recognition',
	recall: 'recall',
	integration: 'integration'
};

/** The question kinds of each rung, in the order they are tried. */
export const rungKinds: Record<Rung, readonly QuestionKind[]> = {
	recognition: ['mcq', 'true-false'],
	recall: ['cloze', 'numeric'],
	integration: ['timeline', 'matching']
};

/** Stability (days) from which a fact is asked to be recalled rather than recognised. */
export const recallFromStability = 2;
/** Stability (days) from which it is asked in relation to other facts: Anki's "mature". */
export const integrationFromStability = 21;

/** A fact's last Learn answer: the rung it was asked at and whether it was right. */
export interface LastLearnAnswer {
	rung: Rung;
	correct: boolean;
}

const step = (rung: Rung, by: number): Rung =>
	rungs[Math.min(rungs.length - 1, Math.max(0, rungs.indexOf(rung) + by))] ?? 'recognition';

/** The rung FSRS's memory alone points to: by stability, how long the memory holds. */
export function rungByMemory(memory: Pick<MemoryState, 'state' | 'stability'> | null): Rung {
	if (!memory || memory.state === 'new') return 'recognition';
	if (memory.stability >= integrationFromStability) return 'integration';
	if (memory.stability >= recallFromStability) return 'recall';
	return 'recognition';
}

/**
 * The rung to ask a fact at next. The memory decides (see `rungByMemory`), held by the last
 * Learn answer: after a right answer the fact stays at least on that rung and climbs at most
 * one; after a wrong one it goes one rung down, whatever FSRS did to its stability. Facts
 * never met in Learn (studied as flashcards or in quizzes) take the memory's rung.
 */
export function rungFor(
	memory: Pick<MemoryState, 'state' | 'stability'> | null,
	last: LastLearnAnswer | null
): Rung {
	const byMemory = rungByMemory(memory);
	if (!last) return byMemory;
	if (!last.correct) return step(last.rung, -1);
	const index = rungs.indexOf(byMemory);
	const floor = rungs.indexOf(last.rung);
	return rungs[Math.min(Math.max(index, floor), floor + 1)] ?? 'recognition';
}

/** Whether `to` is a higher rung than `from`. */
export function isHigher(to: Rung, from: Rung): boolean {
	return rungs.indexOf(to) > rungs.indexOf(from);
}
