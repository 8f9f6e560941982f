import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { exportBackup } from '$lib/db/backup/export';
import { backupTableNames, derivedTableNames } from '$lib/db/backup/format';
import { importBackup } from '$lib/db/backup/import';
import { parseBackup } from '$lib/db/backup/parse';
import { QuizRepository } from '$lib/db/quiz-repository';
import { withoutStatus } from '$lib/db/quiz-status';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { FlashcardController } from '$lib/state/flashcard-controller.svelte';
import { LearnController } from '$lib/state/learn-controller.svelte';
import { QuizController } from '$lib/state/quiz-controller.svelte';
import { rightResponse, settingsView, testServices, wrongResponse } from '../state/test-services';

const pack = loadBuiltinPack();

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

/** A small study history: cards rated, a quiz with right and wrong answers, a card suspended. */
async function studied() {
	const services = testServices();
	const cards = new FlashcardController(services, settingsView, pack);
	await cards.load();
	for (const rating of ['good', 'again', 'easy'] as const) {
		services.clock.advance(3_000);
		cards.flip();
		await cards.rate(rating);
	}
	await cards.suspend('suspended');
	const quiz = new QuizController(services, settingsView, pack, () => 2);
	await quiz.load();
	await quiz.start({ length: 5, kinds: ['mcq', 'cloze'], topics: [] });
	for (let i = 0; quiz.phase !== 'results'; i += 1) {
		const question = quiz.current;
		if (!question) throw new Error('no question');
		await quiz.answer(i % 2 ? wrongResponse(question) : rightResponse(question));
		await quiz.next();
	}
	const { db } = await services.storage.writer();
	return { services, db };
}

describe('the backup format', () => {
	test('covers every stored table but the derived ones: a table added without a place in backups fails here', async () => {
		const { db } = await studied();
		expect(db.tables.map((table) => table.name).sort()).toEqual(
			[...backupTableNames, ...derivedTableNames].sort()
		);
	});

	test('an export parses back to the very same tables, with its counts and packs', async () => {
		const { db, services } = await studied();
		const backup = await exportBackup(db, { appVersion: '0.1.0', now: services.clock.now() });
		expect(backup.counts.reviewLogs).toBeGreaterThan(3);
		expect(backup.counts.factFlags).toBe(1);
		expect(backup.packs).toEqual([{ id: pack.meta.id, version: pack.meta.version }]);
		const parsed = parseBackup(JSON.stringify(backup));
		if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
		for (const name of backupTableNames) {
			const stored = await db.table(name).toArray();
			// A quiz's status is derived from its fields, so a backup leaves it out.
			expect(parsed.backup.tables[name]).toEqual(
				name === 'quizSessions' ? stored.map(withoutStatus) : stored
			);
		}
		expect(await db.quizSessions.toArray()).toContainEqual(
			expect.objectContaining({ status: 'finished' })
		);
	});

	test('a restore, replacing or merging, gives every quiz its status back', async () => {
		const { db, services } = await studied();
		const quizzes = new QuizRepository(db);
		const open = (await db.quizSessions.toArray())[0];
		if (!open) throw new Error('no quiz');
		await quizzes.start({
			...open,
			id: 'unfinished',
			startedAt: open.startedAt + 1,
			finishedAt: null
		});
		const backup = await exportBackup(db, { appVersion: '0.1.0', now: services.clock.now() });
		const before = await db.quizSessions.toArray();
		for (const mode of ['replace', 'merge'] as const) {
			if (mode === 'merge') await db.quizSessions.clear();
			await importBackup(db, backup, mode, createScheduler());
			expect(await db.quizSessions.toArray(), mode).toEqual(before);
			expect((await quizzes.unfinished(pack.meta.id))?.id, mode).toBe('unfinished');
			expect(await quizzes.listedCount(), mode).toBe(1);
		}
	});

	test('a Learn answer accepted despite a spelling slip keeps that mark through a backup', async () => {
		const { db, services } = await studied();
		const learn = new LearnController(services, settingsView, pack);
		await learn.load();
		await learn.start();
		const step = learn.step;
		if (!step) throw new Error('no Learn step');
		await learn.answer(rightResponse(step.question), 2);
		// As a slip forgiven in a typed answer is stored.
		await db.table('learnAnswers').toCollection().modify({ typo: true });
		const backup = await exportBackup(db, { appVersion: '0.1.0', now: services.clock.now() });
		const parsed = parseBackup(JSON.stringify(backup));
		if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
		expect(parsed.backup.tables.learnAnswers).toMatchObject([{ typo: true }]);
	});
});

