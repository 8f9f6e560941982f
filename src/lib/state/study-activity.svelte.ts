/**
 * Whether a study session (quiz or flashcards) is under way. An app update is never
 * applied in the middle of one: the prompt waits until the session ends.
 */
class StudyActivity {
	#active = $state(0);

	get inSession(): boolean {
		return this.#active > 0;
	}

	/** Marks a session as started; call the returned function when it ends. */
	begin(): () => void {
		this.#active += 1;
		let ended = false;
		return () => {
			if (ended) return;
			ended = true;
			this.#active -= 1;
		};
	}
}

export const studyActivity = new StudyActivity();
