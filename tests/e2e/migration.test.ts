import { describe, expect, test } from 'vitest';
import { restoreDatabase, type DatabaseSnapshot } from '../../scripts/lib/idb-snapshot.js';
import { fixtureVersions, readFixture } from '../../scripts/lib/schema-fixtures/format';
import type { QuizAnswerRecord, QuizSessionRecord } from '../../src/lib/db/records';
import type { Question } from '../../src/lib/domain/questions/question';
import { summariseQuiz } from '../../src/lib/domain/quiz/results';
import { builtinPack } from './support/article-pack';
import { useApp } from './support/app';
import { readStore } from './support/store';

// The unit suite fails unless every schema version has its fixture: the newest is the latest.
const latestSchemaVersion = Math.max(...fixtureVersions());

/** What the app should show for a fixture, read from the fixture's own rows. */
function expectations(database: DatabaseSnapshot) {
	const rows = (name: string) => database.stores.find((store) => store.name === name)?.rows ?? [];
	const sessions = rows('quizSessions') as QuizSessionRecord[];
	const answers = rows('quizAnswers') as QuizAnswerRecord[];
	const packFacts = new Set(builtinPack().facts.map((fact) => fact.id));
	// Every fact rated by a flashcard or an answer (v3's answers are rated by the v4 upgrade).
	const rated = new Set([
		...(rows('memories') as { factId: string }[]).map((memory) => memory.factId),
		...answers.flatMap((answer) => answer.perFact.map((result) => result.factId))
	]);
	const finished = sessions
		.filter((session) => session.finishedAt !== null && !session.abandoned)
		.sort((a, b) => b.startedAt - a.startedAt)
		.map((session) => {
			const questions = session.questions as Question[];
			const own = answers.filter((answer) => answer.quizId === session.id);
			const results = summariseQuiz(questions, own, session.startedAt);
			return { total: results.total, percent: results.percent };
		});
	const unfinished = sessions.find((session) => session.finishedAt === null);
	const unfinishedQuestions = (unfinished?.questions ?? []) as Question[];
	const unfinishedAnswers = answers.filter((answer) => answer.quizId === unfinished?.id);
	// The question on screen: the stored position (v6+), else the first unanswered.
	const onScreen =
		unfinished?.position ??
		unfinishedQuestions.findIndex(
			(question) => !unfinishedAnswers.some((answer) => answer.questionId === question.id)
		);
	const theme = (rows('settings') as { key: string; value: unknown }[]).find(
		(row) => row.key === 'theme'
	)?.value;
	return {
		/** One memory per rated fact, retired ones included. */
		memories: rated.size,
		studied: [...rated].filter((id) => packFacts.has(id)).length,
		finished,
		unfinished: unfinished && {
			answered: unfinishedAnswers.length,
			total: unfinishedQuestions.length,
			onScreen: unfinishedQuestions[onScreen]?.id,
			draft: unfinished.draft?.response
		},
		theme
	};
}

describe('a database from an older release', () => {
	const app = useApp();

	/**
	 * Puts the fixture into this fresh profile's IndexedDB before the app ever runs: from the
	 * app's own origin (IndexedDB is per origin) but a document that runs none of its code.
	 */
	async function loadFixture(version: number): Promise<DatabaseSnapshot> {
		const { database } = readFixture(version);
		await app.page.goto(app.baseURL + '/icon.svg');
		await app.page.evaluate(restoreDatabase, database);
		return database;
	}

	async function open(path: string) {
		await app.page.goto(app.baseURL + path);
		await app.page.locator('html[data-ready]').waitFor();
	}

	/** The IndexedDB version the app left the database at. */
	async function databaseVersion(): Promise<number> {
		return await app.page.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const request = indexedDB.open('sourced');
					request.onsuccess = () => {
						resolve(request.result.version);
						request.result.close();
					};
					request.onerror = () => reject(request.error);
				})
		);
	}

	/** Flips the first card and rates it Good; resolves once the rating is stored. */
	async function rateACard() {
		await open('/flashcards');
		await app.page.locator('.cue').waitFor();
		const before = (await readStore(app.page, 'reviewLogs')).length;
		await app.page.getByRole('button', { name: /Show answer/ }).click();
		await app.page.getByRole('button', { name: /^Good/ }).click();
		await expect
			.poll(async () => (await readStore(app.page, 'reviewLogs')).length)
			.toBe(before + 1);
	}

	test('v1 (settings only) opens at the latest version: the theme kept, nothing studied, a card rated', async () => {
		const database = await loadFixture(1);
		const expected = expectations(database);
		await open('/progress');
		await app.page.getByRole('heading', { name: 'Nothing studied yet' }).waitFor();
		expect(await databaseVersion()).toBe(latestSchemaVersion * 10);
		expect(await app.page.locator('html').getAttribute('data-theme')).toBe(expected.theme);
		await open('/quiz');
		await app.page.getByText('No quizzes yet.').waitFor();
		await rateACard();
		const settings = await readStore<{ key: string; updatedAt: number }>(app.page, 'settings');
		expect(settings.find((row) => row.key === 'theme')?.updatedAt).toBe(0);
	});

	for (const version of [3, 6]) {
		test(`v${version}: progress and past quizzes as stored, the unfinished quiz resumed, a card rated`, async () => {
			const database = await loadFixture(version);
			const expected = expectations(database);
			expect(expected.finished.length).toBeGreaterThan(0);

			await open('/progress');
			await app.page.getByRole('heading', { name: 'The article, as you know it' }).waitFor();
			await app.page.getByText(`(${expected.studied} studied;`).waitFor();
			expect(await databaseVersion()).toBe(latestSchemaVersion * 10);
			expect(await readStore(app.page, 'memories')).toHaveLength(expected.memories);
			expect(await app.page.locator('html').getAttribute('data-theme')).toBe(expected.theme);
			const listed = app.page.locator('.quizzes li');
			await expect.poll(() => listed.count()).toBe(expected.finished.length);
			for (const [index, quiz] of expected.finished.entries()) {
				const text = ((await listed.nth(index).textContent()) ?? '').replace(/\s+/g, ' ');
				expect(text).toContain(`${quiz.total} ${quiz.total === 1 ? 'question' : 'questions'}`);
				expect(text).toContain(`${quiz.percent}%`);
			}

			await open('/quiz');
			const past = app.page.locator('.history li');
			await expect.poll(() => past.count()).toBe(expected.finished.length);
			const unfinished = expected.unfinished;
			if (!unfinished) throw new Error(`the v${version} fixture has no unfinished quiz`);
			await app.page
				.getByText(`You stopped after ${unfinished.answered} of ${unfinished.total} questions.`)
				.waitFor();
			await app.page.getByRole('button', { name: 'Resume quiz' }).click();
			const question = app.page.locator('[data-question-id]');
			await question.waitFor();
			expect(await question.getAttribute('data-question-id')).toBe(unfinished.onScreen);
			if (unfinished.draft && typeof unfinished.draft === 'object' && 'text' in unfinished.draft) {
				expect(await app.page.locator('input[type="text"], input[inputmode]').inputValue()).toBe(
					unfinished.draft.text
				);
			}

			await rateACard();
		});
	}
});