describe('a bad file is refused with a message that names the problem and where', () => {
	let good: Record<string, unknown>;
	beforeEach(async () => {
		const { db, services } = await studied();
		good = JSON.parse(
			JSON.stringify(await exportBackup(db, { appVersion: '0.1.0', now: services.clock.now() }))
		) as Record<string, unknown>;
	});
	const text = () => JSON.stringify(good);
	const tables = () => good.tables as Record<string, Record<string, unknown>[]>;
	const problems = (input: string, limit?: number) => {
		const parsed = parseBackup(input, limit);
		return parsed.ok ? [] : parsed.problems;
	};

	test('truncated, or not JSON at all', () => {
		expect(problems(text().slice(0, 200))[0]).toMatch(/not valid JSON.*cut short/);
		expect(problems('hello')[0]).toMatch(/not valid JSON/);
	});

	test('another format, or a newer version', () => {
		expect(problems(JSON.stringify({ ...good, format: 'anki' }))[0]).toMatch(
			/not a Sourced backup/
		);
		expect(problems(JSON.stringify({ ...good, version: 3 }))[0]).toMatch(
			/newer version of the app/
		);
	});

	test('a format-1 file (before Learn) is read, its Learn tables empty', () => {
		const old = JSON.parse(JSON.stringify(good)) as {
			version: number;
			tables: Record<string, unknown>;
			counts: Record<string, unknown>;
		};
		old.version = 1;
		delete old.tables.learnSessions;
		delete old.tables.learnAnswers;
		delete old.counts.learnSessions;
		delete old.counts.learnAnswers;
		const parsed = parseBackup(JSON.stringify(old));
		expect(parsed.ok).toBe(true);
		if (parsed.ok) {
			expect(parsed.backup.tables.learnSessions).toEqual([]);
			expect(parsed.backup.tables.learnAnswers).toEqual([]);
		}
	});

	test('a field of the wrong type, a malformed fact id, a date out of range', () => {
		tables().reviewLogs![0]!.reviewedAt = 'yesterday';
		expect(problems(text())[0]).toMatch(/^tables\.reviewLogs\[0\]\.reviewedAt: /);
		good = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
		tables().reviewLogs![0]!.reviewedAt = Date.UTC(2400, 0, 1);
		expect(problems(text())).toContain('tables.reviewLogs[0].reviewedAt: is a date after 2200');
		tables().reviewLogs![0]!.reviewedAt = Date.UTC(2026, 0, 1);
		tables().memories![0]!.factId = 'Not A Slug';
		expect(problems(text())[0]).toMatch(/^tables\.memories\[0\]\.factId: must be lower-case/);
	});

	test('the same record twice, and counts that do not match', () => {
		tables().quizAnswers!.push(tables().quizAnswers![0]!);
		const found = problems(text());
		expect(
			found.some((problem) =>
				/^tables\.quizAnswers\[\d+\]: the id ".+" appears twice/.test(problem)
			)
		).toBe(true);
		expect(found.some((problem) => problem.startsWith('counts.quizAnswers: says'))).toBe(true);
	});

	test('a __proto__ key anywhere', () => {
		const poisoned = text().replace('"format"', '"__proto__":{"polluted":true},"format"');
		expect(problems(poisoned)[0]).toMatch(/"__proto__" key/);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('a file over the size limit is refused unread', () => {
		expect(problems(text(), 100)[0]).toMatch(/a backup can be at most/);
	});

	test('an unknown key is named', () => {
		(tables().factFlags![0] as Record<string, unknown>).extra = 1;
		expect(problems(text())[0]).toMatch(/^tables\.factFlags\[0\]\.extra: unknown key/);
	});
});
