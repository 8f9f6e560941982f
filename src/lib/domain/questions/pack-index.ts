import type { Entity, Fact, Pack, TimelineEvent } from '../pack/schema';
import { acceptedAnswers } from '../pack/accepted-answers';
import { foldAnswer } from '../text/fold';
import { readClaim, type Claim } from './claim';
import { dateForms, dateInterval, formatDate } from './dates';
import { numberForms } from './numbers';
import { containsAnyNeedle, containsFolded, needle, padded } from './phrases';
import { firstWords } from './sentence';
import {
	dateValue,
	entityValue,
	factPool,
	factValue,
	factValueKey,
	lureValue,
	type Value
} from './values';
import { at } from './at';
import type { FalseStatement } from './build/true-false';
import { sentenceKey } from './sentence-key';
import type { Question } from './question';

/** What the generator needs to know about one fact, computed on first use. */
export interface FactInfo {
	fact: Fact;
	/** Position in `pack.facts`. */
	position: number;
	value: Value;
	/** Every answer that counts as right, as text (names, aliases, date and number forms). */
	accepted: string[];
	/** `accepted`, folded (no empty ones). */
	acceptedFolded: ReadonlySet<string>;
	/** `acceptedFolded` as a list. */
	acceptedKeys: readonly string[];
	/** `acceptedKeys` padded for search (see `needle`). */
	acceptedNeedles: readonly string[];
	/** The cue and the statement, folded and padded for phrase search. */
	cueText: string;
	statementText: string;
	/**
	 * The statement without its answer, folded and padded: what a cloze or a true/false
	 * statement on the fact shows whatever fills the gap.
	 */
	restText: string;
	/** The distinct words of `restText`. */
	restWords: ReadonlySet<string>;
	/** The distinct words of `cueText` and of `statementText`. */
	cueWords: readonly string[];
	statementWords: readonly string[];
	claim: Claim;
	/** Keys of every value the article states for this fact's subject and relation (its own too). */
	truths: ReadonlySet<string>;
	/**
	 * Entity ids an option must not be: the fact's subject and the names that stand for it
	 * (Beijing for China), so that no option is the stem's own subject under another name.
	 */
	subjectFamily: ReadonlySet<string>;
}

/** What the quiz guard compares of one question (see `QuizGuard`). */
export interface GuardEntry {
	/** Shown text, folded and padded. */
	shown: string;
	/** The distinct words of `shown`. */
	words: readonly string[];
	/** Answers, folded and padded (see `needle`). */
	answers: readonly string[];
	/** The source sentences its facts come from (see `sentenceKey`). */
	sentences: readonly string[];
}

/** A pack event ready for ordering questions. */
export interface IndexedEvent {
	event: TimelineEvent;
	/** `[start, end)` on the day scale of `dateInterval`. */
	interval: [number, number];
	dateLabel: string;
	/** The label, folded: events with equal keys never share a question. */
	labelKey: string;
	/** Positions of its facts in `pack.facts`. */
	facts: number[];
	/** False when its label gives its date away (it then never appears in a question). */
	usable: boolean;
}

/**
 * Everything about a pack that question generation looks up, built once per pack in O(facts +
 * entities) so that each question costs the same whatever the pack's size: distractor pools by
 * value type, the values the article states per subject and relation, events, matching groups.
 */
export class PackIndex {
	readonly facts: readonly Fact[];
	readonly factPosition = new Map<string, number>();
	readonly entityById = new Map<string, Entity>();
	readonly entityNames = new Map<string, string[]>();
	/** Folded names and aliases of every entity. */
	readonly entityNameSet = new Set<string>();
	/** First words of entity names, to keep their capital after "According to the article,". */
	readonly properWords: ReadonlySet<string>;
	/** Distractor candidates from the pack, by `Value.pool`. */
	readonly pools = new Map<string, Value[]>();
	/** Matching groups: facts whose cues share an answer type, by pool; only groups of 4 or more. */
	readonly groups = new Map<string, number[]>();
	readonly events: IndexedEvent[];
	/** Whether any entity carries a role: then a distractor must share the role its fact names. */
	readonly usesRoles: boolean;
	/** Lures (names the article never uses, for wrong options only) by entity kind. */
	readonly lures = new Map<string, Value[]>();
	/** Entity ids by the id they stand for, and the reverse (Beijing ↔ China). */
	readonly #standIns = new Map<string, string[]>();
	readonly #families = new Map<string, readonly string[]>();
	readonly #folded = new Map<string, { text: string; words: readonly string[] }>();
	readonly #sentences: (string | undefined)[] = [];
	readonly eventsByFact = new Map<number, number[]>();
	readonly blockText = new Map<string, string>();
	/** What the quiz guard compares, by question id, once computed (see `QuizGuard`). */
	readonly guardEntries = new Map<string, GuardEntry>();
	/**
	 * Single-fact questions once built, by kind, position and variant: their content depends
	 * on nothing else. Bounded, so a huge pack does not keep every question it ever built.
	 */
	readonly built = new Map<string, Question | null>();
	/** Falsified statements by fact position, once made (see `buildTrueFalse`). */
	readonly falseStatements = new Map<number, FalseStatement | null>();
	/** Positions of facts with a number object (the only ones a numeric question can use). */
	readonly numberFacts: number[] = [];
	/** Positions of facts in a usable event (timeline candidates). */
	readonly eventFacts: number[] = [];
	/** Positions of facts in a matching group or a usable event (matching candidates). */
	readonly matchableFacts: number[] = [];

