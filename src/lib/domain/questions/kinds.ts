/**
 * The six question formats, recognition first (mcq, true/false, matching) then recall (cloze,
 * numeric) and ordering (timeline).
 */
export const questionKinds = [
	'mcq',
	'true-false',
	'matching',
	'cloze',
	'numeric',
	'timeline'
] as const;

export type QuestionKind = (typeof questionKinds)[number];

export function isQuestionKind(value: string): value is QuestionKind {
	return (questionKinds as readonly string[]).includes(value);
}

/** How each kind is named to a learner (quiz screens, worksheets). */
export const kindLabels: Record<QuestionKind, string> = {
	mcq: 'Multiple choice',
	'true-false': 'True or false',
	cloze: 'Fill in the blank',
	numeric: 'Number',
	matching: 'Matching',
	timeline: 'Timeline'
};
