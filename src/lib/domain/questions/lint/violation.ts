/** One broken rule: which, where (a question id, or `card:<fact-id>` for a flashcard) and why. */
export interface LintViolation {
	rule: LintRule;
	/** A question id, `card:<fact-id>`, `bank` or `quiz:<seed>`. */
	item: string;
	message: string;
}

/** The rules, by what they protect (see docs/questions.md, "The lint"). */
export const lintRules = {
	'ungrounded-value':
		'a date or number shown as the article’s is not in the quoted source sentence(s)',
	'inferred-fact': 'a fact or event marked inferred (beyond the article) is asked',
	'distractor-role': 'a wrong option does not share the kind and role of the key',
	'option-is-subject': 'an option is the stem’s own subject under some name',
	'overused-value': 'a wrong value appears in more than 3 questions of the bank',
	'true-false-balance': 'true statements are under 40 % or over 60 % of the true/false items',
	'split-coordination': 'a cloze blanks one half of “X and Y”',
	'non-exclusive-which':
		'a claim that is not exclusive (“one of the few”, “like X”) is asked as a single answer',
	'duplicate-text': 'two items show the same text',
	'comparative-blank': 'a blank follows a comparative (“even more ____”)',
	'more-than-how': 'a prompt reads “more than how …”',
	'which-aside': 'a prompt puts a comma aside right after “Which X,”',
	'quoted-modifier': 'a cloze blanks a modifier inside quoted words (“open and ____ framework”)',
	'cue-not-question': 'a flashcard front (a fact’s cue) is not a question',
	'sentence-repeat': 'a quiz asks one source sentence twice',
	'give-away': 'an item’s text contains another item’s accepted answer',
	'kind-share': 'one kind is over 40 % of a default quiz while others are available',
	'short-quiz': 'a quiz has fewer questions than asked although the filters allow more'
} as const;

export type LintRule = keyof typeof lintRules;

export function formatViolation(violation: LintViolation): string {
	return `${violation.item}\t${violation.rule}\t${violation.message}`;
}
