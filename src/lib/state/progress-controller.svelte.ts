import type { Pack } from '$lib/domain/pack/schema';
import type { MemoryState } from '$lib/domain/scheduling/memory';
import { buildProgress, weeksShown, type Progress } from '$lib/domain/stats/progress';
import { calibration, calibrationOf, type CalibrationRow } from '$lib/domain/stats/calibration';
import { certaintyTotals } from '$lib/domain/stats/day-tally';
import { dayCounts } from '$lib/domain/scheduling/review-queue';
import { addDays } from '$lib/domain/time/day-names';
import { studyDay, studyDayWindow } from '$lib/domain/time/study-day';
import { readHistoryPage, withOlder, type HistoryEntry } from './quiz-history';
import type { StudyServices } from './services';
import type { SettingsView } from './settings-controller.svelte';
import { studySetOf } from './study-set';

/**
 * Past quizzes listed at first, newest first; "Show older" adds as many again. Each is scored
 * from its questions and answers, so listing thousands at once would slow the page.
 */
export const quizzesPerPage = 50;

/** Records read whole on each load, kept as plain values (the view is rebuilt from them). */
function memoriesByFact(entries: [string, MemoryState][]): ReadonlyMap<string, MemoryState> {
	return new Map(entries);
}

function setOf(values: readonly string[]): ReadonlySet<string> {
	return new Set(values);
}

/**
 * The progress page: every figure from what is stored (memories, ratings, answers, quizzes),
 * read by index and computed by the domain's statistics. Before any study, the same figures
 * from nothing (and no database is created).
 */
export class ProgressController {
	#progress = $state.raw<Progress | null>(null);
	#history = $state.raw<HistoryEntry[]>([]);
	/** Where the next page of past quizzes starts, and how many there are in all. */
	#historyNext = $state(0);
	#historyMore = $state(false);
	/** Counted after the figures are shown; `null` until then. */
	#historyTotal = $state<number | null>(null);
	#workLeft = $state.raw<{ due: number; new: number } | null>(null);
	#calibration = $state.raw<CalibrationRow[]>(calibration([]));

	constructor(
		private readonly services: StudyServices,
		private readonly settings: SettingsView,
		readonly pack: Pack
	) {}

	/** Today's work left: reviews due now and new facts still on offer today. */
	get workLeft() {
		return this.#workLeft;
	}

	get progress() {
		return this.#progress;
	}

	get history() {
		return this.#history;
	}

	/** Past quizzes in all, listed or not. */
	get quizzesInAll(): number | null {
		return this.#historyTotal;
	}

	/** Past quizzes not listed yet: "Show older" lists the next of them. */
	get olderQuizzes(): number {
		if (this.#historyTotal === null) return this.#historyMore ? 1 : 0;
		return Math.max(this.#historyMore ? 1 : 0, this.#historyTotal - this.#historyNext);
	}

	/** Lists the next page of older quizzes below those listed. */
	async showOlder(): Promise<void> {
		try {
			const repositories = await this.services.storage.reader();
			if (!repositories) return;
			const page = await readHistoryPage(repositories.quizzes, quizzesPerPage, this.#historyNext);
			this.#history = withOlder(this.#history, page.entries);
			this.#historyNext = page.next;
			this.#historyMore = page.more;
			this.#historyTotal = await repositories.quizzes.listedCount();
		} catch (error) {
			this.services.problems.report(error);
		}
	}

	/** Learn answers by certainty: how often each level was right. */
	get calibration() {
		return this.#calibration;
	}

	async load(): Promise<void> {
		const now = this.services.clock.now();
		try {
			const repositories = await this.services.storage.reader();
			const packId = this.pack.meta.id;
			if (!repositories) {
				this.#progress = buildProgress({
					pack: this.pack,
					memories: memoriesByFact([]),
					suspended: setOf([]),
					tallies: [],
					studyDays: setOf([]),
					now
				});
				this.#history = [];
				this.#historyNext = 0;
				this.#historyMore = false;
				this.#historyTotal = 0;
				this.#workLeft = {
					due: 0,
					new: Math.min(this.settings.values.newCardsPerDay, this.pack.facts.length)
				};
				return;
			}
			const { memories, quizzes, factFlags } = repositories;
			// The calendar's first day, a little early: its first week starts on a Monday.
			const firstDay = addDays(studyDay(now), -(weeksShown * 7 + 7));
			// Every read at once: the figures and today's work left are shown together.
			const [stored, suspended, tallies, history, met] = await Promise.all([
				memories.forPack(packId),
				factFlags.suspendedFactIds(packId),
				memories.dayTallies(packId),
				readHistoryPage(quizzes, quizzesPerPage),
				memories.newIntroducedBySource(studyDayWindow(now), packId)
			]);
			// Calibration counts every Learn answer ever; the charts, the days they show.
			this.#calibration = calibrationOf(certaintyTotals(tallies));
			this.#progress = buildProgress({
				pack: this.pack,
				memories: memoriesByFact(stored.map((record) => [record.factId, record.memory])),
				suspended: setOf(suspended),
				tallies: tallies.filter((tally) => tally.day >= firstDay),
				studyDays: setOf(tallies.flatMap((tally) => (tally.reviews > 0 ? [tally.day] : []))),
				now
			});
			this.#history = history.entries;
			this.#historyNext = history.next;
			this.#historyMore = history.more;
			const set = studySetOf(this.pack, stored, suspended);
			this.#workLeft = dayCounts({
				packId,
				memories: set.memories,
				factIds: set.factIds,
				now,
				newCardsPerDay: this.settings.values.newCardsPerDay,
				newIntroducedToday: met.flashcard + met.quiz + met.learn
			});
			// Last: it reads every quiz (their questions too) and only says how many there are.
			this.#historyTotal = await quizzes.listedCount();
		} catch (error) {
			this.services.problems.report(error);
		}
	}
}
