/** An answer's id: one per question of a quiz, whatever its position on screen. */
export function quizAnswerId(quizId: string, questionId: string): string {
	return `${quizId}:${questionId}`;
}
