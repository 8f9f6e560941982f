import { kindLabels } from './kinds';
import type { Question } from './question';

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** Markdown-safe text: no stray emphasis or list markers from the content. */
const md = (text: string) => text.replace(/([\\*_`[\]<>])/g, '\\$1');

function body(question: Question): string[] {
	switch (question.kind) {
		case 'mcq':
			return [
				md(question.prompt),
				'',
				...question.options.map((option, i) => `   ${letters[i]}) ${md(option)}`)
			];
		case 'true-false':
			return [md(question.statement), '', '   ☐ True   ☐ False'];
		case 'cloze':
			return [md(question.text).replace('\\_\\_\\_\\_', '\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_')];
		case 'numeric':
			return [md(question.prompt), '', '   Answer: \\_\\_\\_\\_\\_\\_\\_\\_'];
		case 'matching':
			return [
				md(question.prompt),
				'',
				...question.pairs.map((pair, i) => `   ${i + 1}. ${md(pair.left)}  → \\_\\_\\_`),
				'',
				...question.shuffledRights.map((right, i) => `   ${letters[i]}) ${md(right)}`)
			];
		case 'timeline':
			return [
				md(question.prompt),
				'',
				...question.events.map((event, i) => `   ${letters[i]}) ${md(event.label)}`),
				'',
				`   Order: ${question.events.map(() => '\\_\\_').join(' ')}`
			];
	}
}

function key(question: Question): string {
	switch (question.kind) {
		case 'mcq':
			return `${letters[question.answerIndex]}) ${md(question.options[question.answerIndex] ?? '')}`;
		case 'true-false':
			return question.answer ? 'True' : 'False';
		case 'cloze':
		case 'numeric':
			return md(question.accepted[0] ?? '');
		case 'matching':
			return question.pairs
				.map((pair, i) => `${i + 1} → ${letters[question.shuffledRights.indexOf(pair.right)]}`)
				.join(', ');
		case 'timeline': {
			const position = new Map(question.events.map((event, i) => [event.id, letters[i]]));
			return question.correctOrder.map((id) => position.get(id)).join(', ');
		}
	}
}

/**
 * A printable worksheet in Markdown: the numbered questions, then an answer key giving each
 * answer, why (the explanation) and where in the article (block and quote).
 */
export function renderWorksheet(questions: readonly Question[], title = 'Worksheet'): string {
	const lines = [`# ${md(title)}`, ''];
	questions.forEach((question, i) => {
		const [first = '', ...rest] = body(question);
		lines.push(`${i + 1}. **${kindLabels[question.kind]}.** ${first}`, ...rest, '');
	});
	lines.push('---', '', '## Answer key', '');
	questions.forEach((question, i) => {
		const sources = [...new Set(question.sources.map((s) => `${s.block}: “${md(s.quote)}”`))].join(
			'; '
		);
		lines.push(`${i + 1}. **${key(question)}** — ${md(question.explanation)}`);
		lines.push(`   Source: ${sources}`, '');
	});
	return `${lines.join('\n').trimEnd()}\n`;
}
