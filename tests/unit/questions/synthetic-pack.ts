// Synthetic valid packs of any size, for property tests and benchmarks. Deterministic for a
// seed; every pack passes `parsePack` (see synthetic-pack.test.ts).
import type { Block, Entity, EntityKind, Fact, Pack, TimelineEvent } from '$lib/domain/pack/schema';
import { monthNames } from '$lib/domain/questions/dates';
import { createRandom, type Random } from '$lib/domain/questions/random';

export interface SyntheticOptions {
	/** Number of facts. */
	facts: number;
	seed?: number;
	/** Entities per kind (default: one per ten facts, at least 6). Few entities force curated pools. */
	entitiesPerKind?: number;
	/** Share of date facts that get a timeline event (default 0.5). */
	eventShare?: number;
}

const syllables = 'ka lo mi ra ve du sa ten bor lin ta ne go ri pe zan mor dal vi shu'.split(' ');
const animals = 'lynx eagle bear wolf falcon tiger heron otter bison crane'.split(' ');
const topics = ['politics', 'trade', 'security', 'culture'];

const pickFrom = <T>(items: readonly T[], random: Random): T =>
	items[random.int(0, items.length - 1)]!;
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Unique made-up names ("Kalo", "Mirazan") that never contain one another as words. */
function nameMaker(random: Random) {
	const used = new Set<string>();
	return () => {
		for (;;) {
			const length = random.int(2, 4);
			const name = capital(Array.from({ length }, () => pickFrom(syllables, random)).join(''));
			if (!used.has(name)) {
				used.add(name);
				return name;
			}
		}
	};
}

interface Template {
	relation: string;
	make(
		subject: Entity,
		random: Random,
		pool: (kind: EntityKind) => Entity
	): Omit<Fact, 'id' | 'subject' | 'relation' | 'topics' | 'difficulty' | 'source'> | null;
}

