import { describe, expect, test } from 'vitest';
import { SettingsController } from '$lib/state/settings-controller.svelte';
import { testServices } from './test-services';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('SettingsController', () => {
	test('changes made in quick succession are never shown undone by an earlier write’s report', async () => {
		const services = testServices();
		const controller = new SettingsController(services);
		const stop = controller.load();
		// The first write starts the watch on IndexedDB.
		await controller.set('quizTopics', ['people']);

		// As a learner ticking boxes: each change starts before the last one is committed.
		const seen: string[][] = [];
		const writes: Promise<boolean>[] = [];
		const steps = [
			['mcq', 'true-false', 'cloze', 'numeric', 'matching'],
			['mcq', 'true-false', 'cloze', 'numeric'],
			['mcq', 'true-false', 'cloze'],
			['mcq', 'true-false']
		] as const;
		for (const kinds of steps) {
			writes.push(controller.set('quizKinds', [...kinds]));
			seen.push([...controller.values.quizKinds]);
			await new Promise((resolve) => setTimeout(resolve, 2));
			seen.push([...controller.values.quizKinds]);
		}
		expect(await Promise.all(writes)).toEqual([true, true, true, true]);
		await settle();
		seen.push([...controller.values.quizKinds]);

		const expected = steps.flatMap((kinds) => [[...kinds], [...kinds]]);
		expect(seen).toEqual([...expected, ['mcq', 'true-false']]);
		expect(controller.values.quizTopics).toEqual(['people']);
		stop();
	});

	test('a write that fails takes back only its own change and reports the problem', async () => {
		const services = testServices();
		const controller = new SettingsController(services);
		const stop = controller.load();
		await controller.set('quizLength', 20);

		services.failNext('settings', 'set', 'QuotaExceededError');
		const failed = controller.set('quizKinds', ['mcq']);
		const kept = controller.set('quizTopics', ['people']);
		expect(controller.values.quizKinds).toEqual(['mcq']);
		expect(await failed).toBe(false);
		expect(await kept).toBe(true);
		await settle();

		expect(controller.values.quizKinds).not.toEqual(['mcq']);
		expect(controller.values.quizTopics).toEqual(['people']);
		expect(controller.values.quizLength).toBe(20);
		expect(services.problems.problem?.kind).toBe('quota');
		stop();
	});
});
