import type { Pack } from '$lib/domain/pack/schema';
import { studySet } from './study-set';
import { studyDay, studyDayWindow } from '$lib/domain/time/study-day';
import type { StudyServices } from './services';

/** Today's work: due reviews, new facts left, and new facts already met in quizzes today. */
export interface DayCounts {
	due: number;
	new: number;
	/** New facts first met in a quiz today: they came out of the day's new-fact allowance. */
	newMetInQuizzes: number;
	/** Questions left in today's Learn session when one is under way, else `null`. */
	learnLeft: number | null;
	/** The quiz the quiz screen offers to resume, if any: answers given of its questions. */
	quizUnderWay: { answered: number; total: number } | null;
}

/** Due and new counts for today on the home screen; none on a first visit (nothing stored). */
export class TodayController {
	#counts = $state.raw<DayCounts | null>(null);
	#loaded = $state(false);

	/**
	 * `loadPack` gives the active pack when counts are needed: the home screen's first paint
	 * does not wait for the pack, the scheduler or Dexie.
	 */
	constructor(
		private readonly services: StudyServices,
		private readonly loadPack: () => Promise<Pack>
	) {}

	get counts() {
		return this.#counts;
	}

	get loaded() {
		return this.#loaded;
	}

	async load(newCardsPerDay: number): Promise<void> {
		try {
			const repositories = await this.services.storage.reader();
			if (repositories) {
				const [pack, { dayCounts }] = await Promise.all([
					this.loadPack(),
					import('$lib/domain/scheduling/review-queue')
				]);
				const { memories } = repositories;
				const now = this.services.clock.now();
				const { factIds, memories: studied } = await studySet(repositories, pack);
				const met = await memories.newIntroducedBySource(studyDayWindow(now), pack.meta.id);
				const session = await repositories.learn.unfinished(pack.meta.id);
				const underWay = session && session.studyDay === studyDay(now) ? session : null;
				const learnLeft = underWay ? await repositories.learn.questionsLeft(underWay) : null;
				const quiz = await repositories.quizzes.unfinished(pack.meta.id);
				const quizUnderWay = quiz
					? {
							answered: (await repositories.quizzes.answersOf(quiz.id)).length,
							total: quiz.questions.length
						}
					: null;
				this.#counts = {
					...dayCounts({
						packId: pack.meta.id,
						memories: studied,
						factIds,
						now,
						newCardsPerDay,
						newIntroducedToday: met.flashcard + met.quiz + met.learn
					}),
					newMetInQuizzes: met.quiz,
					learnLeft,
					quizUnderWay
				};
			}
		} catch (error) {
			this.services.problems.report(error);
		}
		this.#loaded = true;
	}
}
