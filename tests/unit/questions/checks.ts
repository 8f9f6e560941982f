// Independent checks of generated questions, written from the rules rather than from
// the generator's code, for unit and property tests.
import type { Fact, Pack } from '$lib/domain/pack/schema';
import { acceptedAnswers } from '$lib/domain/pack/accepted-answers';
import type { Question } from '$lib/domain/questions/question';
import { gradeMcq } from '$lib/domain/grading/choice';
import { parseDateAnswer, sameDate } from '$lib/domain/grading/parse-date';
import { parseNumberAnswer } from '$lib/domain/grading/parse-number';
import { foldAnswer, foldText } from '$lib/domain/text/fold';

const folds = new Map<string, string>();
/** `fold(text)`, remembered: the checks fold the same texts thousands of times. */
function cached(fold: (text: string) => string, text: string): string {
	const key = `${fold === foldText ? 't' : 'a'}${text}`;
	let folded = folds.get(key);
	if (folded === undefined) {
		folded = fold(text);
		folds.set(key, folded);
	}
	return folded;
}

/** Whether `text` contains `answer` as whole words, after folding. */
export function mentions(text: string, answer: string): boolean {
	const needle = cached(foldAnswer, answer);
	return needle.length > 0 && ` ${cached(foldText, text)} `.includes(` ${needle} `);
}

const factMaps = new WeakMap<Pack, Map<string, Fact>>();
const nameMaps = new WeakMap<Pack, Map<string, string[]>>();

export function factsById(pack: Pack): Map<string, Fact> {
	let map = factMaps.get(pack);
	if (!map) {
		map = new Map(pack.facts.map((fact) => [fact.id, fact]));
		factMaps.set(pack, map);
	}
	return map;
}

function names(pack: Pack): Map<string, string[]> {
	let map = nameMaps.get(pack);
	if (!map) {
		map = new Map(pack.entities.map((entity) => [entity.id, [entity.name, ...entity.aliases]]));
		nameMaps.set(pack, map);
	}
	return map;
}

/** Whether `option` is a right answer to `fact` according to the article. */
export function answers(fact: Fact, option: string, pack: Pack): boolean {
	const object = fact.object;
	if (object.type === 'date') {
		const parsed = parseDateAnswer(option);
		return parsed !== null && sameDate(parsed, object.value, object.precision);
	}
	if (object.type === 'number') return parseNumberAnswer(option)?.value === object.value;
	return acceptedAnswers(fact, names(pack)).some(
		(answer) => foldAnswer(answer) === foldAnswer(option)
	);
}

/** The text a learner reads before answering, where no answer may appear. */
export function promptTexts(question: Question): string[] {
	switch (question.kind) {
		case 'mcq':
		case 'numeric':
			return [question.prompt];
		case 'true-false':
			return [question.prompt];
		case 'cloze':
			return [question.prompt, question.text];
		case 'matching':
			return [question.prompt, ...question.pairs.map((pair) => pair.left)];
		case 'timeline':
			return [question.prompt, ...question.events.map((event) => event.label)];
	}
}

/** Every text that answers the question. */
export function acceptedTexts(question: Question, pack: Pack): string[] {
	const facts = factsById(pack);
	const ofFacts = () =>
		question.factIds.flatMap((id) => {
			const fact = facts.get(id);
			return fact ? acceptedAnswers(fact, names(pack)) : [];
		});
	switch (question.kind) {
		case 'mcq':
			return [question.options[question.answerIndex] ?? '', ...ofFacts()];
		case 'true-false':
			return [];
		case 'cloze':
		case 'numeric':
			return question.accepted;
		case 'matching':
			return question.pairs.map((pair) => pair.right);
		case 'timeline':
			return question.events.map((event) => event.date);
	}
}

