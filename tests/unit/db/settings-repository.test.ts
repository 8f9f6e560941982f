import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { StudyDatabase } from '$lib/db/database';
import { SettingsRepository } from '$lib/db/settings-repository';
import { fixedClock } from '$lib/domain/clock';
import { defaultSettings } from '$lib/domain/settings';
import { freshDatabaseName } from './helpers';

const start = Date.UTC(2026, 10, 27, 9, 0);
let db: StudyDatabase;
let clock: ReturnType<typeof fixedClock>;
let repository: SettingsRepository;

beforeEach(() => {
	db = new StudyDatabase(freshDatabaseName());
	clock = fixedClock(start);
	repository = new SettingsRepository(db, clock);
});

afterEach(() => db.close());

describe('SettingsRepository', () => {
	test('an empty database loads the defaults', async () => {
		expect(await repository.load()).toEqual(defaultSettings);
	});

	test('a written setting is read back, stamped with the injected clock', async () => {
		await repository.set('theme', 'dark');
		expect((await repository.load()).theme).toBe('dark');
		expect(await db.settings.get('theme')).toEqual({
			key: 'theme',
			value: 'dark',
			updatedAt: start
		});
	});

	test('an invalid value is refused and nothing is written', async () => {
		await repository.set('theme', 'light');
		// @ts-expect-error: the type forbids it; the runtime check must too.
		await expect(repository.set('theme', 'neon')).rejects.toThrow(
			/Invalid value for setting "theme"/
		);
		expect((await repository.load()).theme).toBe('light');
	});

	test('a corrupt stored value falls back to the default instead of breaking the app', async () => {
		await db.settings.put({ key: 'theme', value: 42, updatedAt: 0 });
		expect((await repository.load()).theme).toBe(defaultSettings.theme);
	});

	test('watch reports the current settings and every later change', async () => {
		const seen: string[] = [];
		const stop = repository.watch(
			(settings) => seen.push(settings.theme),
			(error) => {
				throw error;
			}
		);
		await expect.poll(() => seen).toEqual(['system']);
		clock.advance(1000);
		await repository.set('theme', 'dark');
		await expect.poll(() => seen).toEqual(['system', 'dark']);
		stop();
	});
});
