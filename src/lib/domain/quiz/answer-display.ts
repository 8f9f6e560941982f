import type { Question } from '../questions/question';
import type { QuestionResponse as QuizResponse } from '../grading/response';

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
