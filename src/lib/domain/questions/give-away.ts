import { at } from './at';
import type { PackIndex } from './pack-index';
import type { Question } from './question';
import { answerNeedles, shownText } from './reveal';
import { padded } from './phrases';

interface Entry {
	/** Shown text, folded and padded. */
	shown: string;
	/** The distinct words of `shown`. */
	words: ReadonlySet<string>;
	/** Answers, folded and padded (see `needle`). */
	answers: readonly string[];
	/** The source sentences its facts come from (see `sentenceKey`). */
	sentences: readonly string[];
}

/** One source sentence: its block and quote. Facts quoting the same sentence share it. */
export function sentenceKey(block: string, quote: string): string {
	return `${block}\u0000${quote}`;
}

/**
 * The questions of one quiz so far, and the rules that keep them apart:
 * - no two questions share a fact, nor a source sentence (a multi-fact question uses every
 *   sentence of its facts), so a quiz never asks one sentence twice;
 * - no question shows (in its prompt, statement, cloze text, matching lefts or event labels)
 *   an accepted answer of another, whatever their entities.
 * Indexed by word, so a check costs the questions that share a word with it, not the quiz.
 */
export class QuizGuard {
	readonly #facts = new Set<string>();
	readonly #sentences = new Set<string>();
	/** Earlier answers, by their first word. */
	readonly #answersByWord = new Map<string, string[]>();
	/** Earlier shown texts, by each of their words. */
	readonly #shownByWord = new Map<string, Entry[]>();

	constructor(private readonly index: PackIndex) {}

	/** Whether the fact, and the sentence it comes from, are in no question yet. */
	isFree(factId: string): boolean {
		if (this.#facts.has(factId)) return false;
		const position = this.index.factPosition.get(factId);
		if (position === undefined) return true;
		const { source } = at(this.index.facts, position);
		return !this.#sentences.has(sentenceKey(source.block, source.quote));
	}

	/**
	 * Adds `question` (as built, before `arrange`) to the quiz if it gives nothing away and
	 * nothing gives it away; returns whether it did.
	 */
	tryAdd(question: Question): boolean {
		if (question.factIds.some((id) => this.#facts.has(id))) return false;
		const entry = this.#entry(question);
		if (entry.sentences.some((key) => this.#sentences.has(key))) return false;
		for (const word of entry.words) {
			for (const answer of this.#answersByWord.get(word) ?? []) {
				if (entry.shown.includes(answer)) return false;
			}
		}
		for (const answer of entry.answers) {
			for (const other of this.#shownByWord.get(firstWord(answer)) ?? []) {
				if (other.shown.includes(answer)) return false;
			}
		}
		for (const id of question.factIds) this.#facts.add(id);
		for (const key of entry.sentences) this.#sentences.add(key);
		for (const answer of entry.answers) push(this.#answersByWord, firstWord(answer), answer);
		for (const word of entry.words) push(this.#shownByWord, word, entry);
		return true;
	}

	// A question's content is fixed by its id (only display order varies), so its entry is
	// computed once per pack.
	#entry(question: Question): Entry {
		const cached = this.index.guardEntries.get(question.id);
		if (cached) return cached;
		const shown = padded(shownText(question));
		const entry: Entry = {
			shown,
			words: new Set(shown.trim().split(' ')),
			answers: answerNeedles(question, this.index),
			sentences: [
				...new Set(question.sources.map((source) => sentenceKey(source.block, source.quote)))
			]
		};
		this.index.guardEntries.set(question.id, entry);
		return entry;
	}
}

/** The first word of a padded needle (" united states " → "united"). */
const firstWord = (needle: string) => needle.trim().split(' ', 1)[0] ?? '';

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
