import { groundingTokens } from '../../pack/grounding';
import type { Fact } from '../../pack/schema';
import { foldText } from '../../text/fold';
import { wrongValues } from '../all';
import { readClaim } from '../claim';
import { containsFolded, padded } from '../phrases';
import { clozeBlank, type Question } from '../question';
import type { LintViolation } from './violation';
import { LintContext } from './context';

/**
 * Rules on one question alone: what it states as the article's is in its sources, its wrong
 * options fit the stem, and it reads as natural English.
 */
export function lintQuestion(question: Question, context: LintContext): LintViolation[] {
	const out: LintViolation[] = [];
	const report = (rule: LintViolation['rule'], message: string) =>
		out.push({ rule, item: question.id, message });
	const facts = question.factIds.map((id) => context.fact(id));

	for (const fact of facts) {
		if (fact?.inferred) report('inferred-fact', `fact ${fact.id} is marked inferred`);
	}
	if (question.kind === 'timeline') {
		for (const event of question.events) {
			if (context.event(event.id)?.inferred) {
				report('inferred-fact', `event ${event.id} is marked inferred`);
			}
		}
	}

	const sources = question.sources.map((source) => source.quote).join(' ');
	const grounded = (text: string, where: string, from = sources) => {
		const known = new Set(groundingTokens(from).map((token) => token.key));
		for (const token of groundingTokens(text)) {
			if (!known.has(token.key)) {
				report('ungrounded-value', `${where}: "${token.text}" is not in the source sentence`);
			}
		}
	};
	grounded(question.explanation, 'explanation');
	for (const [where, text] of presentedAsArticle(question)) grounded(text, where);
	if (question.kind === 'mcq') {
		question.optionNotes.forEach((note, i) => {
			if (!note) return;
			const noteFact = context.factByStatement(note);
			if (!noteFact) report('ungrounded-value', `option note ${i + 1} is not a pack statement`);
			else grounded(note, `option note ${i + 1}`, noteFact.source.quote);
		});
		lintOptions(question, facts[0], context, report);
	}

	if (question.kind === 'true-false' && !question.answer) {
		lintSwap(question.statement, wrongValues(question), facts[0], context, report);
	}

	const claims = facts.flatMap((fact) => (fact ? [{ fact, claim: readClaim(fact) }] : []));
	const singleAnswer =
		question.kind === 'mcq' ||
		question.kind === 'cloze' ||
		question.kind === 'numeric' ||
		(question.kind === 'true-false' && !question.answer);
	for (const { fact, claim } of claims) {
		if (claim.nonExclusive && singleAnswer) {
			report('non-exclusive-which', `fact ${fact.id} is not exclusive: "${fact.statement}"`);
		}
	}

	for (const text of prompts(question)) lintWording(text, report);
	if (question.kind === 'cloze')
		lintCloze(question.text, question.accepted[0] ?? '', context, report);
	return out;
}

/** The texts a question presents as what the article says: its key and true statements. */
function presentedAsArticle(question: Question): [string, string][] {
	switch (question.kind) {
		case 'mcq':
			return [['key', question.options[question.answerIndex] ?? '']];
		case 'true-false':
			return question.answer ? [['statement', question.statement]] : [];
		case 'cloze':
			return [
				['cloze text', question.text],
				['key', question.accepted[0] ?? '']
			];
		case 'numeric':
			return [
				['prompt', question.prompt],
				['key', question.accepted[0] ?? '']
			];
		case 'matching':
			return question.pairs.flatMap((pair): [string, string][] => [
				['matching left', pair.left],
				['matching right', pair.right]
			]);
		case 'timeline':
			return question.events.flatMap((event): [string, string][] => [
				['event', event.label],
				['event date', event.date]
			]);
	}
}

/** The texts a learner reads before answering, for the wording rules. */
function prompts(question: Question): string[] {
	switch (question.kind) {
		case 'matching':
			return [question.prompt, ...question.pairs.map((pair) => pair.left)];
		case 'true-false':
			return [question.statement];
		default:
			return [question.prompt];
	}
}

type Report = (rule: LintViolation['rule'], message: string) => void;

