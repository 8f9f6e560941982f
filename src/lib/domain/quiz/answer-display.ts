import type { MatchingQuestion, Question, TimelineQuestion } from '../questions/question';
import type { QuestionResponse as QuizResponse } from '../grading/response';
import { pairResults } from '../grading/matching';
import { eventsInPlace, orderedPairs } from '../grading/timeline';
import { editDistance } from '../grading/edit-distance';
import { foldAnswer } from '../text/fold';

/** The question itself, as the learner saw it: the statement, the sentence with its blank, the stem. */
export function questionText(question: Question): string {
	switch (question.kind) {
		case 'true-false':
			return `True or false: ${question.statement}`;
		case 'cloze':
			return question.text;
		default:
			return question.prompt;
	}
}

/** A question's sources, each sentence once: two facts of one sentence share its quote. */
export function distinctSources(question: Question): Question['sources'] {
	return question.sources.filter(
		(source, index) => question.sources.findIndex((other) => other.quote === source.quote) === index
	);
}

/** The right answer of a question, as lines a learner reads after answering. */
export function correctAnswerLines(question: Question): string[] {
	switch (question.kind) {
		case 'mcq':
			return [question.options[question.answerIndex] ?? ''];
		case 'true-false':
			return [question.answer ? 'True' : 'False'];
		case 'cloze':
		case 'numeric':
			return [question.accepted[0] ?? ''];
		case 'matching':
			return question.pairs.map((pair) => `${pair.left} → ${pair.right}`);
		case 'timeline': {
			const events = new Map(question.events.map((event) => [event.id, event]));
			return question.correctOrder.map((id) => {
				const event = events.get(id);
				return event ? `${event.date}: ${event.label}` : id;
			});
		}
	}
}

/** What the learner answered, as lines. */
export function givenAnswerLines(question: Question, response: QuizResponse): string[] {
	if (response.kind === 'mcq' && question.kind === 'mcq')
		return [question.options[response.choice] ?? ''];
	if (response.kind === 'true-false') return [response.value ? 'True' : 'False'];
	if (response.kind === 'cloze' || response.kind === 'numeric') return [response.text];
	if (response.kind === 'matching' && question.kind === 'matching') {
		return question.pairs.map((pair, index) => `${pair.left} → ${response.rights[index] ?? '—'}`);
	}
	if (response.kind === 'timeline' && question.kind === 'timeline') {
		const labels = new Map(question.events.map((event) => [event.id, event.label]));
		return response.order.map((id) => labels.get(id) ?? id);
	}
	return [];
}

/**
 * A question as a list shows it after the fact (a reported question, a mistake): the question
 * itself, what the learner answered beside the right answer. `given` is `null` when it was
 * not answered (or the stored answer does not fit it): then only the right answer is shown.
 */
export interface QuestionReview {
	text: string;
	given: string[] | null;
	right: string[];
}

/** The review of `question` with the learner's `response`, if there was one. */
export function questionReview(question: Question, response: QuizResponse | null): QuestionReview {
	return {
		text: questionText(question),
		// A response of another kind is not an answer to this question (a damaged record).
		given: response?.kind === question.kind ? givenAnswerLines(question, response) : null,
		right: correctAnswerLines(question)
	};
}

/** For a wrong multiple-choice pick, what the pack says about the option chosen, if anything. */
export function chosenOptionNote(question: Question, response: QuizResponse): string | null {
	if (question.kind !== 'mcq' || response.kind !== 'mcq') return null;
	if (response.choice === question.answerIndex) return null;
	return question.optionNotes[response.choice] ?? null;
}

/** Typed answers may be overridden by the learner ("I was right"). */
export function isTyped(question: Question): boolean {
	return question.kind === 'cloze' || question.kind === 'numeric';
}

/** How a typed answer was marked, as the feedback states it. */
export interface TypedOutcome {
	correct: boolean;
	/** Accepted despite a spelling slip. */
	typo: boolean;
	/** The learner said "I was right". */
	overridden: boolean;
}

/**
 * Why a typed cloze answer was marked as it was, when the learner's words and the answer shown
 * differ: a slip forgiven (naming the accepted wording it was a slip of), another accepted
 * wording ("ambassador" for "permanent representative"), or, when it was wrong, every other
 * wording that would have counted. Dates and numbers are right or wrong as values, so they get
 * no note; nor does an answer the learner has overruled.
 */
