import { askPersistenceOnce, noteStudy } from './safekeeping';
import type { ReviewLogRecord } from '$lib/db/records';
import { memoryId } from '$lib/domain/scheduling/memory-id';
import { StaleRatingError } from '$lib/db/write-conflicts';
import type { Fact, Pack } from '$lib/domain/pack/schema';
import { factsById } from '$lib/domain/pack/facts-by-id';
import type { RatingPreview } from '$lib/domain/scheduling/fsrs-adapter';
import type { Rating } from '$lib/domain/scheduling/memory';
import {
	buildReviewQueue,
	nextDueAfter,
	studyAheadQueue,
	type QueueEntry
} from '$lib/domain/scheduling/review-queue';
import { nextStudyDayStart, studyDayWindow } from '$lib/domain/time/study-day';
import { schedulerFor } from './scheduler';
import type { StudyServices } from './services';
import type { SettingsView } from './settings-controller.svelte';
import { studyActivity } from './study-activity.svelte';
import { leechNotice } from './leech-notice';
import { studySet } from './study-set';

/** A little after the due moment, so that the card is due when the queue is rebuilt. */
const returnMargin = 250;

export type FlashcardPhase = 'loading' | 'card' | 'done';

/**
 * A flashcard review: due facts first, then new ones up to the day's limit. Every rating is
 * committed (memory and log together) before the next card shows; the last one can be undone,
 * also after a reload.
 */
export class FlashcardController {
	#phase = $state<FlashcardPhase>('loading');
	#queue = $state.raw<QueueEntry[]>([]);
	#flipped = $state(false);
	#preview = $state.raw<RatingPreview | null>(null);
	#undoable = $state.raw<ReviewLogRecord | null>(null);
	#reviewed = $state.raw<Record<Rating, number>>({ again: 0, hard: 0, good: 0, easy: 0 });
	#nextDue = $state<number | null>(null);
	#saving = $state(false);
	#studyingAhead = $state(false);
	#notice = $state<string | null>(null);
	/** The shown card's last review as read when it was shown (see `RatingInput`). */
	#shownLastReview: number | null = null;
	/** When the card on screen was shown, for the time spent on it. */
	#shownAt = 0;
	#endActivity: (() => void) | undefined;
	/** Brings a learning card back when its step is due (see `#scheduleReturn`). */
	#returnTimer: ReturnType<typeof setTimeout> | undefined;
	#returning = $state(false);
	#newMetInQuizzes = $state(0);
	/** The topic this session keeps to (from the progress page), if any. */
	#topic = $state<string | null>(null);
	/** Ratings and undos run one after another, so a quick "U" after a rating is never lost. */
	#work: Promise<unknown> = Promise.resolve();

	readonly #facts: ReadonlyMap<string, Fact>;

	constructor(
		private readonly services: StudyServices,
		private readonly settings: SettingsView,
		readonly pack: Pack
	) {
		this.#facts = factsById(pack);
	}

	get phase() {
		return this.#phase;
	}
	get flipped() {
		return this.#flipped;
	}
	get preview() {
		return this.#preview;
	}
	get remaining() {
		return this.#queue.length;
	}
	get current(): { entry: QueueEntry; fact: Fact } | null {
		const entry = this.#queue[0];
		const fact = entry && this.#facts.get(entry.factId);
		return entry && fact ? { entry, fact } : null;
	}
	/** What Undo would take back, e.g. "Good on “Which country …”", also after a reload. */
	get undoes(): string | null {
		const log = this.#undoable;
		if (!log) return null;
		const cue = this.#facts.get(log.factId)?.cue ?? 'a card';
		const rating = log.log.rating;
		return `${rating.charAt(0).toUpperCase()}${rating.slice(1)} on “${cue}”`;
	}
	get canUndo() {
		return this.#undoable !== null;
	}
	get reviewed() {
		return this.#reviewed;
	}
	get reviewedTotal() {
		const r = this.#reviewed;
		return r.again + r.hard + r.good + r.easy;
	}
	/** Epoch ms of the next card coming due, when nothing is due now. */
	get nextDue() {
		return this.#nextDue;
	}
	/** New facts first met in a quiz today: they came out of today's new-card allowance. */
	get newMetInQuizzes() {
		return this.#newMetInQuizzes;
	}
	/** Whether the next card will come back on this screen by itself (later today). */
	get returning() {
		return this.#returning;
	}
	get saving() {
		return this.#saving;
	}
	/** The topic this session keeps to, if any. */
	get topic() {
		return this.#topic;
	}
	get studyingAhead() {
		return this.#studyingAhead;
	}
	/** A short message about what just happened elsewhere (e.g. a card rated in another tab). */
	get notice() {
		return this.#notice;
	}

