// Small hand-made packs for unit tests: factories with overrides, validated like any pack.
import type { Entity, Fact, Lure, Pack, TimelineEvent } from '$lib/domain/pack/schema';
import { formatPackError, parsePack } from '$lib/domain/pack/validate';

export function makeEntity(overrides: Partial<Entity> & Pick<Entity, 'id' | 'name'>): Entity {
	return { kind: 'country', aliases: [], ...overrides };
}

type FactCore = Pick<Fact, 'id' | 'statement' | 'cue' | 'answer' | 'subject' | 'object'>;

export function makeFact(overrides: Partial<Fact> & FactCore): Fact {
	return {
		relation: overrides.id,
		topics: ['general'],
		difficulty: 1,
		source: { block: 'p1', quote: overrides.statement },
		...overrides
	};
}

export interface PackParts {
	entities: Entity[];
	facts: Fact[];
	events?: TimelineEvent[];
	lures?: Lure[];
	id?: string;
}

/**
 * A valid pack of the given entities and facts: one paragraph per fact (its statement, which
 * is also its quote). Throws with every problem when the parts do not make a valid pack.
 */
export function makePack(parts: PackParts): Pack {
	const facts = parts.facts.map((fact, i) => ({
		...fact,
		source: { block: `p${i + 1}`, quote: fact.statement }
	}));
	const candidate = {
		format: 1,
		meta: {
			id: parts.id ?? 'test-pack',
			title: 'Test pack',
			sourceTitle: 'Test article',
			author: 'Tests',
			language: 'en',
			version: 3
		},
		blocks: facts.map((fact, i) => ({ id: `p${i + 1}`, kind: 'paragraph', text: fact.statement })),
		entities: parts.entities,
		facts,
		events: parts.events ?? [],
		...(parts.lures ? { lures: parts.lures } : {}),
		quotations: [],
		commentary: []
	};
	const result = parsePack(candidate);
	if (!result.ok) throw new Error(result.errors.map(formatPackError).join('\n'));
	return result.pack;
}

/** Entities of an article-like pack: countries, cities, a region, a group. */
export const articleEntities: Entity[] = [
	makeEntity({ id: 'china', name: 'China', aliases: ['Chinese'] }),
	makeEntity({ id: 'russia', name: 'Russia', aliases: ['Russian'] }),
	makeEntity({ id: 'pakistan', name: 'Pakistan' }),
	makeEntity({ id: 'afghanistan', name: 'Afghanistan', aliases: ['Afghan'] }),
	makeEntity({ id: 'ukraine', name: 'Ukraine' }),
	makeEntity({ id: 'kabul', name: 'Kabul', kind: 'city' }),
	makeEntity({ id: 'kazan', name: 'Kazan', kind: 'city' }),
	makeEntity({ id: 'moscow', name: 'Moscow', kind: 'city' }),
	makeEntity({ id: 'beijing', name: 'Beijing', kind: 'city' }),
	makeEntity({ id: 'xinjiang', name: 'Xinjiang', kind: 'region' }),
	makeEntity({ id: 'taliban', name: 'Taliban', kind: 'group', aliases: ['Taliban regime'] })
];