export function typedMarkingNote(
	question: Question,
	response: QuizResponse,
	{ correct, typo, overridden }: TypedOutcome
): string | null {
	if (overridden || question.kind !== 'cloze' || question.date || response.kind !== 'cloze') {
		return null;
	}
	const [shown = '', ...others] = question.accepted;
	if (correct && typo) {
		const meant = closestWording(response.text, question.accepted);
		return foldAnswer(meant) === foldAnswer(shown)
			? `Accepted — the spelling is “${shown}”.`
			: `Accepted — the spelling is “${meant}”, another way of saying “${shown}”.`;
	}
	if (correct) {
		return foldAnswer(response.text) === foldAnswer(shown)
			? null
			: `Accepted as another way of saying “${shown}”.`;
	}
	const seen = new Set([foldAnswer(shown)]);
	const alternatives = others.filter((answer) => {
		const folded = foldAnswer(answer);
		if (seen.has(folded)) return false;
		seen.add(folded);
		return true;
	});
	const whole = wholeOf(response.text, question.accepted);
	const notes = [
		...(whole ? [`Part of the answer: the whole of it is “${whole}”.`] : []),
		...(alternatives.length > 0
			? [`Also counted as right: ${alternatives.map((answer) => `“${answer}”`).join(', ')}.`]
			: [])
	];
	return notes.length > 0 ? notes.join(' ') : null;
}

/**
 * The accepted answer a wrong typed answer is a part of, word for word ("terrorism" of
 * "terrorism and drug trafficking"), if any: half of a claim is not the claim, but the learner
 * should see it was half right.
 */
function wholeOf(typed: string, accepted: readonly string[]): string | null {
	const part = foldAnswer(typed);
	if (part.length < 3) return null;
	return (
		accepted.find((answer) => {
			const folded = foldAnswer(answer);
			return folded !== part && ` ${folded} `.includes(` ${part} `);
		}) ?? null
	);
}

/** The accepted wording a typed answer is fewest edits from (the first, on a tie). */
function closestWording(typed: string, accepted: readonly string[]): string {
	const folded = foldAnswer(typed);
	let closest = accepted[0] ?? '';
	let best = Infinity;
	for (const answer of accepted) {
		const distance = editDistance(folded, foldAnswer(answer));
		if (distance < best) [closest, best] = [answer, distance];
	}
	return closest;
}

/** One pair of a matching answer, marked in place: what was placed, and whether it is right. */
export interface PairMark {
	placed: string;
	right: string;
	correct: boolean;
}

/** Each pair of a matching answer (display order), marked as the grade counts it. */
export function matchingMarks(question: MatchingQuestion, rights: readonly string[]): PairMark[] {
	const results = pairResults(question, rights);
	return question.pairs.map((pair, index) => ({
		placed: rights[index] ?? '',
		right: pair.right,
		correct: results[index] ?? false
	}));
}

/** One event of a timeline answer, in the learner's order, marked with where it belongs. */
export interface EventMark {
	id: string;
	/** 1-based place where it belongs, earliest first. */
	belongsAt: number;
	date: string;
	inPlace: boolean;
}

/** The events of a timeline answer in the learner's order, each with its place and date. */
export function timelineMarks(question: TimelineQuestion, order: readonly string[]): EventMark[] {
	const inPlace = eventsInPlace(question, order);
	const dates = new Map(question.events.map((event) => [event.id, event.date]));
	return order.map((id) => ({
		id,
		belongsAt: question.correctOrder.indexOf(id) + 1,
		date: dates.get(id) ?? '',
		inPlace: inPlace.get(id) ?? false
	}));
}

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ordinalSuffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "1st", "2nd", "3rd", "4th": a place in a timeline. */
export function ordinal(place: number): string {
	return `${place}${ordinalSuffixes[ordinalRules.select(place)] ?? 'th'}`;
}

/**
 * For a matching or timeline answer (marked in place, item by item): how many items were in
 * place, in words. `null` for other kinds.
 */
export function placedSummary(question: Question, response: QuizResponse): string | null {
	if (question.kind === 'matching' && response.kind === 'matching') {
		const marks = matchingMarks(question, response.rights);
		const right = marks.filter((mark) => mark.correct).length;
		return `${right} of ${marks.length} pairs right; each pair is marked above.`;
	}
	if (question.kind === 'timeline' && response.kind === 'timeline') {
		const { inOrder, total } = orderedPairs(question, response.order);
		return `${inOrder} of ${total} pairs of events the right way round; each event says where it belongs, with its date.`;
	}
	return null;
}
