import * as v from 'valibot';
import { datePrecisions, numberUnits } from '../pack/vocabulary';

/**
 * The `Question` format: what the generator produces and the quiz screens show. Every question
 * is self-contained (prompt, answer data, explanation, sources) and traceable to the pack facts
 * it tests. See docs/questions.md for the rules behind each field.
 */

/** The blank in a cloze text. */
export const clozeBlank = '____';

const Text = v.pipe(v.string(), v.nonEmpty());
const Id = v.pipe(v.string(), v.nonEmpty());

/** Where a tested fact comes from: its block of the article and the verbatim quote. */
export const QuestionSource = v.object({ factId: Id, block: Id, quote: Text });

const common = {
	/** `kind:sorted+fact+ids:variant`; stable across quizzes (see `questionId`). */
	id: Id,
	packId: Id,
	packVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** The instruction or question shown first. */
	prompt: Text,
	/** Why the key is right: the tested fact statement(s), shown after answering. */
	explanation: Text,
	/** The pack facts this question tests, sorted. */
	factIds: v.pipe(v.array(Id), v.minLength(1)),
	/** One source per fact, in `factIds` order. */
	sources: v.pipe(v.array(QuestionSource), v.minLength(1))
};

const McqObject = v.object({
	...common,
	kind: v.literal('mcq'),
	/** 3 or 4 options in display order, distinct after folding. */
	options: v.pipe(v.array(Text), v.minLength(3), v.maxLength(4)),
	/** The index of the one right option. */
	answerIndex: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/**
	 * Per option: for a wrong option, a pack statement about it (what it really is in the
	 * article) when there is one, for the feedback screen; `null` for the key and otherwise.
	 */
	optionNotes: v.array(v.nullable(Text))
});

const TrueFalseObject = v.object({
	...common,
	kind: v.literal('true-false'),
	/** "According to the article, …": the fact, or the fact with its object swapped. */
	statement: Text,
	/** Whether the statement is true according to the article. */
	answer: v.boolean(),
	/** For a false statement: what was swapped, e.g. "The article says Kazan, not Moscow." */
	correction: v.optional(Text)
});

const ClozeObject = v.object({
	...common,
	kind: v.literal('cloze'),
	/** The fact statement with its answer replaced by `____`. */
	text: Text,
	/** Answers that count as right (names, aliases, formatted dates); the first is shown. */
	accepted: v.pipe(v.array(Text), v.minLength(1)),
	/** For a date answer: the date, so any way of writing it is accepted. */
	date: v.optional(v.object({ value: Text, precision: v.picklist(datePrecisions) }))
});

const NumericObject = v.object({
	...common,
	kind: v.literal('numeric'),
	value: v.number(),
	unit: v.picklist(numberUnits),
	/** Ways of writing the answer, e.g. `98%`, `98`, `98 percent`, `ninety-eight`; the first is shown. */
	accepted: v.pipe(v.array(Text), v.minLength(1))
});

export const MatchingPair = v.object({
	/** The item to match: a fact cue, or an event label. */
	left: Text,
	/** Its answer, shown among `shuffledRights`. */
	right: Text,
	factIds: v.pipe(v.array(Id), v.minLength(1))
});

const MatchingObject = v.object({
	...common,
	kind: v.literal('matching'),
	/** 4 to 6 pairs; lefts in display order. Rights are distinct after folding. */
	pairs: v.pipe(v.array(MatchingPair), v.minLength(4), v.maxLength(6)),
	/** The rights, in display order. */
	shuffledRights: v.array(Text)
});

export const TimelineItem = v.object({
	/** The pack event id. */
	id: Id,
	label: Text,
	/** Shown after answering, never before. */
	date: Text,
	precision: v.picklist(datePrecisions),
	factIds: v.pipe(v.array(Id), v.minLength(1))
});

const TimelineObject = v.object({
	...common,
	kind: v.literal('timeline'),
	/** 3 to 5 events with non-overlapping dates, in shuffled display order. */
	events: v.pipe(v.array(TimelineItem), v.minLength(3), v.maxLength(5)),
	/** The event ids, earliest first. */
	correctOrder: v.array(Id)
});

type QuestionShape = v.InferOutput<
	| typeof McqObject
	| typeof TrueFalseObject
	| typeof ClozeObject
	| typeof NumericObject
	| typeof MatchingObject
	| typeof TimelineObject
>;

/** What a schema cannot say field by field: the answer data must agree with itself. */
export function questionInconsistency(q: QuestionShape): string | null {
	if (q.sources.length !== q.factIds.length) return 'one source per fact';
	switch (q.kind) {
		case 'mcq':
			if (q.answerIndex >= q.options.length) return 'answerIndex must point at an option';
			if (q.optionNotes.length !== q.options.length) return 'one optionNotes entry per option';
			return null;
		case 'cloze':
			return q.text.includes(clozeBlank) ? null : `text must contain ${clozeBlank}`;
		case 'matching':
			return q.shuffledRights.length === q.pairs.length &&
				q.pairs.every((pair) => q.shuffledRights.includes(pair.right))
				? null
				: 'shuffledRights must be the rights of the pairs';
		case 'timeline':
			return q.correctOrder.length === q.events.length &&
				q.events.every((event) => q.correctOrder.includes(event.id))
				? null
				: 'correctOrder must list every event once';
		default:
			return null;
	}
}

const consistent = <T extends QuestionShape>() =>
	v.rawCheck<T>(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const problem = questionInconsistency(dataset.value);
		if (problem) addIssue({ message: problem });
	});

export const McqQuestion = v.pipe(McqObject, consistent());
export const TrueFalseQuestion = TrueFalseObject;
export const ClozeQuestion = v.pipe(ClozeObject, consistent());
export const NumericQuestion = NumericObject;
export const MatchingQuestion = v.pipe(MatchingObject, consistent());
export const TimelineQuestion = v.pipe(TimelineObject, consistent());

/** Any question, discriminated by `kind`. Parse stored or imported questions with it. */
export const Question = v.pipe(
	v.variant('kind', [
		McqObject,
		TrueFalseObject,
		ClozeObject,
		NumericObject,
		MatchingObject,
		TimelineObject
	]),
	consistent()
);

export type QuestionSource = v.InferOutput<typeof QuestionSource>;
export type McqQuestion = v.InferOutput<typeof McqQuestion>;
export type TrueFalseQuestion = v.InferOutput<typeof TrueFalseQuestion>;
export type ClozeQuestion = v.InferOutput<typeof ClozeQuestion>;
export type NumericQuestion = v.InferOutput<typeof NumericQuestion>;
export type MatchingPair = v.InferOutput<typeof MatchingPair>;
export type MatchingQuestion = v.InferOutput<typeof MatchingQuestion>;
export type TimelineItem = v.InferOutput<typeof TimelineItem>;
export type TimelineQuestion = v.InferOutput<typeof TimelineQuestion>;
export type Question = v.InferOutput<typeof Question>;