/** Facts modelled on the article: entities, dates, numbers, a negation, a bound. */
export const articleFacts: Fact[] = [
	makeFact({
		id: 'first-to-accept',
		statement: 'China is the first country to accept a Taliban ambassador.',
		cue: 'Which country was the first to accept a Taliban ambassador?',
		answer: 'China',
		subject: 'taliban',
		object: { type: 'entity', entity: 'china' }
	}),
	makeFact({
		id: 'ambassador-to-kabul',
		statement: 'China appointed a new ambassador to Kabul.',
		cue: 'To which capital did China appoint a new ambassador?',
		answer: 'Kabul',
		subject: 'china',
		object: { type: 'entity', entity: 'kabul' }
	}),
	makeFact({
		id: 'meeting-in-kazan',
		statement: 'A Taliban delegation attended a meeting on terrorism in Kazan.',
		cue: 'In which city did a Taliban delegation attend a meeting on terrorism?',
		answer: 'Kazan',
		subject: 'taliban',
		object: { type: 'entity', entity: 'kazan' }
	}),
	makeFact({
		id: 'assurances-on-xinjiang',
		statement: 'Kabul assures Beijing it will curb extremists in the province of Xinjiang.',
		cue: 'About which province does Kabul reassure Beijing?',
		answer: 'Xinjiang',
		subject: 'taliban',
		object: { type: 'entity', entity: 'xinjiang' }
	}),
	makeFact({
		id: 'embassy-handed-over',
		statement: 'Russia handed the Afghan embassy to Taliban representatives.',
		cue: 'Which country handed the Afghan embassy to Taliban representatives?',
		answer: 'Russia',
		subject: 'russia',
		relation: 'handed-embassy',
		object: { type: 'entity', entity: 'russia' }
	}),
	makeFact({
		id: 'embassy-in-april-2022',
		statement: 'Russia handed over the Afghan embassy in April 2022.',
		cue: 'When did Russia hand over the Afghan embassy?',
		answer: 'April 2022',
		subject: 'russia',
		object: { type: 'date', value: '2022-04', precision: 'month' }
	}),
	makeFact({
		id: 'invasion-in-february-2022',
		statement: 'Russia invaded Ukraine in February 2022.',
		cue: 'When did Russia invade Ukraine?',
		answer: 'February 2022',
		subject: 'ukraine',
		object: { type: 'date', value: '2022-02', precision: 'month' }
	}),
	makeFact({
		id: 'takeover-in-august-2021',
		statement: 'The Taliban seized power in August 2021.',
		cue: 'When did the Taliban seize power?',
		answer: 'August 2021',
		subject: 'taliban',
		relation: 'seized-power-in',
		object: { type: 'date', value: '2021-08', precision: 'month' }
	}),
	makeFact({
		id: 'ambassador-in-september-2023',
		statement: 'China named its ambassador to Afghanistan in September 2023.',
		cue: 'When did China name its ambassador to Afghanistan?',
		answer: 'September 2023',
		subject: 'china',
		object: { type: 'date', value: '2023-09', precision: 'month' }
	}),
	makeFact({
		id: 'tariffs-98-percent',
		statement: 'China lifted tariffs on 98% of Afghan goods.',
		cue: 'On what share of Afghan goods did China lift tariffs?',
		answer: '98%',
		subject: 'china',
		object: { type: 'number', value: 98, unit: 'percent' }
	}),
	makeFact({
		id: 'in-power-more-than-2-years',
		statement: 'The Taliban have held power for more than 2 years.',
		cue: 'For more than how long have the Taliban held power?',
		answer: '2 years',
		subject: 'taliban',
		object: { type: 'number', value: 2, unit: 'years' }
	}),
	makeFact({
		id: 'no-recognition',
		statement: 'China does not recognise the Taliban government as legitimate.',
		cue: 'Whose government does China not recognise as legitimate?',
		answer: 'Taliban',
		subject: 'china',
		relation: 'does-not-recognise',
		object: { type: 'entity', entity: 'taliban' }
	}),
	makeFact({
		id: 'partner-pakistan',
		statement: 'China works with Pakistan as a joint partner.',
		cue: 'Which joint partner does China work with?',
		answer: 'Pakistan',
		subject: 'china',
		relation: 'works-with',
		object: { type: 'entity', entity: 'pakistan' }
	})
];

export const articleEvents: TimelineEvent[] = [
	{
		id: 'takeover',
		label: 'The Taliban take power',
		date: '2021-08',
		precision: 'month',
		facts: ['takeover-in-august-2021']
	},
	{
		id: 'invasion',
		label: 'Russia invades Ukraine',
		date: '2022-02',
		precision: 'month',
		facts: ['invasion-in-february-2022']
	},
	{
		id: 'embassy',
		label: 'Russia hands over the Afghan embassy',
		date: '2022-04',
		precision: 'month',
		facts: ['embassy-in-april-2022', 'embassy-handed-over']
	},
	{
		id: 'ambassador',
		label: 'China names an ambassador',
		date: '2023-09',
		precision: 'month',
		facts: ['ambassador-in-september-2023']
	}
];

/** An article-like pack; override any part. */
export function articlePack(overrides: Partial<PackParts> = {}): Pack {
	return makePack({
		entities: articleEntities,
		facts: articleFacts,
		events: articleEvents,
		...overrides
	});
}
