import type { MemoryState } from '../scheduling/memory';
import { countStates, type StateCounts } from './fact-states';
import { groupRecall } from './recall';

/** A topic's mastery: its recall now and its facts by state. */
export interface TopicMastery {
	topic: string;
	facts: number;
	/** Mean recall over its facts (unstudied count 0); `null` before any is studied. */
	recall: number | null;
	states: StateCounts;
}

export function topicMastery(
	topics: readonly { topic: string; factIds: readonly string[] }[],
	memories: ReadonlyMap<string, MemoryState>,
	recall: ReadonlyMap<string, number>,
	suspended: ReadonlySet<string>
): TopicMastery[] {
	const studied = new Set(
		[...memories].filter(([, memory]) => memory.state !== 'new').map(([id]) => id)
	);
	return topics.map(({ topic, factIds }) => ({
		topic,
		facts: factIds.length,
		recall: groupRecall(factIds, recall, studied),
		states: countStates(factIds, memories, suspended)
	}));
}