function lintOptions(
	question: Extract<Question, { kind: 'mcq' }>,
	fact: Fact | undefined,
	context: LintContext,
	report: Report
) {
	if (!fact || fact.object.type !== 'entity') return;
	const key = context.entity(fact.object.entity);
	const subjects = new Set(context.family(fact.subject));
	question.options.forEach((option, i) => {
		const named = context.named(option);
		if (named && named.entityId && subjects.has(named.entityId)) {
			report('option-is-subject', `option "${option}" is the stem's subject ${fact.subject}`);
		}
		if (i === question.answerIndex) return;
		if (!named) {
			report('distractor-role', `option "${option}" is neither a pack entity nor a lure`);
			return;
		}
		if (key && named.kind !== key.kind) {
			report('distractor-role', `option "${option}" is a ${named.kind}, the key a ${key.kind}`);
		}
		if (fact.role && !named.roles.includes(fact.role)) {
			report('distractor-role', `option "${option}" does not play the role ${fact.role}`);
		}
	});
}

/**
 * A false statement's swapped-in value must not be the subject, nor an entity the statement
 * already names another way ("China … according to Beijing's recipe").
 */
function lintSwap(
	statement: string,
	swapped: readonly string[],
	fact: Fact | undefined,
	context: LintContext,
	report: Report
) {
	const text = padded(statement);
	for (const value of swapped) {
		const entityId = context.named(value)?.entityId;
		if (!entityId) continue;
		const family = context.family(entityId);
		if (fact && family.some((id) => context.family(fact.subject).includes(id))) {
			report('option-is-subject', `the swapped-in "${value}" is the statement's subject`);
			continue;
		}
		const names = family.flatMap((id) => context.names(id));
		const mentions = names.filter((name) => containsFolded(text, name)).length;
		if (mentions > 1) {
			report('option-is-subject', `the swapped-in "${value}" is named elsewhere in "${statement}"`);
		}
	}
}

/** Shapes that read badly wherever they appear in a prompt. */
export function lintWording(text: string, report: Report) {
	if (/\bmore than how\b/i.test(text)) report('more-than-how', `"${text}"`);
	if (/^Which\s+[\p{L}-]+(\s+[\p{L}-]+)?,/u.test(text.trim())) report('which-aside', `"${text}"`);
}

const comparatives =
	/\b(more|less|fewer|greater|larger|smaller|higher|lower|better|worse|even|rather)\s*$/i;

function lintCloze(text: string, key: string, context: LintContext, report: Report) {
	const at = text.indexOf(clozeBlank);
	const before = text.slice(0, at);
	const after = text.slice(at + clozeBlank.length);
	if (/\b(and|or)\s*$/i.test(before) || /^\s*(and|or)\b/i.test(after)) {
		report('split-coordination', `"${text}"`);
	}
	if (comparatives.test(before)) report('comparative-blank', `"${text}"`);
	// A blank inside quoted words, with quoted words on both sides, blanks a modifier.
	const next = /^\s*([\p{L}]+)/u.exec(after)?.[1];
	const previous = /([\p{L}]+)\s*$/u.exec(before)?.[1];
	if (next && previous) {
		const phrase = ` ${foldText(`${previous} ${key} ${next}`)} `;
		const quoted = context.quotationWords.find((words) => ` ${foldText(words)} `.includes(phrase));
		if (quoted) report('quoted-modifier', `"${text}" blanks inside the quotation "${quoted}"`);
	}
}

/** The flashcard of a fact: its cue is a question; nothing on it goes beyond the source. */
export function lintCard(fact: Fact): LintViolation[] {
	const out: LintViolation[] = [];
	const item = `card:${fact.id}`;
	const report = (rule: LintViolation['rule'], message: string) =>
		out.push({ rule, item, message });
	if (fact.inferred) return out;
	if (!/\?\s*$/.test(fact.cue)) report('cue-not-question', `"${fact.cue}" does not end in "?"`);
	lintWording(fact.cue, report);
	const known = new Set(groundingTokens(fact.source.quote).map((token) => token.key));
	for (const [where, text] of [
		['front', fact.cue],
		['answer', fact.answer],
		['statement', fact.statement]
	] as const) {
		for (const token of groundingTokens(text)) {
			if (!known.has(token.key)) {
				report('ungrounded-value', `${where}: "${token.text}" is not in the source sentence`);
			}
		}
	}
	return out;
}
