import * as v from 'valibot';
import { datePrecisions, numberUnits, slugPattern } from './vocabulary';

export { datePrecisions, numberUnits, slugPattern } from './vocabulary';
import { describeInvisible, hasInvisible, withoutInvisible } from './invisible';
import { strictObject } from './strict';

/**
 * The fact-pack format: one article as structured, checkable facts. Defined once here; the
 * built-in pack and every imported pack are parsed by it (then by `validatePack` for the
 * checks a schema cannot express: references, verbatim quotes, coverage).
 *
 * Every object is strict: a key the format does not define (a misspelt `infered`) is an
 * error, never silently dropped.
 */

const Slug = v.pipe(
	v.string(),
	v.regex(slugPattern, 'must be lower-case kebab-case (a-z, 0-9, -)')
);
/** Trimmed, and not empty even once invisible characters (U+200B, U+00AD, …) are removed. */
const Text = v.pipe(
	v.string(),
	v.trim(),
	v.nonEmpty('must not be empty'),
	v.check(
		(text) => withoutInvisible(text).trim() !== '',
		'must not be empty: it has only invisible characters'
	)
);
/**
 * A name a learner may type or be shown as an answer: Text with no invisible character at all,
 * so two names never differ by something no one can see.
 */
const Name = v.pipe(
	Text,
	v.check(
		(text) => !hasInvisible(text),
		(issue) => `must not contain invisible characters: ${describeInvisible(String(issue.input))}`
	)
);
const BlockId = v.pipe(
	v.string(),
	v.regex(/^[bhpq][1-9][0-9]*$/, 'must be b1, h1, p1 or q1 style')
);

export const PackMeta = strictObject({
	/** Kebab-case id, stable across versions; progress is keyed by it. */
	id: Slug,
	title: Text,
	/** The title of the source article, as published. */
	sourceTitle: Text,
	author: Text,
	/** BCP 47 language tag, e.g. `en`. */
	language: v.pipe(
		v.string(),
		v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag like en or en-GB')
	),
	/** Bumped whenever facts change; stored with every answer and review. */
	version: v.pipe(
		v.number(),
		v.integer('must be a whole number'),
		v.minValue(1, 'must be at least 1')
	)
});

export const Block = v.variant('kind', [
	strictObject({ id: BlockId, kind: v.literal('byline'), text: Text }),
	strictObject({ id: BlockId, kind: v.literal('heading'), level: v.picklist([1, 2]), text: Text }),
	strictObject({ id: BlockId, kind: v.literal('paragraph'), text: Text }),
	/** A pull quote shown once, styled; `repeats` is the paragraph whose sentence it repeats. */
	strictObject({ id: BlockId, kind: v.literal('pull-quote'), text: Text, repeats: BlockId })
]);

export const entityKinds = [
	'country',
	'city',
	'region',
	'organisation',
	'group',
	'person',
	'role',
	'event',
	'document',
	'other'
] as const;

