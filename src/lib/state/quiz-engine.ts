// What a quiz needs beyond its first paint: the question engine, grading, and the parsers of
// stored quizzes (valibot). `QuizController.load` brings it in, so the route's own JavaScript
// stays small; nothing else imports it.
export { rearrange } from '$lib/domain/questions/arrange';
export { createRandom } from '$lib/domain/questions/random';
export { generateQuiz, quizCapacity } from '$lib/domain/questions/quiz';
export { gradeResponse, overrideGrade } from '$lib/domain/grading';
export { summariseQuiz } from '$lib/domain/quiz/results';
export { restoreAnswers, restoreDraft, restoreQuiz, restoreResponse } from './restore-quiz';
export { readHistory } from './quiz-history';
