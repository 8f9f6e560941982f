import * as v from 'valibot';

/**
 * The fact-pack format: one article as structured, checkable facts. Defined once here; the
 * built-in pack and every imported pack are parsed by it (then by `validatePack` for the
 * checks a schema cannot express: references, verbatim quotes, coverage).
 */

/** Safe in URLs and HTML ids. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const Slug = v.pipe(
	v.string(),
	v.regex(slugPattern, 'must be lower-case kebab-case (a-z, 0-9, -)')
);
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const BlockId = v.pipe(
	v.string(),
	v.regex(/^[bhpq][1-9][0-9]*$/, 'must be b1, h1, p1 or q1 style')
);

export const PackMeta = v.object({
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
	v.object({ id: BlockId, kind: v.literal('byline'), text: Text }),
	v.object({ id: BlockId, kind: v.literal('heading'), level: v.picklist([1, 2]), text: Text }),
	v.object({ id: BlockId, kind: v.literal('paragraph'), text: Text }),
	/** A pull quote shown once, styled; `repeats` is the paragraph whose sentence it repeats. */
	v.object({ id: BlockId, kind: v.literal('pull-quote'), text: Text, repeats: BlockId })
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

export const Entity = v.object({
	id: Slug,
	/** The canonical name, as an answer is shown. */
	name: Text,
	kind: v.picklist(entityKinds),
	/** Other names a learner may type; each alias belongs to exactly one entity. */
	aliases: v.array(Text),
	description: v.optional(Text)
});

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision`. */
const DateValue = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
);
export const datePrecisions = ['year', 'month', 'day'] as const;

export const numberUnits = ['percent', 'years', 'months', 'count'] as const;

export const FactObject = v.variant('type', [
	v.object({
		type: v.literal('entity'),
		entity: Slug,
		/** Further accepted answers for this fact only, e.g. a capital standing for its government. */
		accept: v.optional(v.array(Text))
	}),
	v.object({ type: v.literal('date'), value: DateValue, precision: v.picklist(datePrecisions) }),
	v.object({ type: v.literal('number'), value: v.number(), unit: v.picklist(numberUnits) }),
	v.object({ type: v.literal('text'), value: Text, accept: v.optional(v.array(Text)) })
]);

export const Fact = v.object({
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
	source: v.object({
		block: BlockId,
		/** Verbatim from the block's cleaned text. */
		quote: Text
	}),
	/** Present when the fact goes beyond the article's words (e.g. "last September" → 2023), with why. */
	inferred: v.optional(Text)
});

export const TimelineEvent = v.object({
	id: Slug,
	/** A short label for a timeline card, e.g. "China stops tariffs on most Afghan goods". */
	label: Text,
	date: DateValue,
	precision: v.picklist(datePrecisions),
	facts: v.pipe(v.array(Slug), v.minLength(1, 'needs at least one fact')),
	inferred: v.optional(Text)
});

export const Quotation = v.object({
	id: Slug,
	speaker: Slug,
	/** The quoted words, verbatim from the block. */
	words: Text,
	block: BlockId
});

/** A paragraph with no testable claim (framing, opinion without a checkable fact). */
export const Commentary = v.object({ block: BlockId, reason: Text });

export const Pack = v.object({
	format: v.literal(1),
	meta: PackMeta,
	blocks: v.pipe(v.array(Block), v.minLength(1, 'needs at least one block')),
	entities: v.array(Entity),
	facts: v.pipe(v.array(Fact), v.minLength(1, 'needs at least one fact')),
	events: v.array(TimelineEvent),
	quotations: v.array(Quotation),
	commentary: v.array(Commentary)
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
export type Pack = v.InferOutput<typeof Pack>;
export type PackInput = v.InferInput<typeof Pack>;
