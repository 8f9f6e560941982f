import type { Pack } from '../pack/schema';
import { arrange } from './arrange';
import { buildQuestion, kindVariants, singleFactKinds } from './build';
import type { FactFilter } from './build/selection';
import { QuizGuard } from './give-away';
import { isQuestionKind, questionKinds, type QuestionKind } from './kinds';
import { packIndex, type PackIndex } from './pack-index';
import type { Question } from './question';
import { questionId, variants } from './question-id';
import { createRandom, hashSeed, LazyShuffle, shuffle, type Random } from './random';
import { at } from './at';

export interface QuizOptions {
	/** How many questions (default 10), or `'all'`: as many as the facts allow, one per fact. */
	count?: number | 'all';
	/** Kinds to use (default: all six), shared out evenly where facts allow. */
	kinds?: readonly QuestionKind[];
	/** Only facts on any of these topics (default: all facts). */
	topics?: readonly string[];
	/** Questions not to ask (e.g. reported ones); their facts can still get other questions. */
	excludeQuestionIds?: readonly string[];
	/** Facts not to ask about at all (suspended ones: leeches, cards taken out of study). */
	excludeFactIds?: readonly string[];
	/** Only these facts ("Drill my weakest"); default: every fact. */
	onlyFactIds?: readonly string[];
}

/** A quiz option out of range, e.g. a count of 0 or an unknown kind. */
export class QuizOptionsError extends RangeError {
	override name = 'QuizOptionsError';
}

/** No kind makes up more than this share of a quiz while other kinds can still be asked. */
export const maxKindShare = 0.4;

/**
 * Questions whose answer is a date or a number make up at most this share of a quiz (at least
 * one) while other facts can be asked: a quiz of details tests the article's least useful part.
 */
export const maxDetailShare = 0.2;

/** Matching and timeline questions weigh two: they are longer and use several facts. */
const weight = (kind: QuestionKind) => (singleFactKinds.has(kind) ? 1 : 2);

/** Whole draws tried before settling for a quiz that breaks the kind share (see `generateQuiz`). */
const redraws = 32;
/** Whole draws tried for "All", keeping the longest (see `fullestDraft`). */
const fullRedraws = 8;

/** Whether no kind is over `maxKindShare` of the quiz (single-kind quizzes pass). */
function withinShare(quiz: readonly Question[]): boolean {
	const counts = new Map<QuestionKind, number>();
	for (const question of quiz) counts.set(question.kind, (counts.get(question.kind) ?? 0) + 1);
	const cap = Math.max(1, Math.floor(quiz.length * maxKindShare));
	return counts.size <= 1 || [...counts.values()].every((count) => count <= cap);
}

/** Failed draws of one kind before a slot tries the next kind (keeps large packs O(count)). */
const patience = 32;

/**
 * A quiz: `count` questions in random order (fewer only when `quizCapacity` is lower), at most
 * one per source sentence, kinds interleaved and shared out evenly (matching and timeline
 * count double; no kind above `maxKindShare` while others can be asked), true and false
 * statements balanced, none giving another away. Pure and deterministic: the same pack,
 * options and seed always give the identical quiz. After the pack's index is built (once per
 * pack object) the cost grows with `count`, not pack size.
 */
export function generateQuiz(pack: Pack, options: QuizOptions = {}, seed = 1): Question[] {
	if (options.count === 'all') return fullestDraft(pack, options, seed);
	const wanted = options.count ?? 10;
	// A greedy draw can paint itself into a corner (one item per sentence, no item giving
	// another away): a few more draws, each seeded from the quiz seed, find a fuller mix.
	let quiz: Question[] = [];
	for (let attempt = 0; attempt < redraws; attempt += 1) {
		const draw = draftQuiz(
			pack,
			options,
			attempt === 0 ? seed : hashSeed(`${seed}:${attempt}`),
			true
		);
		if (draw.length >= wanted && withinShare(draw)) return draw;
		if (draw.length > quiz.length || (draw.length === quiz.length && withinShare(draw))) {
			quiz = draw;
		}
	}
	if (quiz.length >= wanted) return quiz;
	// The share cap can strand a greedy draw short of a count the facts allow: then the
	// uncapped draw, cut to length.
	const uncapped = fullestDraft(pack, options, seed);
	return uncapped.length > quiz.length ? uncapped.slice(0, wanted) : quiz;
}

/** The longest of a few uncapped draws: "All" asks as much of the article as it can. */
function fullestDraft(pack: Pack, options: QuizOptions, seed: number): Question[] {
	let best: Question[] = [];
	for (let attempt = 0; attempt < fullRedraws; attempt += 1) {
		const draw = draftQuiz(
			pack,
			{ ...options, count: 'all' },
			attempt === 0 ? seed : hashSeed(`${seed}:${attempt}`),
			false
		);
		if (draw.length > best.length) best = draw;
	}
	return best;
}

/**
 * How many questions a quiz with these options can have (its kinds, topics and exclusions;
 * one per source sentence): what "All" gives for this seed. A quiz of any count up to it
 * has exactly that many questions.
 */
