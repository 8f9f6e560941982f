import type { Entity, Fact, Pack, TimelineEvent } from '../../pack/schema';
import { foldAnswer } from '../../text/fold';

/** What a name in an option stands for: a pack entity or a lure, with its kind and roles. */
export interface NamedThing {
	entityId?: string;
	kind: string;
	roles: readonly string[];
}

/** Lookups the lint rules share, built once per pack. */
export class LintContext {
	readonly #facts = new Map<string, Fact>();
	readonly #byStatement = new Map<string, Fact>();
	readonly #entities = new Map<string, Entity>();
	readonly #events = new Map<string, TimelineEvent>();
	readonly #names = new Map<string, NamedThing>();
	readonly #standIns = new Map<string, string[]>();
	readonly quotationWords: readonly string[];

	constructor(readonly pack: Pack) {
		for (const fact of pack.facts) {
			this.#facts.set(fact.id, fact);
			this.#byStatement.set(fact.statement, fact);
		}
		for (const event of pack.events) this.#events.set(event.id, event);
		for (const entity of pack.entities) {
			this.#entities.set(entity.id, entity);
			const thing = { entityId: entity.id, kind: entity.kind, roles: entity.roles ?? [] };
			for (const name of [entity.name, ...entity.aliases]) this.#names.set(foldAnswer(name), thing);
			if (entity.standsFor) {
				this.#standIns.set(entity.id, [...(this.#standIns.get(entity.id) ?? []), entity.standsFor]);
				this.#standIns.set(entity.standsFor, [
					...(this.#standIns.get(entity.standsFor) ?? []),
					entity.id
				]);
			}
		}
		for (const lure of pack.lures ?? []) {
			this.#names.set(foldAnswer(lure.name), { kind: lure.kind, roles: lure.roles });
		}
		this.quotationWords = pack.quotations.map((quotation) => quotation.words);
	}

	fact(id: string): Fact | undefined {
		return this.#facts.get(id);
	}
	factByStatement(statement: string): Fact | undefined {
		return this.#byStatement.get(statement);
	}
	entity(id: string): Entity | undefined {
		return this.#entities.get(id);
	}
	event(id: string): TimelineEvent | undefined {
		return this.#events.get(id);
	}
	/** The entity or lure a shown name stands for, if any. */
	named(name: string): NamedThing | undefined {
		return this.#names.get(foldAnswer(name));
	}
	/** An entity's name and aliases, folded. */
	names(id: string): string[] {
		const entity = this.#entities.get(id);
		return entity ? [entity.name, ...entity.aliases].map(foldAnswer) : [];
	}
	/** An entity and the entities standing for it or for which it stands. */
	family(id: string): string[] {
		return [id, ...(this.#standIns.get(id) ?? [])];
	}
}
