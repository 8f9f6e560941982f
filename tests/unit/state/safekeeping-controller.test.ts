import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { backupTableNames } from '$lib/db/backup/format';
import { emptyDeviceNotes, withStudyAt } from '$lib/domain/safekeeping/device-notes';
import { BackupController } from '$lib/state/backup-controller.svelte';
import { FlashcardController } from '$lib/state/flashcard-controller.svelte';
import { QuizController } from '$lib/state/quiz-controller.svelte';
import { SafekeepingController } from '$lib/state/safekeeping-controller.svelte';
import { memoryDevice } from './memory-device';
import { noon, rightResponse, settingsView, testServices } from './test-services';

const pack = loadBuiltinPack();

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

async function rateCards(services: ReturnType<typeof testServices>, count: number) {
	const cards = new FlashcardController(services, settingsView, pack);
	await cards.load();
	for (let i = 0; i < count; i += 1) {
		services.clock.advance(10_000);
		cards.flip();
		await cards.rate('good');
	}
}

async function finishQuiz(services: ReturnType<typeof testServices>) {
	const quiz = new QuizController(services, settingsView, pack, () => 3);
	await quiz.load();
	await quiz.start({ length: 5, kinds: [], topics: [] });
	while (quiz.phase !== 'results') {
		const question = quiz.current;
		if (!question) throw new Error('no question');
		if (quiz.phase === 'question') await quiz.answer(rightResponse(question));
		await quiz.next();
	}
}