	// One value key, or a set once a subject and relation have several (most have one).
	readonly #truths = new Map<string, string | Set<string>>();
	readonly #objectFacts = new Map<string, number[]>();
	readonly #infos: (FactInfo | null | undefined)[];
	readonly #topics = new Map<string, number[]>();

	constructor(readonly pack: Pack) {
		this.facts = pack.facts;
		this.#infos = new Array<FactInfo | null | undefined>(pack.facts.length);
		for (const block of pack.blocks) this.blockText.set(block.id, block.text);
		for (const entity of pack.entities) {
			this.entityById.set(entity.id, entity);
			const names = [entity.name, ...entity.aliases];
			this.entityNames.set(entity.id, names);
			for (const name of names) this.entityNameSet.add(foldAnswer(name));
			this.#addCandidate(entityValue(entity));
		}
		this.properWords = firstWords(
			pack.entities.flatMap((entity) => [entity.name, ...entity.aliases])
		);
		this.usesRoles = pack.entities.some((entity) => (entity.roles?.length ?? 0) > 0);
		for (const entity of pack.entities) {
			if (!entity.standsFor) continue;
			push(this.#standIns, entity.standsFor, entity.id);
			push(this.#standIns, entity.id, entity.standsFor);
		}
		for (const lure of pack.lures ?? []) push(this.lures, `entity:${lure.kind}`, lureValue(lure));

		const seen = new Set<string>();
		const groupMembers = new Map<string, number[]>();
		pack.facts.forEach((fact, position) => {
			this.factPosition.set(fact.id, position);
			const key = factValueKey(fact);
			const truthKey = `${fact.subject}\u0000${fact.relation}`;
			const truths = this.#truths.get(truthKey);
			if (truths === undefined) this.#truths.set(truthKey, key);
			else if (typeof truths === 'string') this.#truths.set(truthKey, new Set([truths, key]));
			else truths.add(key);
			// Notes need one fact other than the one asked: two per value are enough.
			pushUpTo(2, this.#objectFacts, key, position);
			if (fact.object.type === 'number') this.numberFacts.push(position);
			const pool = factPool(fact, this.entityById);
			if (pool) push(groupMembers, pool, position);
			const poolKey = fact.object.type === 'text' ? `${pool}|${key}` : key;
			if (fact.object.type !== 'entity' && !seen.has(poolKey) && !fact.inferred) {
				seen.add(poolKey);
				const value = factValue(fact, this.entityById);
				if (value) this.#addCandidate(value);
				// "April 2022" also makes 2022 a year the article uses.
				const object = fact.object;
				const year =
					object.type === 'date' && object.precision !== 'year' ? object.value.slice(0, 4) : null;
				if (year && !seen.has(`d:${year}`)) {
					seen.add(`d:${year}`);
					this.#addCandidate(dateValue(year, 'year'));
				}
			}
		});
		for (const [pool, members] of groupMembers) {
			if (members.length >= 4) this.groups.set(pool, members);
		}

		this.events = pack.events.map((event, index) => {
			const facts = event.facts.flatMap((id) => {
				const position = this.factPosition.get(id);
				return position === undefined ? [] : [position];
			});
			for (const position of facts) push(this.eventsByFact, position, index);
			// As the article gives it ("2 months before April 2022") where the pack says so.
			const dateLabel = event.when ?? formatDate(event.date, event.precision);
			// A label naming its year or date ("… (July 2022)") gives the order away.
			const label = padded(event.label);
			const namesDate =
				containsFolded(label, event.date.slice(0, 4)) ||
				containsFolded(label, foldAnswer(dateLabel));
			return {
				event,
				interval: dateInterval(event.date, event.precision),
				dateLabel,
				labelKey: foldAnswer(event.label),
				facts,
				usable: facts.length === event.facts.length && !namesDate && !event.inferred
			};
		});
		pack.facts.forEach((fact, position) => {
			const inEvent = (this.eventsByFact.get(position) ?? []).some(
				(i) => at(this.events, i).usable
			);
			if (inEvent) this.eventFacts.push(position);
			const pool = factPool(fact, this.entityById);
			if (inEvent || (pool && this.groups.has(pool))) this.matchableFacts.push(position);
		});
	}

	#addCandidate(value: Value) {
		push(this.pools, value.pool, value);
	}

	/** The fact at `position` with its derived data; `null` if its object is not in the pack. */
	info(position: number): FactInfo | null {
		const cached = this.#infos[position];
		if (cached !== undefined) return cached;
		const fact = this.facts[position];
		// A fact that goes beyond the article's words is never asked.
		const value = fact && !fact.inferred ? factValue(fact, this.entityById) : null;
		let info: FactInfo | null = null;
		if (fact && value) {
			const accepted = this.#accepted(fact);
			const acceptedFolded = new Set(accepted.map(foldAnswer).filter(Boolean));
			const restText = padded(fact.statement.replace(fact.answer, ' … '));
			const cueText = padded(fact.cue);
			const statementText = padded(fact.statement);
			info = {
				fact,
				position,
				value,
				accepted,
				acceptedFolded,
				acceptedKeys: [...acceptedFolded],
				acceptedNeedles: [...acceptedFolded].map(needle),
				cueText,
				statementText,
				cueWords: [...new Set(cueText.trim().split(' '))],
				statementWords: [...new Set(statementText.trim().split(' '))],
				restText,
				restWords: new Set(restText.trim().split(' ')),
				claim: readClaim(fact),
				truths: truthSet(this.#truths.get(`${fact.subject}\u0000${fact.relation}`) ?? value.key),
				subjectFamily: new Set([fact.subject, ...(this.#standIns.get(fact.subject) ?? [])])
			};
		}
		this.#infos[position] = info;
		return info;
	}

	#accepted(fact: Fact): string[] {
		const object = fact.object;
		if (object.type === 'date')
			return unique([...dateForms(object.value, object.precision), fact.answer]);
		if (object.type === 'number')
			return unique([...numberForms(object.value, object.unit), fact.answer]);
		return unique(acceptedAnswers(fact, this.entityNames));
	}

	/**
	 * A pack statement about a distractor value for the feedback screen: a fact whose answer it
	 * is (what it really is in the article), never the fact being asked, and never one beyond
	 * the article's words (a note is presented as the article's). A fact merely about the value
	 * says nothing of why it is wrong here, and would show other questions' answers: none.
	 */
	noteFor(value: Value, asked: number): string | null {
		const position = this.#objectFacts
			.get(value.key)
			?.find((p) => p !== asked && !at(this.facts, p).inferred);
		return position === undefined ? null : at(this.facts, position).statement;
	}

	remember(key: string, question: Question | null): void {
		if (this.built.size >= maxBuilt) this.built.clear();
		this.built.set(key, question);
	}

	/** A text folded and padded (see `padded`) with its distinct words, kept once per pack. */
	folded(text: string): { text: string; words: readonly string[] } {
		let folded = this.#folded.get(text);
		if (!folded) {
			const padText = padded(text);
			folded = { text: padText, words: [...new Set(padText.trim().split(' '))] };
			if (this.#folded.size >= maxBuilt) this.#folded.clear();
			this.#folded.set(text, folded);
		}
		return folded;
	}

	rememberGuardEntry(id: string, entry: GuardEntry): void {
		if (this.guardEntries.size >= maxBuilt) this.guardEntries.clear();
		this.guardEntries.set(id, entry);
	}

	/** The entity and every entity standing for it or for which it stands. */
	family(entityId: string): readonly string[] {
		let family = this.#families.get(entityId);
		if (!family) {
			family = [entityId, ...(this.#standIns.get(entityId) ?? [])];
			this.#families.set(entityId, family);
		}
		return family;
	}

	/** The source sentence of the fact at `position` (see `sentenceKey`), computed once. */
	sentenceOf(position: number): string {
		let key = this.#sentences[position];
		if (key === undefined) {
			const { source } = at(this.facts, position);
			key = sentenceKey(source.block, source.quote);
			this.#sentences[position] = key;
		}
		return key;
	}

	/** Positions of the facts on any of `topics` (all facts when none are given). */
	factsOn(topics: readonly string[] | undefined): number[] | null {
		if (!topics || topics.length === 0) return null;
		const key = [...new Set(topics)].sort().join('\u0000');
		const cached = this.#topics.get(key);
		if (cached) return cached;
		const wanted = new Set(topics);
		const positions: number[] = [];
		this.facts.forEach((fact, position) => {
			if (fact.topics.some((topic) => wanted.has(topic))) positions.push(position);
		});
		this.#topics.set(key, positions);
		return positions;
	}
}

function pushUpTo<K, V>(limit: number, map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (!list) map.set(key, [value]);
	else if (list.length < limit) list.push(value);
}

const truthSet = (truths: string | Set<string>) =>
	typeof truths === 'string' ? new Set([truths]) : truths;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

const unique = (items: string[]) => [...new Set(items)];

/** At most this many built questions are kept per pack (see `PackIndex.built`). */
const maxBuilt = 20_000;

const indexes = new WeakMap<Pack, PackIndex>();

/** The index of a pack, built on first use and kept as long as the pack object lives. */
export function packIndex(pack: Pack): PackIndex {
	let index = indexes.get(pack);
	if (!index) {
		index = new PackIndex(pack);
		indexes.set(pack, index);
	}
	return index;
}

/** Whether a fact's cue states one of its own accepted answers (then it cannot be asked). */
export function cueGivesAway(info: FactInfo): boolean {
	return containsAnyNeedle(info.cueText, info.acceptedNeedles);
}