/** The problems of one question against its pack; empty when it keeps every rule. */
export function problems(question: Question, pack: Pack): string[] {
	const out: string[] = [];
	const facts = factsById(pack);
	const fail = (message: string) => out.push(`${question.id}: ${message}`);

	if (question.packId !== pack.meta.id || question.packVersion !== pack.meta.version) {
		fail('wrong pack id or version');
	}
	const sorted = [...question.factIds].sort();
	if (question.factIds.join('+') !== sorted.join('+')) fail('factIds not sorted');
	const variant = question.id.split(':').at(-1);
	if (question.id !== `${question.kind}:${sorted.join('+')}:${variant}`)
		fail('id not kind:facts:variant');

	// Traceable: every fact exists, and its quote is in its block.
	question.sources.forEach((source, i) => {
		const fact = facts.get(source.factId);
		const block = pack.blocks.find((b) => b.id === source.block);
		if (!fact || source.factId !== question.factIds[i]) fail(`source ${i} is not fact ${i}`);
		else if (fact.source.block !== source.block || fact.source.quote !== source.quote) {
			fail(`source ${i} differs from the fact's`);
		}
		if (!block?.text.includes(source.quote)) fail(`quote ${i} not in block ${source.block}`);
	});

	// No accepted answer in any prompt.
	for (const text of promptTexts(question)) {
		const given = acceptedTexts(question, pack).find((answer) => mentions(text, answer));
		if (given) fail(`prompt "${text}" gives away "${given}"`);
	}

	const distinct = (labels: string[], what: string) => {
		if (new Set(labels.map(foldAnswer)).size !== labels.length) fail(`${what} not distinct`);
	};
	switch (question.kind) {
		case 'mcq': {
			const fact = facts.get(question.factIds[0] ?? '');
			distinct(question.options, 'options');
			if (question.options.length < 3 || question.options.length > 4) fail('not 3–4 options');
			const right = question.options.filter((_, i) => gradeMcq(question, i).correct);
			if (right.length !== 1) fail(`${right.length} options graded right`);
			if (fact) {
				const true_ = question.options.filter((option) => answers(fact, option, pack));
				if (true_.length !== 1) fail(`${true_.length} options answer the fact`);
				// No distractor is true in the article for the same subject and relation.
				for (const other of pack.facts) {
					if (other.subject !== fact.subject || other.relation !== fact.relation) continue;
					question.options.forEach((option, i) => {
						if (i !== question.answerIndex && answers(other, option, pack)) {
							fail(`option "${option}" is true in the article (${other.id})`);
						}
					});
				}
			}
			if (question.options.some((option) => /\b(all|none) of the above\b/i.test(option))) {
				fail('all/none of the above');
			}
			break;
		}
		case 'true-false': {
			const fact = facts.get(question.factIds[0] ?? '');
			if (!question.statement.startsWith('According to the article, ')) fail('no "According to…"');
			if (!fact) break;
			const said = question.statement.slice('According to the article, '.length);
			const same = said.slice(1) === fact.statement.slice(1);
			if (question.answer !== same) fail('true/false answer disagrees with its statement');
			if (!question.answer) {
				// Falsified by swapping the answer span only, never by adding "not".
				const at = fact.statement.indexOf(fact.answer);
				const after = fact.statement.slice(at + fact.answer.length);
				const keptBefore = at === 0 || said.slice(1, at) === fact.statement.slice(1, at);
				if (!keptBefore || !said.endsWith(after)) fail('not a swap');
				const swapped = said.slice(at, said.length - after.length);
				if (/\bnot\b|n't/i.test(swapped)) fail('falsified with "not"');
				if (answers(fact, swapped, pack)) fail(`swap "${swapped}" is still right`);
			}
			break;
		}
		case 'cloze':
			if (!question.text.includes('____')) fail('no blank');
			break;
		case 'matching': {
			distinct(
				question.pairs.map((pair) => pair.right),
				'rights'
			);
			distinct(
				question.pairs.map((pair) => pair.left),
				'lefts'
			);
			if (question.pairs.length < 4 || question.pairs.length > 6) fail('not 4–6 pairs');
			// Each left is answered by exactly one right.
			if (question.id.endsWith(':0')) {
				for (const pair of question.pairs) {
					const fact = facts.get(pair.factIds[0] ?? '');
					const right = question.shuffledRights.filter((r) => fact && answers(fact, r, pack));
					if (right.length !== 1 || right[0] !== pair.right) fail(`"${pair.left}" ambiguous`);
				}
			}
			break;
		}
		case 'timeline': {
			distinct(
				question.events.map((event) => event.label),
				'events'
			);
			const byId = new Map(pack.events.map((event) => [event.id, event]));
			const dates = question.correctOrder.map((id) => byId.get(id)?.date ?? '');
			// Non-overlapping, increasing: a year and a month in it could not be ordered.
			for (let i = 1; i < dates.length; i += 1) {
				const earlier = dates[i - 1] ?? '';
				const later = dates[i] ?? '';
				if (!(earlier < later) || later.startsWith(earlier)) fail('dates not strictly ordered');
			}
			if (question.correctOrder.every((id, i) => question.events[i]?.id === id)) {
				fail('shown already in order');
			}
			break;
		}
		default:
			break;
	}
	return out;
}

/**
 * Problems of a quiz as a whole: shared facts, and questions about a common entity where one
 * shows an answer of the other.
 */
export function quizProblems(quiz: Question[], pack: Pack): string[] {
	const out = quiz.flatMap((question) => problems(question, pack));
	const facts = factsById(pack);
	// The entities a question is about: its facts' subjects and entity answers.
	const entities = (q: Question) =>
		new Set(
			q.factIds.flatMap((id) => {
				const fact = facts.get(id);
				if (!fact) return [];
				return fact.object.type === 'entity' ? [fact.subject, fact.object.entity] : [fact.subject];
			})
		);
	const seen = new Map<string, string>();
	for (const question of quiz) {
		for (const id of question.factIds) {
			const other = seen.get(id);
			if (other) out.push(`${question.id} and ${other} share fact ${id}`);
			seen.set(id, question.id);
		}
	}
	const shown = (q: Question) => [
		...promptTexts(q),
		...(q.kind === 'true-false' ? [q.statement] : [])
	];
	const tested = (q: Question) =>
		q.kind === 'true-false'
			? q.factIds.flatMap((id) => {
					const fact = facts.get(id);
					return fact ? acceptedAnswers(fact, names(pack)) : [];
				})
			: acceptedTexts(q, pack);
	quiz.forEach((a, i) => {
		for (const b of quiz.slice(i + 1)) {
			const shared = [...entities(a)].some((entity) => entities(b).has(entity));
			if (!shared) continue;
			for (const [x, y] of [
				[a, b],
				[b, a]
			] as const) {
				const given = tested(y).find((answer) => shown(x).some((text) => mentions(text, answer)));
				if (given) out.push(`${x.id} gives away "${given}" of ${y.id}`);
			}
		}
	});
	return out;
}
