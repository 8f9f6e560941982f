import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBuiltinPack } from '$lib/content/builtin-pack';
import { FlashcardController } from '$lib/state/flashcard-controller.svelte';
import { FactFlagsController } from '$lib/state/fact-flags-controller.svelte';
import { QuizController } from '$lib/state/quiz-controller.svelte';
import { TodayController } from '$lib/state/today-controller.svelte';
import { createScheduler } from '$lib/domain/scheduling/fsrs-adapter';
import { articleEntities, articleFacts, makePack } from '../questions/factories';
import { settingsView, testServices, type TestServices } from './test-services';

const pack = loadBuiltinPack();
const day = 86_400_000;
const sessionOn = (services: TestServices) => new FlashcardController(services, settingsView, pack);

beforeEach(() => {
	// The reporter logs every problem for diagnosis; these tests cause them on purpose.
	vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

async function ratedOnce(services = testServices()) {
	const cards = sessionOn(services);
	await cards.load();
	const first = cards.current?.fact.id;
	cards.flip();
	await cards.rate('good');
	return { cards, services, first };
}

describe('FlashcardController', () => {
	test("a first visit shows the day's new cards without creating a database", async () => {
		const services = testServices();
		const cards = sessionOn(services);
		await cards.load();
		expect(cards.phase).toBe('card');
		expect(cards.remaining).toBe(Math.min(20, pack.facts.length));
		expect(cards.canUndo).toBe(false);
		expect(await services.databaseExists()).toBe(false);
	});

	test('a rating records the time spent on the card, from the card shown to the rating', async () => {
		const services = testServices();
		const cards = sessionOn(services);
		await cards.load();
		services.clock.advance(7_500);
		cards.flip();
		await cards.rate('good');
		const { db } = await services.storage.writer();
		expect((await db.reviewLogs.toArray()).map((log) => log.durationMs)).toEqual([7_500]);
	});

	test('a rating is committed (memory and log) before the next card shows', async () => {
		const { cards, services, first } = await ratedOnce();
		expect(cards.current?.fact.id).not.toBe(first);
		expect(cards.reviewedTotal).toBe(1);
		const { memories } = await services.storage.writer();
		const stored = await memories.forPack(pack.meta.id);
		expect(stored.map((record) => record.factId)).toEqual([first]);
		expect(stored[0]?.memory.state).not.toBe('new');
	});

	test('a reload keeps the day: rated cards are not new again, and Undo still works', async () => {
		const { services, first } = await ratedOnce();
		const reloaded = sessionOn(services);
		await reloaded.load();
		expect(reloaded.remaining).toBe(Math.min(20, pack.facts.length) - 1);
		expect(reloaded.canUndo).toBe(true);
		// Undo names what it takes back, also after the reload.
		const cue = pack.facts.find((fact) => fact.id === first)?.cue;
		expect(reloaded.undoes).toBe(`Good on “${cue}”`);
		await reloaded.undo();
		expect(reloaded.current?.fact.id).toBe(first);
		const { memories } = await services.storage.writer();
		const [record] = await memories.forPack(pack.meta.id);
		expect(record?.memory).toMatchObject({ state: 'new', reps: 0 });
	});

	test('with the clock moved back a day, Undo takes back the rating just made, as its label says', async () => {
		const { cards, services, first } = await ratedOnce();
		services.clock.advance(10_000);
		const second = cards.current?.fact.id;
		cards.flip();
		await cards.rate('easy');
		services.clock.advance(-day);
		const third = cards.current?.fact;
		cards.flip();
		await cards.rate('hard');
		expect(cards.undoes).toBe(`Hard on “${third?.cue}”`);
		await cards.undo();
		expect(cards.current?.fact.id).toBe(third?.id);
		const { memories } = await services.storage.writer();
		const rated = (await memories.forPack(pack.meta.id)).filter((record) => record.memory.reps > 0);
		expect(rated.map((record) => record.factId).sort()).toEqual([first, second].sort());
		// The one before it is next to undo.
		expect(cards.undoes).toMatch(/^Easy on/);
	});

	test('Undo takes back only this tab’s rating', async () => {
		const { services } = await ratedOnce(testServices({ tabId: 'tab-a' }));
		const other = sessionOn({ ...services, tabId: () => 'tab-b' });
		await other.load();
		expect(other.canUndo).toBe(false);
	});

	test('a card rated in another tab is not rated again from a stale queue', async () => {
		const services = testServices();
		const tabA = sessionOn(services);
		const tabB = sessionOn({ ...services, tabId: () => 'tab-b' });
		await tabA.load();
		await tabB.load();
		const card = tabA.current?.fact.id;
		expect(tabB.current?.fact.id).toBe(card);
		tabA.flip();
		await tabA.rate('easy');
		services.clock.advance(5_000);
		tabB.flip();
		await tabB.rate('hard');
		expect(tabB.notice).toMatch(/another tab/);
		const { memories } = await services.storage.writer();
		const [record] = await memories.forPack(pack.meta.id);
		expect(record?.factId).toBe(card);
		expect(record?.memory.reps).toBe(1);
	});

	test('a failed rating leaves the card on screen, says why, and the retry stores it once', async () => {
		const services = testServices();
		const cards = sessionOn(services);
		await cards.load();
		const card = cards.current?.fact.id;
		cards.flip();
		// The first write opens the database; then the rating itself fails.
		services.failOpen(true);
		await cards.rate('good');
		expect(services.problems.problem?.kind).toBe('failed');
		expect(cards.current?.fact.id).toBe(card);
		services.failOpen(false);
		await cards.rate('good');
		expect(cards.current?.fact.id).not.toBe(card);
		const { memories } = await services.storage.writer();
		expect(await memories.forPack(pack.meta.id)).toHaveLength(1);
	});

	test('a clock set back a day still records the rating', async () => {
		const { cards, services } = await ratedOnce();
		// Rate the same card again later, once it is due, with the clock moved back.
		const again = sessionOn(services);
		services.clock.advance(-24 * 60 * 60 * 1000);
		await again.load({ ahead: true });
		again.flip();
		const card = again.current?.fact.id;
		await again.rate('good');
		expect(services.problems.problem).toBeNull();
		expect(again.current?.fact.id).not.toBe(card);
		expect(cards.reviewedTotal).toBe(1);
	});
});

describe('learning cards within the session', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	test('a card failed on the last of the queue comes back on screen when its step is due', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const onlyOne = makePack({ entities: articleEntities, facts: articleFacts.slice(0, 1) });
		const services = testServices();
		const cards = new FlashcardController(services, settingsView, onlyOne);
		await cards.load();
		const fact = cards.current?.fact.id;
		cards.flip();
		await cards.rate('again');
		expect(cards.phase).toBe('done');
		expect(cards.returning).toBe(true);
		const wait = (cards.nextDue ?? 0) - services.clock.now();
		expect(wait).toBe(60_000);

		// Nothing happens before the step is due…
		services.clock.advance(30_000);
		await vi.advanceTimersByTimeAsync(30_000);
		expect(cards.phase).toBe('done');
		// …and at the step, the card is back without leaving the screen.
		services.clock.advance(31_000);
		await vi.advanceTimersByTimeAsync(31_000);
		vi.useRealTimers();
		await vi.waitFor(() => expect(cards.phase).toBe('card'));
		expect(cards.current?.fact.id).toBe(fact);
	});

	test('leaving the screen stops the timer; a card due tomorrow sets none', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const onlyOne = makePack({ entities: articleEntities, facts: articleFacts.slice(0, 1) });
		const services = testServices();
		const cards = new FlashcardController(services, settingsView, onlyOne);
		await cards.load();
		cards.flip();
		await cards.rate('again');
		cards.stop();
		expect(cards.returning).toBe(false);
		expect(vi.getTimerCount()).toBe(0);

		const easy = new FlashcardController(testServices(), settingsView, onlyOne);
		await easy.load();
		easy.flip();
		await easy.rate('easy');
		expect(easy.phase).toBe('done');
		expect(easy.returning).toBe(false);
	});
});

