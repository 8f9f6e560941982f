/** The question engine: pure, deterministic generation of source-grounded questions. */
export { generateAll } from './all';
export { questionKinds, isQuestionKind, type QuestionKind } from './kinds';
export { packIndex, PackIndex } from './pack-index';
export {
	clozeBlank,
	ClozeQuestion,
	MatchingPair,
	MatchingQuestion,
	McqQuestion,
	NumericQuestion,
	Question,
	QuestionSource,
	TimelineItem,
	TimelineQuestion,
	TrueFalseQuestion,
	questionInconsistency
} from './question';
export { questionId, variants } from './question-id';
export { generateQuiz, QuizOptionsError, type QuizOptions } from './quiz';
export { createRandom, hashSeed, LazyShuffle, shuffle, type Random } from './random';
export { standsOutByLength } from './option-length';
export { renderWorksheet } from './worksheet';