export const Entity = strictObject({
	id: Slug,
	/** The canonical name, as an answer is shown. */
	name: Name,
	kind: v.picklist(entityKinds),
	/** Other names a learner may type; each alias belongs to exactly one entity. */
	aliases: v.array(Name),
	description: v.optional(Text),
	/**
	 * Role tags: the parts this entity plays in the article (`engages-taliban`, `capital`,
	 * `historical-state`). A distractor for a fact shares the role the fact's cue describes.
	 */
	roles: v.optional(v.array(Slug)),
	/**
	 * The entity this one names by metonymy in the article (Beijing → `china`, Moscow →
	 * `russia`); never itself.
	 */
	standsFor: v.optional(Slug)
});

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision`. */
const DateValue = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
);
export const FactObject = v.variant('type', [
	strictObject({
		type: v.literal('entity'),
		entity: Slug,
		/** Further accepted answers for this fact only, e.g. a capital standing for its government. */
		accept: v.optional(v.array(Name))
	}),
	strictObject({
		type: v.literal('date'),
		value: DateValue,
		precision: v.picklist(datePrecisions)
	}),
	strictObject({
		type: v.literal('number'),
		/** The number `answer` writes (in digits or words), as a finite number. */
		value: v.pipe(v.number(), v.finite('must be a finite number')),
		unit: v.picklist(numberUnits)
	}),
	strictObject({ type: v.literal('text'), value: Name, accept: v.optional(v.array(Name)) })
]);

export const Fact = strictObject({
	id: Slug,
	/** One sentence in plain English: the claim, and nothing more. */
	statement: Text,
	/** A short question whose answer is the object (a flashcard front, an MCQ stem). */
	cue: Text,
	/** The exact words of `statement` that state the object; blanked for cloze, swapped for true/false. */
	answer: Text,
	subject: Slug,
	/** What the fact says of the subject, kebab-case (e.g. `accepted-ambassador-from`). */
	relation: Slug,
	object: FactObject,
	topics: v.pipe(v.array(Slug), v.minLength(1, 'needs at least one topic')),
	difficulty: v.picklist([1, 2, 3]),
	source: strictObject({
		block: BlockId,
		/** Verbatim from the block's cleaned text. */
		quote: Text
	}),
	/**
	 * The role the answer plays in the cue (a role of the object entity, see `Entity.roles`);
	 * only on facts whose object is an entity.
	 */
	role: v.optional(Slug),
	/**
	 * Present when the fact goes beyond the article's words (e.g. "last September" → 2023), with
	 * why. Such a fact is never asked, and its dates and numbers need not be in its quote.
	 */
	inferred: v.optional(Text)
});

export const TimelineEvent = strictObject({
	id: Slug,
	/** A short label for a timeline card, e.g. "China stops tariffs on most Afghan goods". */
	label: Text,
	/** For ordering; shown formatted unless `when` is given. */
	date: DateValue,
	precision: v.picklist(datePrecisions),
	/** The date as the article gives it (e.g. "2 months before April 2022"), shown instead of `date`. */
	when: v.optional(Text),
	facts: v.pipe(v.array(Slug), v.minLength(1, 'needs at least one fact')),
	/** Present when the event goes beyond the article's words, with why; never asked. */
	inferred: v.optional(Text)
});

export const Quotation = strictObject({
	id: Slug,
	speaker: Slug,
	/** The quoted words, verbatim from the block. */
	words: Text,
	block: BlockId
});

/** A paragraph with no testable claim (framing, opinion without a checkable fact). */
export const Commentary = strictObject({ block: BlockId, reason: Text });

/**
 * A name the article never uses, offered only as a wrong option: of `kind`, playing `roles`
 * (each a role some entity of the pack carries).
 */
export const Lure = strictObject({
	name: Name,
	kind: v.picklist(entityKinds),
	roles: v.pipe(v.array(Slug), v.minLength(1, 'needs at least one role'))
});

export const Pack = strictObject({
	format: v.literal(1),
	meta: PackMeta,
	blocks: v.pipe(v.array(Block), v.minLength(1, 'needs at least one block')),
	entities: v.array(Entity),
	facts: v.pipe(v.array(Fact), v.minLength(1, 'needs at least one fact')),
	events: v.array(TimelineEvent),
	quotations: v.array(Quotation),
	commentary: v.array(Commentary),
	lures: v.optional(v.array(Lure))
});

export type PackMeta = v.InferOutput<typeof PackMeta>;
export type Block = v.InferOutput<typeof Block>;
export type Entity = v.InferOutput<typeof Entity>;
export type EntityKind = Entity['kind'];
export type FactObject = v.InferOutput<typeof FactObject>;
export type Fact = v.InferOutput<typeof Fact>;
export type TimelineEvent = v.InferOutput<typeof TimelineEvent>;
export type Quotation = v.InferOutput<typeof Quotation>;
export type Commentary = v.InferOutput<typeof Commentary>;
export type Lure = v.InferOutput<typeof Lure>;
export type Pack = v.InferOutput<typeof Pack>;
export type PackInput = v.InferInput<typeof Pack>;
