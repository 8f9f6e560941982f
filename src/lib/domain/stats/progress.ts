import type { Pack } from '../pack/schema';
import type { MemoryState } from '../scheduling/memory';
import { factsByTopic } from '../reader/fact-index';
import { daysEnding } from '../time/day-names';
import { weeklyAccuracy, type WeekAccuracy } from './accuracy';
import { dailyActivity, heatmap, type HeatmapCell } from './activity';
import type { DayTally } from './day-tally';
import { countStates, factState, type FactState, type StateCounts } from './fact-states';
import { dueForecast, type ForecastDay } from './forecast';
import { memoryMap, sourceSentences, type MapSentence } from './memory-map';
import { articleRecall, recallByFact, type ArticleRecall } from './recall';
import { statisticsToday } from './statistics-today';
import { streaks, type Streaks } from './streaks';
import { topicMastery, type TopicMastery } from './topics';

/** Everything the progress page shows, computed from stored records at one moment. */
export interface Progress {
	/** The study day the calendar, streak and weeks end on (see `statisticsToday`). */
	today: string;
	recall: ArticleRecall;
	states: StateCounts;
	topics: TopicMastery[];
	forecast: ForecastDay[];
	heatmap: HeatmapCell[];
	streaks: Streaks;
	weeks: WeekAccuracy[];
	/** Minutes studied on each of the last 14 days, oldest first. */
	time: { day: string; ms: number }[];
	sentences: MapSentence[];
	facts: FactRow[];
	/** Ratings and answers in the period shown (12 weeks). */
	recent: { ratings: number; answers: number };
}

/** One fact in the searchable list. */
export interface FactRow {
	id: string;
	statement: string;
	topics: string[];
	state: FactState | 'suspended';
	/** Probability of recall now; 0 before it is studied. */
	recall: number;
}

export interface ProgressInput {
	pack: Pack;
	/** Memories by fact id. */
	memories: ReadonlyMap<string, MemoryState>;
	suspended: ReadonlySet<string>;
	/** The tallies of the days of the period shown (at least its 12 weeks). */
	tallies: readonly DayTally[];
	/** Every study day ever (for streaks). */
	studyDays: ReadonlySet<string>;
	now: number;
}

/** How far back the calendar, the accuracy and the activity go. */
export const weeksShown = 12;

export function buildProgress(input: ProgressInput): Progress {
	const { pack, memories, suspended, now } = input;
	// Each record stays on the study day stored with it, even one that has not begun in this
	// zone yet (a move westward).
	const today = statisticsToday(now, input.studyDays);
	const factIds = pack.facts.map((fact) => fact.id);
	const recall = recallByFact(factIds, memories, now);
	const studied = new Set(
		factIds.filter((id) => {
			const memory = memories.get(id);
			return memory !== undefined && memory.state !== 'new';
		})
	);
	const activity = dailyActivity(input.tallies);
	const inStudy = [...memories]
		.filter(([id]) => !suspended.has(id) && factIds.includes(id))
		.map(([, memory]) => memory);
	return {
		today,
		recall: articleRecall(factIds, memories, now),
		states: countStates(factIds, memories, suspended),
		topics: topicMastery(
			factsByTopic(pack).map(({ topic, facts }) => ({
				topic,
				factIds: facts.map((fact) => fact.id)
			})),
			memories,
			recall,
			suspended
		),
		forecast: dueForecast(inStudy, now),
		heatmap: heatmap(activity, today, weeksShown),
		streaks: streaks(input.studyDays, today),
		weeks: weeklyAccuracy(input.tallies, today, weeksShown),
		time: daysEnding(today, 14).map((day) => ({ day, ms: activity.get(day)?.ms ?? 0 })),
		sentences: memoryMap(sourceSentences(pack), recall, studied),
		facts: pack.facts.map((fact) => ({
			id: fact.id,
			statement: fact.statement,
			topics: fact.topics,
			state: suspended.has(fact.id) ? 'suspended' : factState(memories.get(fact.id)),
			recall: recall.get(fact.id) ?? 0
		})),
		recent: {
			ratings: input.tallies.reduce((sum, tally) => sum + tally.ratings, 0),
			answers: input.tallies.reduce((sum, tally) => sum + tally.answers, 0)
		}
	};
}

/** The facts of lowest recall, studied ones first (then new ones): for "Drill my weakest". */
export function weakestFacts(rows: readonly FactRow[], count = 10): string[] {
	const rank = (row: FactRow) => (row.state === 'new' ? 1 : 0);
	return rows
		.filter((row) => row.state !== 'suspended')
		.map((row, order) => ({ row, order }))
		.sort((a, b) => rank(a.row) - rank(b.row) || a.row.recall - b.row.recall || a.order - b.order)
		.slice(0, count)
		.map(({ row }) => row.id);
}

/** The fact list as searched, filtered and sorted on the progress page. */
export function findFacts(
	rows: readonly FactRow[],
	options: {
		query?: string;
		state?: FactRow['state'] | 'all';
		topic?: string | 'all';
		sort?: 'article' | 'recall';
	}
): FactRow[] {
	const words = (options.query ?? '')
		.toLowerCase()
		.split(/\s+/)
		.filter((word) => word.length > 0);
	const found = rows.filter(
		(row) =>
			(options.state === undefined || options.state === 'all' || row.state === options.state) &&
			(options.topic === undefined ||
				options.topic === 'all' ||
				row.topics.includes(options.topic)) &&
			words.every((word) => row.statement.toLowerCase().includes(word))
	);
	// Weakest first: studied facts by recall, then those not yet studied (nothing to be weak at).
	const rank = (row: FactRow) => (row.state === 'new' ? 1 : 0);
	return options.sort === 'recall'
		? [...found].sort((a, b) => rank(a) - rank(b) || a.recall - b.recall)
		: found;
}
