import * as v from 'valibot';
import { foldAnswer, foldText } from '../text/fold';
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
 * express (unique ids, references, verbatim quotes, valid dates, disjoint aliases, coverage).
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

	// Aliases: every name a learner may type belongs to exactly one entity.
	const owners = new Map<string, string>();
	pack.entities.forEach((item, i) => {
		[item.name, ...item.aliases].forEach((name, j) => {
			const key = foldAnswer(name);
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

	const entityNames = new Map(pack.entities.map((item) => [item.id, [item.name, ...item.aliases]]));
	pack.facts.forEach((fact, i) => {
		const at = `facts[${i}]`;
		entity(fact.subject, `${at}.subject`);
		if (fact.object.type === 'entity') entity(fact.object.entity, `${at}.object.entity`);
		if (fact.object.type === 'date')
			checkDate(fact.object.value, fact.object.precision, `${at}.object.value`, fail);
		const block = paragraph(fact.source.block, `${at}.source.block`);
		if (block && !block.text.includes(fact.source.quote)) {
			fail(`${at}.source.quote`, `not found in block ${block.id}`);
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

	pack.events.forEach((event, i) => {
		checkDate(event.date, event.precision, `events[${i}].date`, fail);
		event.facts.forEach((id, j) => {
			if (!facts.has(id)) fail(`events[${i}].facts[${j}]`, `no fact "${id}"`);
		});
	});

	pack.quotations.forEach((quotation, i) => {
		entity(quotation.speaker, `quotations[${i}].speaker`);
		const block = paragraph(quotation.block, `quotations[${i}].block`);
		if (block && !block.text.includes(quotation.words)) {
			fail(`quotations[${i}].words`, `not found in block ${block.id}`);
		}
	});

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

/** Every answer that counts as right for a fact's object (dates and numbers: none as text). */
export function acceptedAnswers(fact: Fact, entityNames: Map<string, string[]>): string[] {
	switch (fact.object.type) {
		case 'entity':
			return [...(entityNames.get(fact.object.entity) ?? []), ...(fact.object.accept ?? [])];
		case 'text':
			return [fact.object.value, ...(fact.object.accept ?? [])];
		default:
			return [];
	}
}

const daysInMonth = (year: number, month: number) =>
	new Date(Date.UTC(year, month, 0)).getUTCDate();

function checkDate(
	value: string,
	precision: 'year' | 'month' | 'day',
	path: string,
	fail: (path: string, message: string) => void
) {
	const parts = value.split('-').map(Number);
	const expected = { year: 1, month: 2, day: 3 }[precision];
	if (parts.length !== expected) {
		fail(path, `"${value}" does not match precision ${precision}`);
		return;
	}
	const [year = 0, month, day] = parts;
	if (month !== undefined && (month < 1 || month > 12))
		fail(path, `"${value}" has no month ${month}`);
	else if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) {
		fail(path, `"${value}" is not a calendar date`);
	}
}
