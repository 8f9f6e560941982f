import type { Entity, Fact, Lure } from '../pack/schema';
import { foldAnswer } from '../text/fold';
import { dateInterval, formatDate, type DatePrecision } from './dates';
import { formatNumber, type NumberUnit } from './numbers';

/**
 * A value an answer or a distractor can take: an entity, a date, a number or a text, with the
 * label it is shown by. Values of one `pool` are interchangeable as options: same semantic type
 * and same format (a country for a country, a month and year for a month and year, a
 * percentage for a percentage).
 */
export interface Value {
	/** Identity: `e:<entity>`, `d:<date>`, `n:<unit>:<number>`, `t:<folded text>`. */
	key: string;
	/** `entity:<kind>`, `date:<precision>`, `number:<unit>` or `text:<relation>`. */
	pool: string;
	/** As shown in an option. */
	label: string;
	/** Every name the value goes by, folded (an entity's name and aliases; else the label). */
	names: string[];
	/** For dates and numbers: a position to compare by (day scale or the number). */
	order?: number;
	/** Set for an entity value. */
	entity?: Entity;
	/** The roles an entity or lure plays (see `Entity.roles`). */
	roles?: readonly string[];
	/** Set for a lure: a name the article never uses, only ever a wrong option. */
	lure?: true;
	/** Set for a date value. */
	date?: { value: string; precision: DatePrecision };
	/** Set for a number value. */
	number?: { value: number; unit: NumberUnit };
}

export function entityValue(entity: Entity): Value {
	return {
		key: `e:${entity.id}`,
		pool: `entity:${entity.kind}`,
		label: entity.name,
		names: [entity.name, ...entity.aliases].map(foldAnswer),
		entity,
		roles: entity.roles ?? []
	};
}

export function lureValue(lure: Lure): Value {
	const folded = foldAnswer(lure.name);
	return {
		key: `l:${folded}`,
		pool: `entity:${lure.kind}`,
		label: lure.name,
		names: [folded],
		roles: lure.roles,
		lure: true
	};
}

/**
 * `foldAnswer` for generated labels ("July 2022", "98%", "2 years"): plain ASCII words fold
 * to their lower case, without the cost of Unicode normalisation.
 */
function foldLabel(label: string): string {
	return /^[A-Za-z0-9%]+( [A-Za-z0-9%]+)*$/.test(label) && !/^(the|a|an) /i.test(label)
		? label.toLowerCase()
		: foldAnswer(label);
}

export function dateValue(value: string, precision: DatePrecision): Value {
	const label = formatDate(value, precision);
	return {
		key: `d:${value}`,
		pool: `date:${precision}`,
		label,
		names: [foldLabel(label)],
		order: dateInterval(value, precision)[0],
		date: { value, precision }
	};
}

export function numberValue(value: number, unit: NumberUnit): Value {
	const label = formatNumber(value, unit);
	return {
		key: `n:${unit}:${value}`,
		pool: `number:${unit}`,
		label,
		names: [foldLabel(label)],
		order: value,
		number: { value, unit }
	};
}

export function textValue(text: string, relation: string): Value {
	const folded = foldAnswer(text);
	return { key: `t:${folded}`, pool: `text:${relation}`, label: text, names: [folded] };
}

/** The value a fact states (its object); `null` for an entity missing from the pack. */
export function factValue(fact: Fact, entities: ReadonlyMap<string, Entity>): Value | null {
	const object = fact.object;
	switch (object.type) {
		case 'entity': {
			const entity = entities.get(object.entity);
			return entity ? entityValue(entity) : null;
		}
		case 'date':
			return dateValue(object.value, object.precision);
		case 'number':
			return numberValue(object.value, object.unit);
		case 'text':
			return textValue(object.value, fact.relation);
	}
}

/**
 * The key of a fact's value without building the value (cheap, for indexing large packs);
 * equal to `factValue(fact).key`.
 */
export function factValueKey(fact: Fact): string {
	const object = fact.object;
	switch (object.type) {
		case 'entity':
			return `e:${object.entity}`;
		case 'date':
			return `d:${object.value}`;
		case 'number':
			return `n:${object.unit}:${object.value}`;
		case 'text':
			return `t:${foldAnswer(object.value)}`;
	}
}

/** The pool of a fact's value, as `factValue(fact).pool`. */
export function factPool(fact: Fact, entities: ReadonlyMap<string, Entity>): string | null {
	const object = fact.object;
	switch (object.type) {
		case 'entity': {
			const kind = entities.get(object.entity)?.kind;
			return kind ? `entity:${kind}` : null;
		}
		case 'date':
			return `date:${object.precision}`;
		case 'number':
			return `number:${object.unit}`;
		case 'text':
			return `text:${fact.relation}`;
	}
}