describe('SafekeepingController', () => {
	test('study is noted outside IndexedDB, so a database found empty later is called a loss', async () => {
		const device = memoryDevice();
		const services = testServices({ device });
		await rateCards(services, 2);
		expect(device.readNotes().lastStudiedAt).toBe(noon + 20_000);

		const safekeeping = new SafekeepingController(services);
		await safekeeping.load();
		expect(safekeeping.lost).toBe(false);

		// The browser evicted the database but not localStorage: a fresh database, same notes.
		const evicted = testServices({ device });
		const afterEviction = new SafekeepingController(evicted);
		await afterEviction.load();
		expect(afterEviction.lost).toBe(true);
		expect(await evicted.databaseExists()).toBe(false);

		afterEviction.startFresh();
		expect(afterEviction.lost).toBe(false);
		const later = new SafekeepingController(evicted);
		await later.load();
		expect(later.lost).toBe(false);
	});

	test('a first visit is no loss, and reads nothing into being', async () => {
		const services = testServices();
		const safekeeping = new SafekeepingController(services);
		await safekeeping.load();
		expect(safekeeping.lost).toBe(false);
		expect(safekeeping.unexported).toBe(0);
		expect(safekeeping.reminderDue).toBe(false);
		expect(await services.databaseExists()).toBe(false);
	});

	test('study since the last export is counted once each, and an export sets it back to nothing', async () => {
		const services = testServices();
		await rateCards(services, 3);
		await finishQuiz(services);
		const safekeeping = new SafekeepingController(services);
		await safekeeping.load();
		// 3 flashcard ratings and 5 quiz answers (whose own ratings are not counted again).
		expect(safekeeping.unexported).toBe(8);
		expect(safekeeping.notes.lastExportedAt).toBeNull();

		services.clock.advance(60_000);
		await new BackupController(services, settingsView, '0.1.0').exportFile();
		await safekeeping.load();
		expect(safekeeping.notes.lastExportedAt).toBe(services.clock.now());
		expect(safekeeping.unexported).toBe(0);

		services.clock.advance(60_000);
		await rateCards(services, 1);
		await safekeeping.load();
		expect(safekeeping.unexported).toBe(1);
	});

	test('the reminder comes with much unexported study and goes for a week with "Later"', async () => {
		const services = testServices();
		await rateCards(services, 20);
		const safekeeping = new SafekeepingController(services);
		await safekeeping.load();
		expect(safekeeping.reminderDue).toBe(false);
		services.clock.advance(15 * 24 * 60 * 60 * 1000);
		expect(safekeeping.reminderDue).toBe(true);
		safekeeping.snoozeReminder();
		expect(safekeeping.reminderDue).toBe(false);
		services.clock.advance(7 * 24 * 60 * 60 * 1000);
		expect(safekeeping.reminderDue).toBe(true);
	});

	test('persistence is asked once, by the tap that ends the first finished quiz', async () => {
		const device = memoryDevice({ persisted: false });
		const services = testServices({ device });
		await finishQuiz(services);
		expect(device.persistCalls).toBe(1);
		expect(device.readNotes().persistAskedAt).not.toBeNull();
		await finishQuiz(services);
		expect(device.persistCalls).toBe(1);
	});

	test('persistence is asked at the end of a first flashcard session too, and not when already granted', async () => {
		const granted = memoryDevice({ persisted: true });
		const other = testServices({ device: granted });
		const oneCard = new FlashcardController(
			other,
			{ values: { ...settingsView.values, newCardsPerDay: 1 } },
			pack
		);
		await oneCard.load();
		oneCard.flip();
		await oneCard.rate('easy');
		expect(oneCard.phase).toBe('done');
		expect(granted.persistCalls).toBe(0);

		const notYet = memoryDevice({ persisted: false });
		const third = testServices({ device: notYet });
		const single = new FlashcardController(
			third,
			{ values: { ...settingsView.values, newCardsPerDay: 1 } },
			pack
		);
		await single.load();
		single.flip();
		await single.rate('easy');
		expect(single.phase).toBe('done');
		expect(notYet.persistCalls).toBe(1);
	});

	test('"Keep my progress" asks the browser and says when it refuses', async () => {
		const refusing = memoryDevice({ persisted: false, grantPersist: false });
		const safekeeping = new SafekeepingController(testServices({ device: refusing }));
		await safekeeping.load();
		expect(safekeeping.persisted).toBe(false);
		await safekeeping.keepSafe();
		expect(safekeeping.persisted).toBe(false);
		expect(safekeeping.persistRefused).toBe(true);

		const granting = memoryDevice({ persisted: false, grantPersist: true });
		const kept = new SafekeepingController(testServices({ device: granting }));
		await kept.keepSafe();
		expect(kept.persisted).toBe(true);
		expect(kept.persistRefused).toBe(false);
	});

	test('the install prompt waits for study and for the end of a session, and is offered once', async () => {
		const device = memoryDevice();
		const services = testServices({ device });
		const safekeeping = new SafekeepingController(services);
		const stop = safekeeping.listen();
		device.offerInstall(false);
		await safekeeping.load();
		expect(safekeeping.installAdvice(false)).toBeNull();
		await rateCards(services, 1);
		await safekeeping.load();
		expect(safekeeping.installAdvice(true)).toBeNull();
		expect(safekeeping.installAdvice(false)).toBe('prompt');
		expect(await safekeeping.install()).toBe(false);
		// Declined: not offered again.
		expect(safekeeping.installAdvice(false)).toBeNull();
		stop();
	});

	test('an install prompt the browser fired before the controller listened is still offered', async () => {
		const device = memoryDevice();
		const services = testServices({ device });
		device.offerInstall(true);
		await rateCards(services, 1);
		const safekeeping = new SafekeepingController(services);
		const stop = safekeeping.listen();
		await safekeeping.load();
		expect(safekeeping.installAdvice(false)).toBe('prompt');
		expect(await safekeeping.install()).toBe(true);
		expect(safekeeping.installAdvice(false)).toBeNull();
		stop();
	});

	test('on iOS Safari the steps show until dismissed, also after a reload', async () => {
		const device = memoryDevice({ iosSafari: true });
		const safekeeping = new SafekeepingController(testServices({ device }));
		await safekeeping.load();
		expect(safekeeping.installAdvice(false)).toBe('ios-steps');
		safekeeping.dismissInstall();
		const reloaded = new SafekeepingController(testServices({ device }));
		await reloaded.load();
		expect(reloaded.installAdvice(false)).toBeNull();
	});

	test('Reset deletes every table in one go and forgets the study, so it is not taken for a loss', async () => {
		const device = memoryDevice();
		const services = testServices({ device });
		await rateCards(services, 2);
		await finishQuiz(services);
		const safekeeping = new SafekeepingController(services);
		await safekeeping.load();
		await safekeeping.countStored();
		expect(safekeeping.stored?.reviewLogs).toBeGreaterThan(0);
		expect(safekeeping.stored?.quizSessions).toBe(1);

		expect(await safekeeping.reset()).toBe(true);
		const { db } = await services.storage.writer();
		for (const name of backupTableNames) expect(await db.table(name).count(), name).toBe(0);
		expect(device.readNotes()).toMatchObject({ firstStudiedAt: null, lastStudiedAt: null });
		await safekeeping.load();
		expect(safekeeping.lost).toBe(false);
	});

	test('a Reset that fails changes nothing and reports the problem', async () => {
		const device = memoryDevice({ notes: withStudyAt(emptyDeviceNotes, noon) });
		const services = testServices({ device });
		await rateCards(services, 1);
		services.failNext('backups', 'eraseAll', 'QuotaExceededError');
		const safekeeping = new SafekeepingController(services);
		expect(await safekeeping.reset()).toBe(false);
		expect(services.problems.problem?.kind).toBe('quota');
		const { db } = await services.storage.writer();
		expect(await db.reviewLogs.count()).toBe(1);
		expect(device.readNotes().lastStudiedAt).not.toBeNull();
	});
});