describe('study this fact', () => {
	test('a fact chosen in the reader is the first card, then the day goes on without it twice', async () => {
		const services = testServices();
		const cards = sessionOn(services);
		const chosen = pack.facts.at(-1)?.id ?? '';
		await cards.load({ fact: chosen });
		expect(cards.current?.fact.id).toBe(chosen);
		const before = cards.remaining;
		cards.flip();
		await cards.rate('good');
		expect(cards.current?.fact.id).not.toBe(chosen);
		expect(cards.remaining).toBe(before - 1);
		// An unknown id (an old link) is ignored: the day's queue as usual.
		const other = sessionOn(testServices());
		await other.load({ fact: 'no-such-fact' });
		expect(other.current?.fact.id).toBe(pack.facts[0]?.id);
	});
});

describe('cards taken out of study', () => {
	test('a suspended card leaves the queue, the home counts and quizzes, and comes back when unsuspended', async () => {
		const services = testServices();
		const cards = sessionOn(services);
		await cards.load();
		const suspended = cards.current?.fact.id ?? '';
		const before = cards.remaining;
		expect(await cards.suspend('suspended')).toBe(true);
		expect(cards.current?.fact.id).not.toBe(suspended);
		expect(cards.remaining).toBe(before - 1);
		expect(cards.notice).toMatch(/Card suspended/);

		// A reload: still out of the queue (the day's new cards are filled from the rest).
		const reloaded = sessionOn(services);
		await reloaded.load();
		expect(reloaded.current?.fact.id).not.toBe(suspended);
		const today = new TodayController(services, async () => pack);
		await today.load(pack.facts.length);
		expect(today.counts?.new).toBe(pack.facts.length - 1);

		// No quiz asks about it.
		const quiz = new QuizController(services, settingsView, pack, () => 3);
		await quiz.load();
		await quiz.start({ length: 'all', kinds: [], topics: [] });
		expect(quiz.questions.some((question) => question.factIds.includes(suspended))).toBe(false);

		const flags = new FactFlagsController(services, pack);
		await flags.load();
		expect(flags.list.map((flag) => [flag.factId, flag.reason, flag.suspended])).toEqual([
			[suspended, 'suspended', true]
		]);
		await flags.setSuspended(flags.list[0]?.id ?? '', false);
		const back = sessionOn(services);
		await back.load();
		expect(back.current?.fact.id).toBe(suspended);
	});

	test('a report keeps the reason and note; a failed suspension keeps the card and can be retried', async () => {
		const services = testServices();
		const cards = sessionOn(services);
		await cards.load();
		const first = cards.current?.fact.id;
		services.failNext('factFlags', 'flag', 'QuotaExceededError');
		expect(await cards.suspend('wrong', 'the date is off')).toBe(false);
		expect(services.problems.problem?.kind).toBe('quota');
		expect(cards.current?.fact.id).toBe(first);
		expect(await cards.suspend('wrong', 'the date is off')).toBe(true);
		const flags = new FactFlagsController(services, pack);
		await flags.load();
		expect(flags.list[0]).toMatchObject({
			factId: first,
			reason: 'wrong',
			note: 'the date is off'
		});
		expect(flags.factOf(flags.list[0]!)?.id).toBe(first);
	});

	test('the rating that makes a card a leech says so, and the card leaves study', async () => {
		const services = testServices();
		const { memories } = await services.storage.writer();
		const scheduler = createScheduler();
		const fact = pack.facts[0]!;
		// A fact in review that has lapsed 7 times, due now.
		const now = services.clock.now();
		const learned = scheduler.rate(scheduler.newMemory(now - 40 * day), 'easy', now - 40 * day);
		await memories.rate(
			{
				packId: pack.meta.id,
				packVersion: pack.meta.version,
				factId: fact.id,
				rating: 'easy',
				now: now - 40 * day,
				source: 'flashcard',
				quizAnswerId: null
			},
			scheduler
		);
		const record = await memories.get(`${pack.meta.id}:${fact.id}`);
		const { db } = await services.storage.writer();
		await db.memories.put({
			...record!,
			memory: { ...learned.memory, lapses: 7, due: now - day },
			due: now - day
		});
		const cards = sessionOn(services);
		await cards.load();
		expect(cards.current?.fact.id).toBe(fact.id);
		cards.flip();
		await cards.rate('again');
		expect(cards.notice).toContain(`“${fact.cue}” has been forgotten 8 times`);
		expect(cards.current?.fact.id).not.toBe(fact.id);
		const reloaded = sessionOn(services);
		await reloaded.load();
		expect(reloaded.current?.fact.id).not.toBe(fact.id);
	});
});

describe('a topic from the progress page', () => {
	test('keeps the session to that topic’s cards', async () => {
		const topic = pack.facts[0]?.topics[0] ?? '';
		const onTopic = pack.facts.filter((fact) => fact.topics.includes(topic));
		const cards = sessionOn(testServices());
		await cards.load({ topic });
		expect(cards.topic).toBe(topic);
		expect(cards.remaining).toBe(Math.min(20, onTopic.length));
		while (cards.phase === 'card') {
			expect(cards.current?.fact.topics).toContain(topic);
			cards.flip();
			await cards.rate('easy');
		}
	});
});
