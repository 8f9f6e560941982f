import type { Question } from './question';
import { shuffle, type Random } from './random';
import { at } from './at';

/**
 * The question in display order: options, matching lefts and rights, and timeline events
 * shuffled. A timeline is never shown already in order, nor a matching with every right
 * facing its left. Content and id are unchanged.
 */
export function arrange(question: Question, random: Random): Question {
	switch (question.kind) {
		case 'mcq': {
			const order = shuffle(
				question.options.map((_, i) => i),
				random
			);
			return {
				...question,
				options: order.map((i) => at(question.options, i)),
				optionNotes: order.map((i) => question.optionNotes[i] ?? null),
				answerIndex: order.indexOf(question.answerIndex)
			};
		}
		case 'matching': {
			const pairs = shuffle(question.pairs, random);
			const rights = derange(
				pairs.map((pair) => pair.right),
				random
			);
			return { ...question, pairs, shuffledRights: rights };
		}
		case 'timeline':
			return { ...question, events: derange(question.events, random) };
		default:
			return question;
	}
}

/** A shuffle that differs from the given order (for two or more items). */
function derange<T>(items: readonly T[], random: Random): T[] {
	const out = shuffle(items, random);
	if (out.length > 1 && out.every((item, i) => item === items[i])) {
		// Rotate by one: the one order we must not show becomes another.
		return [...out.slice(1), at(out, 0)];
	}
	return out;
}

/**
 * The question arranged anew for a second asking ("Retry mistakes"): as `arrange`, and a
 * multiple choice's key never stays where it stood, so that its place is not what is recalled.
 */
export function rearrange(question: Question, random: Random): Question {
	let arranged = arrange(question, random);
	for (
		let tries = 0;
		tries < 16 &&
		question.kind === 'mcq' &&
		arranged.kind === 'mcq' &&
		arranged.answerIndex === question.answerIndex;
		tries += 1
	) {
		arranged = arrange(question, random);
	}
	return arranged;
}
