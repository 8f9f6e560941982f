import type { Pack } from '../pack/schema';
import { arrange } from './arrange';
import { buildQuestion, kindVariants, singleFactKinds } from './build';
import type { FactFilter } from './build/selection';
import { QuizGuard } from './give-away';
import { isQuestionKind, questionKinds, type QuestionKind } from './kinds';
import { packIndex, type PackIndex } from './pack-index';
import type { Question } from './question';
import { questionId } from './question-id';
import { createRandom, LazyShuffle, shuffle, type Random } from './random';
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
}

/** A quiz option out of range, e.g. a count of 0 or an unknown kind. */
export class QuizOptionsError extends RangeError {
	override name = 'QuizOptionsError';
}

/** Matching and timeline questions weigh two: they are longer and use several facts. */
const weight = (kind: QuestionKind) => (singleFactKinds.has(kind) ? 1 : 2);

/** Failed draws of one kind before a slot tries the next kind (keeps large packs O(count)). */
const patience = 32;

/**
 * A quiz: up to `count` questions on distinct facts in random order, kinds interleaved and
 * shared out evenly (matching and timeline count double), none giving another away. Pure and
 * deterministic: the same pack, options and seed always give the identical quiz. After the
 * pack's index is built (once per pack object) the cost grows with `count`, not pack size.
 */
export function generateQuiz(pack: Pack, options: QuizOptions = {}, seed = 1): Question[] {
	const kinds = checkOptions(options);
	const target = options.count === 'all' ? Infinity : (options.count ?? 10);
	const index = packIndex(pack);
	const random = createRandom(seed);
	const onTopic = index.factsOn(options.topics);
	const eligible = onTopic ? new Set(onTopic) : null;
	const excluded = new Set(options.excludeQuestionIds);
	const guard = new QuizGuard(index);
	const filter: FactFilter = {
		isFree: (position) =>
			(eligible === null || eligible.has(position)) && guard.isFree(at(index.facts, position).id)
	};
	const streams = new Map(
		kinds.map((kind) => [kind, new FactStream(candidates(index, kind, eligible), random)])
	);
	const usage = new Map<QuestionKind, number>(kinds.map((kind) => [kind, 0]));
	const quiz: Question[] = [];

	while (quiz.length < target && streams.size > 0) {
		const question = nextQuestion(patience) ?? nextQuestion(Infinity);
		if (!question) break;
		quiz.push(arrange(question, random));
		usage.set(question.kind, (usage.get(question.kind) ?? 0) + weight(question.kind));
	}
	return quiz;

	/** The next question of the least-used kind that has one within `tries` draws. */
	function nextQuestion(tries: number): Question | null {
		const order = shuffle([...streams.keys()], random).sort(
			(a, b) => (usage.get(a) ?? 0) - (usage.get(b) ?? 0)
		);
		for (const kind of order) {
			const stream = streams.get(kind);
			for (let tried = 0; stream && tried < tries; tried += 1) {
				const position = stream.next();
				if (position === undefined) {
					streams.delete(kind);
					break;
				}
				// A draw that fails now fails for good: facts only get used, never freed.
				if (!filter.isFree(position)) continue;
				const question = firstAdmitted(kind, position);
				if (question) return question;
			}
		}
		return null;
	}

	function firstAdmitted(kind: QuestionKind, position: number): Question | null {
		const factId = at(index.facts, position).id;
		for (const variant of shuffle(kindVariants[kind], random)) {
			// Single-fact ids are known before building: skip excluded ones cheaply.
			if (singleFactKinds.has(kind) && excluded.has(questionId(kind, [factId], variant))) continue;
			const question = buildQuestion(index, kind, position, variant, filter, random);
			if (question && !excluded.has(question.id) && guard.tryAdd(question)) return question;
		}
		return null;
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

/** Fact positions in random order, drawn lazily: either a list or all of `0 … n-1`. */
class FactStream {
	readonly #order: LazyShuffle;

	constructor(
		private readonly items: readonly number[] | number,
		random: Random
	) {
		this.#order = new LazyShuffle(typeof items === 'number' ? items : items.length, random);
	}

	next(): number | undefined {
		const i = this.#order.next();
		if (i === undefined || typeof this.items === 'number') return i;
		return this.items[i];
	}
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