export function quizCapacity(pack: Pack, options: QuizOptions = {}, seed = 1): number {
	return fullestDraft(pack, options, seed).length;
}

function draftQuiz(pack: Pack, options: QuizOptions, seed: number, capShares: boolean): Question[] {
	const kinds = checkOptions(options);
	const target = options.count === 'all' ? Infinity : (options.count ?? 10);
	const index = packIndex(pack);
	const random = createRandom(seed);
	const eligible = eligiblePositions(index, options);
	const excluded = new Set(options.excludeQuestionIds);
	const guard = new QuizGuard(index);
	const filter: FactFilter = {
		isFree: (position) => (eligible === null || eligible.has(position)) && guard.isFree(position)
	};
	const streams = new Map(
		kinds.map((kind) => [kind, new FactStream(candidates(index, kind, eligible), random)])
	);
	const usage = new Map<QuestionKind, number>(kinds.map((kind) => [kind, 0]));
	const counts = new Map<QuestionKind, number>();
	const truths = { true: 0, false: 0 };
	// A share cap needs a known length; "All" takes what the facts give.
	const cap =
		capShares && Number.isFinite(target) && kinds.length > 1
			? Math.max(1, Math.floor(target * maxKindShare))
			: Infinity;
	const detailCap =
		capShares && Number.isFinite(target)
			? Math.max(1, Math.floor(target * maxDetailShare))
			: Infinity;
	let details = 0;
	const quiz: Question[] = [];

	while (quiz.length < target && streams.size > 0) {
		const question =
			nextQuestion(patience, true, true) ??
			nextQuestion(Infinity, true, true) ??
			nextQuestion(Infinity, true, false) ??
			nextQuestion(Infinity, false, false);
		if (!question) break;
		quiz.push(arrange(question, random));
		usage.set(question.kind, (usage.get(question.kind) ?? 0) + weight(question.kind));
		counts.set(question.kind, (counts.get(question.kind) ?? 0) + 1);
		if (question.kind === 'true-false') truths[question.answer ? 'true' : 'false'] += 1;
		if (isDetail(question.kind, index.factPosition.get(question.factIds[0] ?? '') ?? -1)) {
			details += 1;
		}
	}
	return quiz;

	/**
	 * The next question of the least-used kind that has one within `tries` draws; `capped`
	 * skips kinds already at their share of the quiz, `fewDetails` dates and numbers once they are
	 * at theirs (`maxDetailShare`).
	 */
	function nextQuestion(tries: number, capped: boolean, fewDetails: boolean): Question | null {
		const order = shuffle([...streams.keys()], random)
			.filter((kind) => !capped || (counts.get(kind) ?? 0) < cap)
			.sort((a, b) => (usage.get(a) ?? 0) - (usage.get(b) ?? 0));
		for (const kind of order) {
			const stream = streams.get(kind);
			for (let tried = 0; stream && tried < tries; tried += 1) {
				const position = stream.next(!fewDetails);
				if (position === undefined) {
					if (stream.done) streams.delete(kind);
					break;
				}
				// A draw that fails now fails for good: facts only get used, never freed.
				if (!filter.isFree(position)) continue;
				// A detail over its share waits for a draw that allows it.
				if (fewDetails && details >= detailCap && isDetail(kind, position)) {
					stream.defer(position);
					continue;
				}
				const question = firstAdmitted(kind, position);
				if (question) return question;
			}
		}
		return null;
	}

	function firstAdmitted(kind: QuestionKind, position: number): Question | null {
		if (!admissible(kind, position)) return null;
		// A matching or timeline draws its other facts among those that could be admitted.
		const partners: FactFilter = singleFactKinds.has(kind)
			? filter
			: { isFree: (p) => filter.isFree(p) && admissible(kind, p) };
		const factId = at(index.facts, position).id;
		for (const variant of variantOrder(kind)) {
			// Single-fact ids are known before building: skip excluded ones cheaply.
			if (singleFactKinds.has(kind) && excluded.has(questionId(kind, [factId], variant))) continue;
			const built = buildQuestion(index, kind, position, variant, partners, random);
			const question = built?.kind === 'mcq' ? guard.withoutTellingNotes(built) : built;
			if (question && !excluded.has(question.id) && guard.tryAdd(question, checked(question)))
				return question;
		}
		return null;
	}

	/**
	 * Whether the events of the fact at `position` could join a timeline: their labels show no
	 * answer of the quiz, and their dates (a timeline's answers) are shown nowhere.
	 */
	function eventsAdmissible(position: number): boolean {
		for (const eventIndex of index.eventsByFact.get(position) ?? []) {
			const item = at(index.events, eventIndex);
			const label = index.folded(item.event.label);
			if (guard.showsAnAnswer(label.text, label.words)) return false;
			if (guard.shows(index.folded(item.dateLabel).text)) return false;
		}
		return true;
	}

	/**
	 * What `admissible` established for a question built on a fact it passed: its answers are
	 * shown nowhere; and for a fill-in-the-blank or a multiple choice without notes, that all it
	 * shows (the rest of its sentence, or its cue) shows no answer.
	 */
	function checked(question: Question): 'none' | 'answers' | 'both' {
		switch (question.kind) {
			case 'cloze':
				return 'both';
			case 'mcq':
				return question.optionNotes.every((note) => note === null) ? 'both' : 'answers';
			case 'true-false':
			case 'numeric':
				return 'answers';
			default:
				return 'none';
		}
	}

	/**
	 * Whether a question of `kind` on the fact at `position` could pass the guard, judged
	 * before building it: a fact whose answer the quiz already shows, or whose sentence (for a
	 * cloze or a statement) or cue (for the other kinds) shows an answer of the quiz, would be
	 * refused once built. Timelines test dates, not the facts' answers: always worth a try.
	 */
	function admissible(kind: QuestionKind, position: number): boolean {
		if (kind === 'timeline') return eventsAdmissible(position);
		if (guard.answerShown(position)) return false;
		const info = index.info(position);
		if (!info) return false;
		// A statement shows its own answer (as stated, or in the correction of a false one):
		// the same answer as another question's gives that one away.
		if (kind === 'true-false' && guard.hasAnswer(info.acceptedNeedles)) return false;
		return kind === 'cloze' || kind === 'true-false'
			? !guard.showsAnAnswer(info.restText, info.restWords)
			: !guard.showsAnAnswer(info.cueText, info.cueWords);
	}

	/** Whether a question of `kind` on the fact at `position` asks for a date or a number. */
	function isDetail(kind: QuestionKind, position: number): boolean {
		if (!singleFactKinds.has(kind)) return false;
		const type = index.facts[position]?.object.type;
		return type === 'date' || type === 'number';
	}

	/** Variants to try; for true/false the side asked less so far first, so both stay even. */
	function variantOrder(kind: QuestionKind): readonly number[] {
		const shuffled = shuffle(kindVariants[kind], random);
		if (kind !== 'true-false' || truths.true === truths.false) return shuffled;
		const wantFalse = truths.true > truths.false;
		return wantFalse
			? [variants.falseStatement, variants.trueStatement]
			: [variants.trueStatement, variants.falseStatement];
	}
}