	/**
	 * Builds today's queue from what is stored; with `fact`, that one fact's card first (chosen
	 * from the reader: "Study this fact"), then the day's queue.
	 */
	async load(options: { ahead?: boolean; fact?: string; topic?: string } = {}): Promise<void> {
		this.#studyingAhead = options.ahead ?? false;
		if (options.topic !== undefined) this.#topic = options.topic;
		try {
			const now = this.services.clock.now();
			const packId = this.pack.meta.id;
			// Before anything is stored, every fact is new and nothing can be undone.
			const repositories = await this.services.storage.reader();
			const set = await studySet(repositories, this.pack);
			// A topic chosen on the progress page keeps the session to its cards.
			const topic = this.#topic;
			const factIds = topic
				? set.factIds.filter((id) => this.#facts.get(id)?.topics.includes(topic))
				: set.factIds;
			const memories = set.memories;
			const met = repositories
				? await repositories.memories.newIntroducedBySource(studyDayWindow(now), packId)
				: { flashcard: 0, quiz: 0, learn: 0 };
			this.#newMetInQuizzes = met.quiz;
			const chosen = options.fact && this.#facts.has(options.fact) ? options.fact : null;
			const queue = this.#studyingAhead
				? studyAheadQueue({ packId, memories, factIds })
				: buildReviewQueue({
						packId,
						memories,
						factIds,
						now,
						newCardsPerDay: this.settings.values.newCardsPerDay,
						newIntroducedToday: met.flashcard + met.quiz + met.learn
					});
			const chosenId = chosen ? memoryId(packId, chosen) : null;
			this.#queue =
				chosen && chosenId
					? [
							{
								factId: chosen,
								memoryId: chosenId,
								isNew: !memories.some((memory) => memory.id === chosenId && memory.state !== 'new')
							},
							...queue.filter((entry) => entry.factId !== chosen)
						]
					: queue;
			this.#undoable = repositories
				? ((await repositories.memories.undoableRating(packId, this.services.tabId())) ?? null)
				: null;
			this.#nextDue = nextDueAfter(memories, now) ?? null;
			this.#flipped = false;
			await this.#refreshPreview();
			this.#phase = this.#queue.length ? 'card' : 'done';
			if (this.#phase === 'card') this.#endActivity ??= studyActivity.begin();
			else this.#finishActivity();
			this.#scheduleReturn();
		} catch (error) {
			this.services.problems.report(error);
			this.#phase = 'done';
		}
	}

	/**
	 * With nothing due, the next card (a learning step of a card just failed) comes back on its
	 * own when due, as in Anki: one timer for that moment, no polling. Only within the study day;
	 * tomorrow's cards wait for tomorrow's visit.
	 */
	#scheduleReturn(): void {
		clearTimeout(this.#returnTimer);
		this.#returnTimer = undefined;
		this.#returning = false;
		const due = this.#nextDue;
		if (this.#phase !== 'done' || this.#studyingAhead || due === null) return;
		const now = this.services.clock.now();
		if (due >= nextStudyDayStart(now)) return;
		this.#returning = true;
		this.#returnTimer = setTimeout(
			() => void this.#serial(() => this.load()),
			Math.max(0, due - now) + returnMargin
		);
	}

	flip(): void {
		if (this.#phase === 'card') this.#flipped = !this.#flipped;
	}

	/** Rates the card on show; resolves once memory and log are committed. */
	rate(rating: Rating): Promise<void> {
		return this.#serial(() => this.#rate(rating));
	}

	async #rate(rating: Rating): Promise<void> {
		const current = this.current;
		if (!current || !this.#flipped) return;
		this.#saving = true;
		try {
			const { memories } = await this.services.storage.writer();
			const { log, leech } = await memories.rate(
				{
					packId: this.pack.meta.id,
					packVersion: this.pack.meta.version,
					factId: current.fact.id,
					rating,
					now: this.services.clock.now(),
					source: 'flashcard',
					quizAnswerId: null,
					expectedLastReview: this.#shownLastReview,
					tabId: this.services.tabId(),
					durationMs: Math.max(0, this.services.clock.now() - this.#shownAt)
				},
				schedulerFor(this.settings.values)
			);
			this.#notice = leech ? leechNotice(current.fact, leech.lapses) : null;
			noteStudy(this.services.device, log.reviewedAt);
			this.#undoable = log;
			this.#reviewed = { ...this.#reviewed, [rating]: this.#reviewed[rating] + 1 };
			await this.#advance();
		} catch (error) {
			if (error instanceof StaleRatingError) {
				// Another tab rated this card: never rate it twice; study what is due now.
				this.#notice = 'That card was just rated in another tab, so it was not rated again here.';
				await this.load({ ahead: this.#studyingAhead });
			} else {
				this.services.problems.report(error);
			}
		} finally {
			this.#saving = false;
		}
	}

	/** Takes back the last rating (also one made before a reload) and shows that card again. */
	undo(): Promise<void> {
		return this.#serial(() => this.#undo());
	}

	async #undo(): Promise<void> {
		const named = this.#undoable;
		if (!named) return;
		this.#saving = true;
		try {
			const { memories } = await this.services.storage.writer();
			// Exactly the rating the button names, never another one that looks newer by time.
			const undone = await memories.undoLastRating(
				this.pack.meta.id,
				this.services.tabId(),
				named.id
			);
			if (!undone) {
				// Rated since in another tab (or that card again): Undo takes back only this tab's last.
				this.#notice = 'Nothing to undo here: a newer rating was made in another tab.';
				this.#undoable = null;
			} else {
				const rating = undone.log.rating;
				if (this.#reviewed[rating] > 0) {
					this.#reviewed = { ...this.#reviewed, [rating]: this.#reviewed[rating] - 1 };
				}
				const entry: QueueEntry = {
					factId: undone.factId,
					memoryId: undone.memoryId,
					isNew: undone.log.stateBefore === 'new'
				};
				this.#queue = [entry, ...this.#queue.filter((item) => item.memoryId !== entry.memoryId)];
				this.#undoable =
					(await memories.undoableRating(this.pack.meta.id, this.services.tabId())) ?? null;
				this.#notice = null;
				this.#flipped = false;
				this.#phase = 'card';
				this.#endActivity ??= studyActivity.begin();
				await this.#refreshPreview();
			}
		} catch (error) {
			this.services.problems.report(error);
		} finally {
			this.#saving = false;
		}
	}

	/**
	 * Takes the card on show out of study ("Suspend" in its menu, or a report that it is wrong
	 * or unclear); it leaves the queue at once and can be brought back in Settings.
	 */
	suspend(reason: 'suspended' | 'wrong' | 'unclear', note = ''): Promise<boolean> {
		return this.#serial(async () => {
			const current = this.current;
			if (!current) return false;
			try {
				const { factFlags, memories } = await this.services.storage.writer();
				const stored = await memories.get(current.entry.memoryId);
				await factFlags.flag({
					id: current.entry.memoryId,
					packId: this.pack.meta.id,
					factId: current.fact.id,
					packVersion: this.pack.meta.version,
					reason,
					note,
					lapses: stored?.memory.lapses ?? 0,
					flaggedAt: this.services.clock.now(),
					suspended: true
				});
				this.#notice =
					reason === 'suspended'
						? 'Card suspended. Bring it back in Settings → Suspended cards.'
						: 'Thanks — this card is reported and taken out of study. Settings lists it.';
				await this.#drop(current.entry.memoryId);
				return true;
			} catch (error) {
				this.services.problems.report(error);
				return false;
			}
		});
	}

	/** Removes a card from the queue (suspended): the next one shows, or the queue is rebuilt. */
	async #drop(id: string): Promise<void> {
		const rest = this.#queue.filter((entry) => entry.memoryId !== id);
		if (rest.length) {
			this.#queue = rest;
			this.#flipped = false;
			await this.#refreshPreview();
		} else {
			await this.load({ ahead: this.#studyingAhead });
		}
	}

	/** Leaves the screen: a rating already given stays; the rest of the queue waits. */
	stop(): void {
		clearTimeout(this.#returnTimer);
		this.#returnTimer = undefined;
		this.#returning = false;
		this.#finishActivity();
	}

	async #advance(): Promise<void> {
		const [, ...rest] = this.#queue;
		if (rest.length) {
			this.#queue = rest;
			this.#flipped = false;
			await this.#refreshPreview();
		} else {
			// Learning steps may have put cards back in the queue: rebuild it from storage. The
			// rated card stays on screen (its buttons disabled) until the new queue is ready.
			const ahead = this.#studyingAhead;
			await this.load({ ahead: false });
			if (ahead && this.#phase === 'done') this.#studyingAhead = false;
			// The rating that ends a first finished session: a calm moment to ask.
			if (this.#phase === 'done')
				await askPersistenceOnce(this.services.device, this.services.clock.now());
		}
	}

	async #refreshPreview(): Promise<void> {
		const current = this.current;
		if (!current) {
			this.#preview = null;
			return;
		}
		const now = this.services.clock.now();
		const scheduler = schedulerFor(this.settings.values);
		const repositories = await this.services.storage.reader();
		const stored = repositories
			? await repositories.memories.get(current.entry.memoryId)
			: undefined;
		const memory = stored?.memory ?? scheduler.newMemory(now);
		this.#shownLastReview = memory.lastReview;
		this.#shownAt = now;
		this.#preview = scheduler.preview(memory, now);
	}

	#serial<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#work.then(task);
		this.#work = run.catch(() => undefined);
		return run;
	}

	#finishActivity(): void {
		this.#endActivity?.();
		this.#endActivity = undefined;
	}
}
