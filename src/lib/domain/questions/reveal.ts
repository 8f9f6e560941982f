import { foldAnswer } from '../text/fold';
import type { PackIndex } from './pack-index';
import { needle } from './phrases';
import type { Question } from './question';
import { variants } from './question-id';

/**
 * What a question states before it is answered (prompt, statement, cloze text, matching
 * lefts, event labels), and the notes and corrections its feedback shows, and what it asks for: the two sides of the "gives away" rule (one
 * question's statement must not contain another's answer). Options and matching rights are
 * left out: they list candidates without saying which is right.
 */
export function shownText(question: Question): string {
	switch (question.kind) {
		case 'mcq':
			// The notes on wrong options show after answering, still before later questions.
			return [question.prompt, ...question.optionNotes.filter(Boolean)].join(' | ');
		case 'numeric':
			return question.prompt;
		case 'true-false':
			return [question.statement, question.correction ?? ''].join(' | ');
		case 'cloze':
			return question.text;
		case 'matching':
			return question.pairs.map((pair) => pair.left).join(' | ');
		case 'timeline':
			return question.events.map((event) => event.label).join(' | ');
	}
}

/**
 * The answers a question tests, folded and padded for search (see `needle`): every accepted
 * answer of its facts (a true/false statement tests its fact's answer too) and the key's
 * label. Orderings (timelines, events matched with dates) test only the dates.
 */
export function answerNeedles(question: Question, index: PackIndex): string[] {
	const of = (texts: string[]) => texts.map(foldAnswer).filter(Boolean).map(needle);
	if (question.kind === 'timeline') return of(question.events.map((event) => event.date));
	if (question.kind === 'matching' && question.id.endsWith(`:${variants.eventMatching}`)) {
		return of(question.pairs.map((pair) => pair.right));
	}
	const needles = question.factIds.flatMap((id) => {
		const position = index.factPosition.get(id);
		return position === undefined ? [] : (index.info(position)?.acceptedNeedles ?? []);
	});
	if (question.kind === 'mcq') needles.push(...of([question.options[question.answerIndex] ?? '']));
	if (question.kind === 'matching') needles.push(...of(question.pairs.map((pair) => pair.right)));
	return needles;
}
