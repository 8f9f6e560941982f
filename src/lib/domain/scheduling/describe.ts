import { formatInterval } from './format-interval';
import type { MemoryState } from './memory';

/** A fact's memory in a few words, for the reader's fact panel: "Due now", "Learning · due in 10m". */
export function describeMemory(memory: MemoryState, now: number): string {
	if (memory.state === 'new') return 'New';
	const when = memory.due <= now ? 'due now' : `due in ${formatInterval(memory.due - now)}`;
	const stage =
		memory.state === 'review' ? 'Review' : memory.state === 'learning' ? 'Learning' : 'Relearning';
	return `${stage} · ${when}`;
}
