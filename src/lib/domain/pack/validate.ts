import * as v from 'valibot';
import { parseDateAnswer, sameDate } from '../grading/parse-date';
import { parseNumberAnswer } from '../grading/parse-number';
import { foldAnswer, foldText } from '../text/fold';
import { acceptedAnswers } from './accepted-answers';
import { groundingTokens } from './grounding';
import { withoutInvisible } from './invisible';
import { Pack, type Block, type Fact } from './schema';

/** One problem in a pack, located by its path (e.g. `facts[12].source.quote`). */
export interface PackError {
	path: string;
	message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

export function formatPackError(error: PackError): string {
	return `${error.path}: ${error.message}`;
}

/**
 * Parses a pack from untrusted input: first the schema, then every check a schema cannot
 * express (unique ids, references, verbatim quotes, valid dates, answers that agree with their
 * values, disjoint aliases, roles, lures, grounded dates and numbers, coverage).
 * Never throws; an invalid pack yields every error found, each with its path.
 */
export function parsePack(input: unknown): PackResult {
	const parsed = v.safeParse(Pack, input);
	if (!parsed.success) {
		return {
			ok: false,
			errors: parsed.issues.map((issue) => ({
				path: formatPath(issue.path) || '(pack)',
				message: issue.message
			}))
		};
	}
	const errors = checkPack(parsed.output);
	return errors.length ? { ok: false, errors } : { ok: true, pack: parsed.output };
}

type IssuePath = v.BaseIssue<unknown>['path'];

function formatPath(path: IssuePath): string {
	let out = '';
	for (const item of path ?? []) {
		const key = (item as { key?: unknown }).key;
		if (typeof key === 'number') out += `[${key}]`;
		else if (key !== undefined) out += out ? `.${String(key)}` : String(key);
	}
	return out;
}

/** The checks beyond the schema, on a pack whose shape is already valid. */
export function checkPack(pack: Pack): PackError[] {
	const errors: PackError[] = [];
	const fail = (path: string, message: string) => errors.push({ path, message });

	const blocks = new Map<string, Block>();
	const entities = new Set<string>();
	const facts = new Set<string>();
	const unique = (
		seen: Set<string> | Map<string, unknown>,
		id: string,
		path: string,
		what: string
	) => {
		if (seen.has(id)) fail(path, `duplicate ${what} id "${id}"`);
	};
	pack.blocks.forEach((block, i) => {
		unique(blocks, block.id, `blocks[${i}].id`, 'block');
		blocks.set(block.id, block);
	});
	pack.entities.forEach((entity, i) => {
		unique(entities, entity.id, `entities[${i}].id`, 'entity');
		entities.add(entity.id);
	});
	pack.facts.forEach((fact, i) => {
		unique(facts, fact.id, `facts[${i}].id`, 'fact');
		facts.add(fact.id);
	});
	const eventIds = new Set<string>();
	pack.events.forEach((event, i) => {
		unique(eventIds, event.id, `events[${i}].id`, 'event');
		eventIds.add(event.id);
	});
	const quotationIds = new Set<string>();
	pack.quotations.forEach((quotation, i) => {
		unique(quotationIds, quotation.id, `quotations[${i}].id`, 'quotation');
		quotationIds.add(quotation.id);
	});

	const paragraph = (id: string, path: string): Block | undefined => {
		const block = blocks.get(id);
		if (!block) fail(path, `no block "${id}"`);
		else if (block.kind !== 'paragraph')
			fail(path, `block "${id}" is a ${block.kind}, not a paragraph`);
		else return block;
		return undefined;
	};
	const entity = (id: string, path: string) => {
		if (!entities.has(id)) fail(path, `no entity "${id}"`);
	};

	pack.blocks.forEach((block, i) => {
		if (block.kind === 'pull-quote') paragraph(block.repeats, `blocks[${i}].repeats`);
	});

	// Aliases: every name a learner may type belongs to exactly one entity. Names are compared
	// folded and without invisible characters (which the schema refuses in names anyway).
	const owners = new Map<string, string>();
	pack.entities.forEach((item, i) => {
		[item.name, ...item.aliases].forEach((name, j) => {
			const key = nameKey(name);
			const owner = owners.get(key);
			const path = j === 0 ? `entities[${i}].name` : `entities[${i}].aliases[${j - 1}]`;
			if (owner !== undefined && owner !== item.id) {
				fail(path, `"${name}" also names entity ${owner}`);
			} else if (owner === item.id) {
				fail(path, `"${name}" is listed twice for entity ${item.id}`);
			}
			owners.set(key, item.id);
		});
	});

	// Roles and metonymy.
	const entityById = new Map(pack.entities.map((item) => [item.id, item]));
	const carriedRoles = new Set<string>();
	pack.entities.forEach((item, i) => {
		const seen = new Set<string>();
		item.roles?.forEach((role, j) => {
			if (seen.has(role))
				fail(`entities[${i}].roles[${j}]`, `role "${role}" is listed twice for entity ${item.id}`);
			seen.add(role);
			carriedRoles.add(role);
		});
		if (item.standsFor === undefined) return;
		if (item.standsFor === item.id)
			fail(`entities[${i}].standsFor`, `entity ${item.id} cannot stand for itself`);
		else entity(item.standsFor, `entities[${i}].standsFor`);
	});

	const entityNames = new Map(pack.entities.map((item) => [item.id, [item.name, ...item.aliases]]));
	pack.facts.forEach((fact, i) => {
		const at = `facts[${i}]`;
		entity(fact.subject, `${at}.subject`);
		if (fact.object.type === 'entity') entity(fact.object.entity, `${at}.object.entity`);
		if (
			fact.object.type === 'date' &&
			checkDate(fact.object.value, fact.object.precision, `${at}.object.value`, fail)
		) {
			checkDateAnswer(fact, at, fail);
		}
		if (fact.object.type === 'number') checkNumberAnswer(fact, at, fail);
		if (fact.role !== undefined) {
			if (fact.object.type !== 'entity') {
				fail(
					`${at}.role`,
					`only a fact whose object is an entity has a role (this object is a ${fact.object.type})`
				);
			} else {
				const object = entityById.get(fact.object.entity);
				if (object && !object.roles?.includes(fact.role)) {
					fail(
						`${at}.role`,
						`entity ${object.id} does not carry role "${fact.role}" (add it to its roles)`
					);
				}
			}
		}
		const block = paragraph(fact.source.block, `${at}.source.block`);
		if (block && !block.text.includes(fact.source.quote)) {
			fail(`${at}.source.quote`, `not found in block ${block.id}`);
		} else if (block && !fact.inferred) {
			// Only against a verbatim quote: a wrong quote is reported above, once.
			checkGrounded(fact, at, fail);
		}
		if (!fact.statement.includes(fact.answer)) fail(`${at}.answer`, 'not found in the statement');
		const accepted = acceptedAnswers(fact, entityNames);
		if (
			!accepted.some((answer) => foldAnswer(answer) === foldAnswer(fact.answer)) &&
			fact.object.type !== 'number' &&
			fact.object.type !== 'date'
		) {
			fail(`${at}.answer`, `"${fact.answer}" is not an accepted answer of its object`);
		}
		const cue = ` ${foldText(fact.cue)} `;
		const givenAway = accepted.find(
			(answer) => foldAnswer(answer).length > 0 && cue.includes(` ${foldAnswer(answer)} `)
		);
		if (givenAway) fail(`${at}.cue`, `gives away its answer "${givenAway}"`);
	});

	const factById = new Map(pack.facts.map((fact) => [fact.id, fact]));
	pack.events.forEach((event, i) => {
		checkDate(event.date, event.precision, `events[${i}].date`, fail);
		event.facts.forEach((id, j) => {
			if (!facts.has(id)) fail(`events[${i}].facts[${j}]`, `no fact "${id}"`);
		});
		if (event.inferred) return;
		// The label and the article's wording of the date come from the article: from the quote
		// of one of the event's facts. Its `date` is for ordering and may be resolved.
		const quoted = new Set(
			event.facts.flatMap((id) => {
				const fact = factById.get(id);
				return fact ? groundingTokens(fact.source.quote).map((token) => token.key) : [];
			})
		);
		const reported = new Set<string>();
		for (const field of ['label', 'when'] as const) {
			for (const token of groundingTokens(event[field] ?? '')) {
				if (quoted.has(token.key) || reported.has(token.key)) continue;
				reported.add(token.key);
				fail(
					`events[${i}].${field}`,
					`"${token.text}" is not in the source quote of any of its facts (mark the event inferred, or list a fact whose quote gives it)`
				);
			}
		}
	});

	pack.quotations.forEach((quotation, i) => {
		entity(quotation.speaker, `quotations[${i}].speaker`);
		const block = paragraph(quotation.block, `quotations[${i}].block`);
		if (block && !block.text.includes(quotation.words)) {
			fail(`quotations[${i}].words`, `not found in block ${block.id}`);
		}
	});

	checkLures(pack, owners, carriedRoles, fail);

	const covered = new Set(pack.facts.map((fact) => fact.source.block));
	const marked = new Set<string>();
	pack.commentary.forEach((item, i) => {
		const block = paragraph(item.block, `commentary[${i}].block`);
		if (block && marked.has(block.id))
			fail(`commentary[${i}].block`, `block ${block.id} is listed twice`);
		marked.add(item.block);
	});
	pack.blocks.forEach((block, i) => {
		if (block.kind === 'paragraph' && !covered.has(block.id) && !marked.has(block.id)) {
			fail(`blocks[${i}]`, `paragraph ${block.id} has no fact and is not listed as commentary`);
		}
	});

	return errors;
}

type Fail = (path: string, message: string) => void;

/** How names are compared: folded (case, accents, punctuation, a leading article) and visible. */
function nameKey(name: string): string {
	return foldAnswer(withoutInvisible(name));
}

/**
 * A number fact's answer writes its value (`98%`, `2 years`, `ninety-eight percent`), in the
 * value's unit when it names one: a key of 7 for "2 years" would mark the right answer wrong.
 */
function checkNumberAnswer(fact: Fact, at: string, fail: Fail) {
	if (fact.object.type !== 'number') return;
	const { value, unit } = fact.object;
	const written = parseNumberAnswer(fact.answer);
	if (!written) {
		fail(
			`${at}.answer`,
			`"${fact.answer}" writes no number, but the object is the number ${value}`
		);
	} else if (written.value !== value) {
		fail(
			`${at}.object.value`,
			`${value} contradicts the answer "${fact.answer}", which says ${written.value}`
		);
	} else if (written.unit !== null && written.unit !== unit) {
		fail(
			`${at}.object.unit`,
			`"${unit}" contradicts the answer "${fact.answer}", which is in ${written.unit}`
		);
	}
}

/**
 * A date fact's answer states a full date (`2024`, `April 2022`, `the end of September 2023`)
 * equal to the value at its precision. "last September" states none: a value the article does
 * not date must be a text fact.
 */
function checkDateAnswer(fact: Fact, at: string, fail: Fail) {
	if (fact.object.type !== 'date') return;
	const { value, precision } = fact.object;
	const written = parseDateAnswer(fact.answer);
	if (!written) {
		fail(
			`${at}.answer`,
			`"${fact.answer}" states no full date; a value the article does not date must be a text fact`
		);
	} else if (!sameDate(written, value, precision)) {
		const coarser =
			(precision !== 'year' && written.month === undefined) ||
			(precision === 'day' && written.day === undefined);
		fail(
			`${at}.object.value`,
			coarser
				? `"${value}" (precision ${precision}) is finer than the answer "${fact.answer}"`
				: `"${value}" contradicts the answer "${fact.answer}"`
		);
	}
}

/**
 * Grounding: every date or number in the statement, cue and answer of a fact that is not
 * inferred is in its source quote (numbers by value, months by name).
 */
function checkGrounded(fact: Fact, at: string, fail: Fail) {
	const quoted = new Set(groundingTokens(fact.source.quote).map((token) => token.key));
	const reported = new Set<string>();
	for (const field of ['statement', 'cue', 'answer'] as const) {
		for (const token of groundingTokens(fact[field])) {
			if (quoted.has(token.key) || reported.has(token.key)) continue;
			reported.add(token.key);
			fail(
				`${at}.${field}`,
				`"${token.text}" is not in the source quote (mark the fact inferred, or quote the sentence that gives it)`
			);
		}
	}
}

/**
 * Lures are names the article never uses, offered only as wrong options: not in any block
 * (as whole words, a plural or possessive included), no entity's name or alias, no fact's
 * accepted answer, unique, and each of their roles carried by some entity.
 */
function checkLures(
	pack: Pack,
	owners: Map<string, string>,
	carriedRoles: Set<string>,
	fail: Fail
) {
	if (!pack.lures?.length) return;
	const blocks = pack.blocks.map((block) => ({ id: block.id, text: ` ${foldText(block.text)} ` }));
	const accepted = new Map<string, string>();
	pack.facts.forEach((fact, i) => {
		if (fact.object.type === 'entity' || fact.object.type === 'text') {
			for (const answer of fact.object.accept ?? []) accepted.set(nameKey(answer), `facts[${i}]`);
		}
		if (fact.object.type === 'text') accepted.set(nameKey(fact.object.value), `facts[${i}]`);
	});
	const seen = new Map<string, number>();
	pack.lures.forEach((lure, i) => {
		const at = `lures[${i}]`;
		const key = nameKey(lure.name);
		const first = seen.get(key);
		const owner = owners.get(key);
		const block = blocks.find(
			(item) => item.text.includes(` ${key} `) || item.text.includes(` ${key}s `)
		);
		if (first !== undefined) fail(`${at}.name`, `"${lure.name}" is listed twice (lures[${first}])`);
		else if (owner !== undefined) fail(`${at}.name`, `"${lure.name}" names entity ${owner}`);
		else if (accepted.has(key))
			fail(`${at}.name`, `"${lure.name}" is an accepted answer of ${accepted.get(key)}`);
		else if (block) {
			fail(
				`${at}.name`,
				`"${lure.name}" occurs in the article (block ${block.id}); a lure must be a name the article never uses`
			);
		}
		if (first === undefined) seen.set(key, i);
		lure.roles.forEach((role, j) => {
			if (!carriedRoles.has(role)) {
				fail(
					`${at}.roles[${j}]`,
					`no entity carries role "${role}", so this lure could never be offered`
				);
			}
		});
	});
}

const daysInMonth = (year: number, month: number) =>
	new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether a date is valid and matches its precision; fails with why when it is not. */
function checkDate(
	value: string,
	precision: 'year' | 'month' | 'day',
	path: string,
	fail: Fail
): boolean {
	const parts = value.split('-').map(Number);
	const expected = { year: 1, month: 2, day: 3 }[precision];
	if (parts.length !== expected) {
		fail(path, `"${value}" does not match precision ${precision}`);
		return false;
	}
	const [year = 0, month, day] = parts;
	if (month !== undefined && (month < 1 || month > 12)) {
		fail(path, `"${value}" has no month ${month}`);
		return false;
	}
	if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) {
		fail(path, `"${value}" is not a calendar date`);
		return false;
	}
	return true;
}
