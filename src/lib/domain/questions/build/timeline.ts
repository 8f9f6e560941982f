import type { PackIndex } from '../pack-index';
import type { TimelineQuestion } from '../question';
import type { Random } from '../random';
import { questionBase } from './base';
import { pickEvents } from './matching';
import type { FactFilter } from './selection';
import { at } from '../at';

/**
 * An ordering question: 3–5 pack events, one of them an event of the fact at `position`,
 * with non-overlapping dates, so exactly one order is right. Events are listed earliest
 * first here; `arrange` shuffles them for display. `null` when fewer than 3 fit.
 */
export function buildTimeline(
	index: PackIndex,
	position: number,
	filter: FactFilter,
	random: Random
): TimelineQuestion | null {
	const chosen = pickEvents(index, position, random.int(3, 5), filter, random);
	if (chosen.length < 3) return null;
	chosen.sort((a, b) => a.interval[0] - b.interval[0]);
	const events = chosen.map((item) => ({
		id: item.event.id,
		label: item.event.label,
		date: item.dateLabel,
		precision: item.event.precision,
		factIds: item.facts.map((p) => at(index.facts, p).id).sort()
	}));
	const explanation = `Earliest first: ${events.map((e) => `${e.label} (${e.date})`).join('; ')}.`;
	return {
		...questionBase(
			index,
			'timeline',
			chosen.flatMap((item) => item.facts),
			0,
			'Put these events in the order they happened, earliest first.',
			explanation
		),
		kind: 'timeline',
		events,
		correctOrder: events.map((event) => event.id)
	};
}