/** The facts worth trying for a kind (cheap pre-filters; building decides the rest). */
function candidates(
	index: PackIndex,
	kind: QuestionKind,
	eligible: ReadonlySet<number> | null
): readonly number[] | number {
	const list =
		kind === 'numeric'
			? index.numberFacts
			: kind === 'timeline'
				? index.eventFacts
				: kind === 'matching'
					? index.matchableFacts
					: null;
	if (list === null) {
		return eligible ? [...eligible] : index.facts.length;
	}
	return eligible ? list.filter((position) => eligible.has(position)) : list;
}

/**
 * Fact positions in random order, drawn lazily: either a list or all of `0 … n-1`; positions
 * put aside with `defer` come back when a draw asks for them.
 */
class FactStream {
	readonly #order: LazyShuffle;
	readonly #deferred: number[] = [];
	#drawn = false;

	constructor(
		private readonly items: readonly number[] | number,
		random: Random
	) {
		this.#order = new LazyShuffle(typeof items === 'number' ? items : items.length, random);
	}

	/** The next position: a deferred one first when `withDeferred`, else a new draw. */
	next(withDeferred: boolean): number | undefined {
		if (withDeferred && this.#deferred.length > 0) return this.#deferred.shift();
		const i = this.#order.next();
		if (i === undefined) this.#drawn = true;
		if (i === undefined || typeof this.items === 'number') return i;
		return this.items[i];
	}

	defer(position: number): void {
		this.#deferred.push(position);
	}

	/** Whether every position has been drawn and none waits. */
	get done(): boolean {
		return this.#drawn && this.#deferred.length === 0;
	}
}

/** The fact positions a quiz may ask about (`null`: every fact): on topic, not excluded. */
function eligiblePositions(index: PackIndex, options: QuizOptions): Set<number> | null {
	const onTopic = index.factsOn(options.topics);
	const excluded = new Set(options.excludeFactIds ?? []);
	const only = options.onlyFactIds ? new Set(options.onlyFactIds) : null;
	if (excluded.size === 0 && !only) return onTopic ? new Set(onTopic) : null;
	const positions = onTopic ?? index.facts.map((_, position) => position);
	return new Set(
		positions.filter((position) => {
			const id = at(index.facts, position).id;
			return !excluded.has(id) && (!only || only.has(id));
		})
	);
}

function checkOptions(options: QuizOptions): readonly QuestionKind[] {
	const { count, kinds } = options;
	if (count !== undefined && count !== 'all' && !(Number.isInteger(count) && count >= 1)) {
		throw new QuizOptionsError(`count must be a whole number of at least 1 or 'all', not ${count}`);
	}
	for (const kind of kinds ?? []) {
		if (!isQuestionKind(kind)) throw new QuizOptionsError(`unknown question kind "${kind}"`);
	}
	return kinds && kinds.length > 0 ? [...new Set(kinds)] : questionKinds;
}