const templates: Template[] = [
	{
		relation: 'signed-treaty-with',
		make: (s, _r, pool) => {
			const o = pool('country');
			if (o.id === s.id) return null;
			return {
				statement: `${s.name} signed a treaty with ${o.name}.`,
				cue: `Which country did ${s.name} sign a treaty with?`,
				answer: o.name,
				object: { type: 'entity', entity: o.id }
			};
		}
	},
	{
		relation: 'opened-consulate-in',
		make: (s, _r, pool) => {
			const o = pool('city');
			return {
				statement: `${s.name} opened a consulate in ${o.name}.`,
				cue: `In which city did ${s.name} open a consulate?`,
				answer: o.name,
				object: { type: 'entity', entity: o.id, accept: [`${o.name} city`] }
			};
		}
	},
	{
		relation: 'invested-heavily-in',
		make: (s, _r, pool) => {
			const o = pool('region');
			return {
				statement: `${s.name} invested heavily in ${o.name}.`,
				cue: `In which region did ${s.name} invest heavily?`,
				answer: o.name,
				object: { type: 'entity', entity: o.id }
			};
		}
	},
	{
		relation: 'joined',
		make: (s, _r, pool) => {
			const o = pool('organisation');
			return {
				statement: `${s.name} joined the ${o.name}.`,
				cue: `Which organisation did ${s.name} join?`,
				answer: `the ${o.name}`,
				object: { type: 'entity', entity: o.id }
			};
		}
	},
	{
		relation: 'held-elections-in',
		make: (s, r) => {
			const year = r.int(1950, 2023);
			const month = r.int(1, 12);
			return {
				statement: `${s.name} held elections in ${monthNames[month - 1]} ${year}.`,
				cue: `When did ${s.name} hold elections?`,
				answer: `${monthNames[month - 1]} ${year}`,
				object: {
					type: 'date',
					value: `${year}-${String(month).padStart(2, '0')}`,
					precision: 'month'
				}
			};
		}
	},
	{
		relation: 'adopted-constitution-in',
		make: (s, r) => {
			const year = r.int(1900, 2023);
			return {
				statement: `${s.name} adopted a new constitution in ${year}.`,
				cue: `In what year did ${s.name} adopt a new constitution?`,
				answer: String(year),
				object: { type: 'date', value: String(year), precision: 'year' }
			};
		}
	},
	{
		relation: 'signed-accord-on',
		make: (s, r) => {
			const year = r.int(1990, 2023);
			const month = r.int(1, 12);
			const day = r.int(1, 28);
			const pad = (n: number) => String(n).padStart(2, '0');
			return {
				statement: `${s.name} signed the accord on ${day} ${monthNames[month - 1]} ${year}.`,
				cue: `On what date did ${s.name} sign the accord?`,
				answer: `${day} ${monthNames[month - 1]} ${year}`,
				object: { type: 'date', value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' }
			};
		}
	},
	{
		relation: 'exports-share-of-grain',
		make: (s, r) => {
			const value = r.int(5, 95);
			return {
				statement: `${s.name} exports ${value}% of its grain.`,
				cue: `What share of its grain does ${s.name} export?`,
				answer: `${value}%`,
				object: { type: 'number', value, unit: 'percent' }
			};
		}
	},
	{
		relation: 'member-of-council-for',
		make: (s, r) => {
			const value = r.int(2, 40);
			return {
				statement: `${s.name} has sat on the council for more than ${value} years.`,
				cue: `For more than how long has ${s.name} sat on the council?`,
				answer: `${value} years`,
				object: { type: 'number', value, unit: 'years' }
			};
		}
	},
	{
		relation: 'has-provinces',
		make: (s, r) => {
			const value = r.int(3, 60);
			return {
				statement: `${s.name} has ${value} provinces.`,
				cue: `How many provinces does ${s.name} have?`,
				answer: String(value),
				object: { type: 'number', value, unit: 'count' }
			};
		}
	},
	{
		relation: 'chaired-summit-for',
		make: (s, r) => {
			const value = r.int(2, 30);
			return {
				statement: `${s.name} chaired the summit for ${value} months.`,
				cue: `For how long did ${s.name} chair the summit?`,
				answer: `${value} months`,
				object: { type: 'number', value, unit: 'months' }
			};
		}
	},
	{
		relation: 'national-animal',
		make: (s, r) => {
			const value = pickFrom(animals, r);
			return {
				statement: `The national animal of ${s.name} is the ${value}.`,
				cue: `What is the national animal of ${s.name}?`,
				answer: value,
				object: { type: 'text', value }
			};
		}
	},
	{
		relation: 'does-not-trade-with',
		make: (s, _r, pool) => {
			const o = pool('country');
			if (o.id === s.id) return null;
			return {
				statement: `${s.name} does not trade with ${o.name}.`,
				cue: `Which country does ${s.name} not trade with?`,
				answer: o.name,
				object: { type: 'entity', entity: o.id }
			};
		}
	}
];

const eventLabels: Record<string, (name: string) => string> = {
	'held-elections-in': (name) => `${name} holds elections`,
	'adopted-constitution-in': (name) => `${name} adopts a new constitution`,
	'signed-accord-on': (name) => `${name} signs the accord`
};

/** A valid synthetic pack of `facts` facts over countries, cities, regions and organisations. */
export function syntheticPack(options: SyntheticOptions): Pack {
	const random = createRandom(options.seed ?? 1);
	const perKind = options.entitiesPerKind ?? Math.max(6, Math.round(options.facts / 10));
	const newName = nameMaker(random);
	const entities: Entity[] = [];
	const byKind = new Map<EntityKind, Entity[]>();
	for (const kind of ['country', 'city', 'region', 'organisation'] as const) {
		const list: Entity[] = [];
		for (let i = 0; i < perKind; i += 1) {
			const name = newName();
			const entity: Entity = {
				id: `${kind}-${i + 1}`,
				name,
				kind,
				aliases: kind === 'country' && i % 2 === 0 ? [`Republic of ${name}`] : []
			};
			list.push(entity);
			entities.push(entity);
		}
		byKind.set(kind, list);
	}
	const pool = (kind: EntityKind) => pickFrom(byKind.get(kind)!, random);

	const facts: Fact[] = [];
	const blocks: Block[] = [{ id: 'h1', kind: 'heading', level: 1, text: 'A synthetic article' }];
	const events: TimelineEvent[] = [];
	const eventShare = options.eventShare ?? 0.5;
	while (facts.length < options.facts) {
		const template = pickFrom(templates, random);
		const subject = pool('country');
		const made = template.make(subject, random, pool);
		if (!made) continue;
		const n = facts.length + 1;
		const fact: Fact = {
			id: `fact-${n}`,
			...made,
			subject: subject.id,
			relation: template.relation,
			topics: [pickFrom(topics, random)],
			difficulty: pickFrom([1, 2, 3] as const, random),
			source: { block: `p${n}`, quote: made.statement }
		};
		facts.push(fact);
		blocks.push({ id: `p${n}`, kind: 'paragraph', text: made.statement });
		const label = eventLabels[template.relation];
		if (label && fact.object.type === 'date' && random.int(0, 999) < eventShare * 1000) {
			events.push({
				id: `event-${n}`,
				label: label(subject.name),
				date: fact.object.value,
				precision: fact.object.precision,
				facts: [fact.id]
			});
		}
	}
	return {
		format: 1,
		meta: {
			id: 'synthetic',
			title: `Synthetic pack of ${options.facts} facts`,
			sourceTitle: 'A synthetic article',
			author: 'Test factory',
			language: 'en',
			version: 1
		},
		blocks,
		entities,
		facts,
		events,
		quotations: [],
		commentary: []
	};
}
