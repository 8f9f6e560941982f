import { foldText } from '../../text/fold';
import { maxValueUses, wrongValues } from '../all';
import { sentenceKey } from '../give-away';
import { maxKindShare } from '../quiz';
import type { Question } from '../question';
import { answerNeedles, shownText } from '../reveal';
import type { PackIndex } from '../pack-index';
import { padded } from '../phrases';
import type { LintViolation } from './violation';

/** True/false items must be true between these shares, once there are this many. */
const balance = { min: 0.4, max: 0.6, from: 5 };

/** Rules on the bank as a whole: no value overused, no text twice, true and false even. */
export function lintBank(bank: readonly Question[]): LintViolation[] {
	const out: LintViolation[] = [];
	const uses = new Map<string, string[]>();
	for (const question of bank) {
		for (const value of wrongValues(question))
			uses.set(value, [...(uses.get(value) ?? []), question.id]);
	}
	for (const [value, ids] of uses) {
		if (ids.length > maxValueUses) {
			out.push({
				rule: 'overused-value',
				item: 'bank',
				message: `"${value}" is a wrong value in ${ids.length} questions: ${ids.join(', ')}`
			});
		}
	}
	const texts = new Map<string, string>();
	for (const question of bank) {
		const text = foldText(shownText(question));
		const other = texts.get(text);
		if (other) {
			out.push({
				rule: 'duplicate-text',
				item: question.id,
				message: `shows the same text as ${other}: "${shownText(question)}"`
			});
		} else texts.set(text, question.id);
	}
	out.push(...trueFalseBalance(bank, 'bank'));
	return out;
}

function trueFalseBalance(questions: readonly Question[], item: string): LintViolation[] {
	const statements = questions.filter((q) => q.kind === 'true-false');
	if (statements.length < balance.from) return [];
	const share = statements.filter((q) => q.answer).length / statements.length;
	if (share >= balance.min && share <= balance.max) return [];
	return [
		{
			rule: 'true-false-balance',
			item,
			message: `${Math.round(share * 100)} % of ${statements.length} true/false items are true`
		}
	];
}

/**
 * Rules on one quiz: one item per source sentence, none giving another away, kinds shared
 * out (for a default quiz, `kindsAvailable` > 1), true and false even.
 */
export function lintQuiz(
	quiz: readonly Question[],
	index: PackIndex,
	item: string,
	kindsAvailable: number,
	size?: { asked: number; capacity: number }
): LintViolation[] {
	const out: LintViolation[] = [];
	if (size && quiz.length < Math.min(size.asked, size.capacity)) {
		out.push({
			rule: 'short-quiz',
			item,
			message: `${quiz.length} questions for ${size.asked} asked, while the filters allow ${size.capacity}`
		});
	}
	const sentences = new Map<string, string>();
	for (const question of quiz) {
		for (const source of question.sources) {
			const key = sentenceKey(source.block, source.quote);
			const other = sentences.get(key);
			if (other && other !== question.id) {
				out.push({
					rule: 'sentence-repeat',
					item,
					message: `${question.id} and ${other} both ask "${source.quote}"`
				});
			}
			sentences.set(key, question.id);
		}
	}
	for (const question of quiz) {
		const shown = padded(shownText(question));
		for (const other of quiz) {
			if (other === question) continue;
			const answer = answerNeedles(other, index).find((needle) => shown.includes(needle));
			if (answer) {
				out.push({
					rule: 'give-away',
					item,
					message: `${question.id} shows "${answer.trim()}", an answer of ${other.id}`
				});
			}
		}
	}
	if (kindsAvailable > 1 && quiz.length > 0) {
		const counts = new Map<string, number>();
		for (const question of quiz) counts.set(question.kind, (counts.get(question.kind) ?? 0) + 1);
		const cap = Math.max(1, Math.floor(quiz.length * maxKindShare));
		for (const [kind, count] of counts) {
			if (count > cap) {
				out.push({
					rule: 'kind-share',
					item,
					message: `${count} of ${quiz.length} questions are ${kind}`
				});
			}
		}
	}
	out.push(...trueFalseBalance(quiz, item));
	return out;
}
