import { at } from './at';
import type { GuardEntry, PackIndex } from './pack-index';
import type { McqQuestion, Question } from './question';
import { answerNeedles, shownText } from './reveal';
import { padded } from './phrases';
import { sentenceKey } from './sentence-key';

type Entry = GuardEntry;

export { sentenceKey } from './sentence-key';

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
	readonly #answerSet = new Set<string>();
	/** Earlier answers, by their first word. */
	readonly #answersByWord = new Map<string, string[]>();
	/** Earlier shown texts, by each of their words. */
	readonly #shownByWord = new Map<string, Entry[]>();

	constructor(private readonly index: PackIndex) {}

	/** Whether the fact at `position`, and the sentence it comes from, are in no question yet. */
	isFree(position: number): boolean {
		return (
			!this.#facts.has(at(this.index.facts, position).id) &&
			!this.#sentences.has(this.index.sentenceOf(position))
		);
	}

	/**
	 * Whether a question on the fact at `position` would be given away by a question already
	 * in the quiz (one that shows the fact's answer): then it need not be built at all.
	 */
	answerShown(position: number): boolean {
		for (const answer of this.index.info(position)?.acceptedNeedles ?? []) {
			for (const other of this.#shownByWord.get(firstWord(answer)) ?? []) {
				if (other.shown.includes(answer)) return true;
			}
		}
		return false;
	}

	/** Whether a question already in the quiz shows this padded needle in its text. */
	shows(needle: string): boolean {
		for (const other of this.#shownByWord.get(firstWord(needle)) ?? []) {
			if (other.shown.includes(needle)) return true;
		}
		return false;
	}

	/** Whether a question already in the quiz has one of these answers (padded needles). */
	hasAnswer(needles: readonly string[]): boolean {
		return needles.some((needle) => this.#answerSet.has(needle));
	}

	/** Whether folded, padded `text` shows an answer of a question already in the quiz. */
	showsAnAnswer(text: string, words: Iterable<string> = new Set(text.trim().split(' '))): boolean {
		for (const word of words) {
			for (const answer of this.#answersByWord.get(word) ?? []) {
				if (text.includes(answer)) return true;
			}
		}
		return false;
	}

	/**
	 * `question` without the option notes that would show an answer already in the quiz. A
	 * note only explains a wrong option; dropping it keeps the question, which refusing the
	 * whole question for it would not.
	 */
	withoutTellingNotes(question: McqQuestion): McqQuestion {
		const optionNotes = question.optionNotes.map((note) => {
			if (note === null) return null;
			const folded = this.index.folded(note);
			return this.showsAnAnswer(folded.text, folded.words) ? null : note;
		});
		return optionNotes.every((note, i) => note === question.optionNotes[i])
			? question
			: { ...question, optionNotes };
	}

	/**
	 * Adds `question` (as built, before `arrange`) to the quiz if it gives nothing away and
	 * nothing gives it away; returns whether it did. `checked` says what the caller already
	 * established with `answerShown` and `showsAnAnswer` since the quiz last changed: the
	 * question's answers are shown nowhere (`'answers'`), and also its own text shows no
	 * answer (`'both'`).
	 */
	tryAdd(question: Question, checked: 'none' | 'answers' | 'both' = 'none'): boolean {
		if (question.factIds.some((id) => this.#facts.has(id))) return false;
		const entry = this.#entry(question);
		if (entry.sentences.some((key) => this.#sentences.has(key))) return false;
		if (checked !== 'both' && this.showsAnAnswer(entry.shown, entry.words)) return false;
		if (checked === 'none') {
			for (const answer of entry.answers) {
				for (const other of this.#shownByWord.get(firstWord(answer)) ?? []) {
					if (other.shown.includes(answer)) return false;
				}
			}
		}
		for (const id of question.factIds) this.#facts.add(id);
		for (const key of entry.sentences) this.#sentences.add(key);
		for (const answer of entry.answers) {
			push(this.#answersByWord, firstWord(answer), answer);
			this.#answerSet.add(answer);
		}
		for (const word of entry.words) push(this.#shownByWord, word, entry);
		return true;
	}

	// A question's content is fixed by its id (only display order varies), so its entry is
	// computed once per pack.
	// A multiple choice may go without some of its notes (`withoutTellingNotes`): which ones
	// is part of its key.
	#entry(question: Question): Entry {
		const key =
			question.kind === 'mcq'
				? `${question.id}#${question.optionNotes.map((note) => (note ? 1 : 0)).join('')}`
				: question.id;
		const cached = this.index.guardEntries.get(key);
		if (cached) return cached;
		const entry = this.#singleFactEntry(question) ?? this.#generalEntry(question);
		this.index.rememberGuardEntry(key, entry);
		return entry;
	}

	#generalEntry(question: Question): Entry {
		const shown = padded(shownText(question));
		return {
			shown,
			words: [...new Set(shown.trim().split(' '))],
			answers: answerNeedles(question, this.index),
			sentences: [
				...new Set(question.sources.map((source) => sentenceKey(source.block, source.quote)))
			]
		};
	}

	/**
	 * The entry of a question on one fact, from what the index already folded for that fact
	 * (its cue, its statement, the rest of its sentence): the same words `shownText` would
	 * give, without folding them again. `null` where the question shows text of its own.
	 */
	#singleFactEntry(question: Question): Entry | null {
		if (question.factIds.length !== 1) return null;
		const position = this.index.factPosition.get(question.factIds[0] ?? '');
		const info = position === undefined ? null : this.index.info(position);
		if (!info || position === undefined) return null;
		let shown: string;
		let words: readonly string[];
		if (
			question.kind === 'numeric' ||
			(question.kind === 'mcq' && question.optionNotes.every((note) => note === null))
		) {
			[shown, words] = [info.cueText, info.cueWords];
		} else if (question.kind === 'cloze') {
			[shown, words] = [info.restText, [...info.restWords]];
		} else if (question.kind === 'true-false' && question.answer) {
			[shown, words] = [info.statementText, info.statementWords];
		} else if (question.kind === 'mcq') {
			// Notes are pack statements: their folded text is kept once per pack.
			const notes = question.optionNotes.flatMap((note) => (note ? [this.index.folded(note)] : []));
			shown = [info.cueText, ...notes.map((note) => note.text)].join('|');
			words = [...new Set([...info.cueWords, ...notes.flatMap((note) => note.words)])];
		} else if (question.kind === 'true-false') {
			const folded = this.index.folded(`${question.statement} | ${question.correction ?? ''}`);
			[shown, words] = [folded.text, folded.words];
		} else {
			return null;
		}
		return {
			shown,
			words,
			answers: info.acceptedNeedles,
			sentences: [this.index.sentenceOf(position)]
		};
	}
}

/** The first word of a padded needle: the text between its leading space and the next. */
const firstWord = (needle: string) => needle.slice(1, needle.indexOf(' ', 1));

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
