import { at } from './at';
import type { PackIndex } from './pack-index';
import { containsAnyNeedle, padded } from './phrases';
import type { Question } from './question';
import { answerNeedles, shownText } from './reveal';

interface Entry {
	/** Shown text, folded and padded. */
	shown: string;
	/** Answers, folded and padded (see `needle`). */
	answers: string[];
	/** The entities its facts are about: subjects and entity objects. */
	entities: string[];
}

/**
 * The questions of one quiz so far, and the rule that keeps them from giving each other away:
 * no two questions share a fact, and of two questions about a common entity (as subject or
 * answer of any of their facts), neither shows (in its prompt, statement, cloze text,
 * matching lefts or event labels) an answer of the other. So "…has China exempted from
 * tariffs?" never meets "Which country abandoned the consensus?" (China), nor a cue "…since
 * July 2022?" the question "Since when…?". Indexed by entity: a check costs the questions
 * about the same entities, not the whole quiz.
 */
export class QuizGuard {
	readonly #facts = new Set<string>();
	readonly #byEntity = new Map<string, Entry[]>();

	constructor(private readonly index: PackIndex) {}

	/** Whether the fact is in no question yet. */
	isFree(factId: string): boolean {
		return !this.#facts.has(factId);
	}

	/**
	 * Adds `question` (as built, before `arrange`) to the quiz if it gives nothing away and
	 * nothing gives it away; returns whether it did.
	 */
	tryAdd(question: Question): boolean {
		if (question.factIds.some((id) => this.#facts.has(id))) return false;
		const entry = this.#entry(question);
		for (const entity of entry.entities) {
			for (const other of this.#byEntity.get(entity) ?? []) {
				if (
					containsAnyNeedle(entry.shown, other.answers) ||
					containsAnyNeedle(other.shown, entry.answers)
				) {
					return false;
				}
			}
		}
		for (const id of question.factIds) this.#facts.add(id);
		for (const entity of entry.entities) {
			const list = this.#byEntity.get(entity);
			if (list) list.push(entry);
			else this.#byEntity.set(entity, [entry]);
		}
		return true;
	}

	// A question's content is fixed by its id (only display order varies), so its entry is
	// computed once per pack.
	#entry(question: Question): Entry {
		const cached = this.index.guardEntries.get(question.id);
		if (cached) return cached;
		const entities = new Set<string>();
		for (const id of question.factIds) {
			const position = this.index.factPosition.get(id);
			if (position === undefined) continue;
			const fact = at(this.index.facts, position);
			entities.add(fact.subject);
			if (fact.object.type === 'entity') entities.add(fact.object.entity);
		}
		const entry: Entry = {
			shown: padded(shownText(question)),
			answers: answerNeedles(question, this.index),
			entities: [...entities]
		};
		this.index.guardEntries.set(question.id, entry);
		return entry;
	}
}
