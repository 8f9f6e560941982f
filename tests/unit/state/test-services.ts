// Services for controller tests: a fresh fake IndexedDB, a clock that stands still, and a
// problem reporter, wired as the app wires them, with a switch to make storage fail.
import { createRepositories, type Repositories } from '$lib/db/repositories';
import { fixedClock } from '$lib/domain/clock';
import { defaultSettings } from '$lib/domain/settings';
import type { QuestionResponse } from '$lib/domain/grading/response';
import type { Question } from '$lib/domain/questions/question';
import { ProblemReporter } from '$lib/state/problem-reporter.svelte';
import type { StudyServices } from '$lib/state/services';
import { createStorageGateway } from '$lib/state/storage-gateway';
import { memoryDevice } from './memory-device';
import { freshDatabaseName } from '../db/helpers';

/** 28 November 2026, 12:00 UTC: mid-day, well clear of the 04:00 rollover. */
export const noon = Date.UTC(2026, 10, 28, 12);

export interface TestServices extends StudyServices {
	clock: ReturnType<typeof fixedClock>;
	device: ReturnType<typeof memoryDevice>;
	databaseName: string;
	/** Makes the next call of `repository.method` reject with an error named `name`. */
	failNext(
		repository: 'quizzes' | 'memories' | 'settings' | 'factFlags' | 'backups' | 'learn',
		method: string,
		name: string
	): void;
	/** Makes opening the database fail until called with `false`. */
	failOpen(fail: boolean): void;
	/** Whether the database exists (a first visit must not create it by reading). */
	databaseExists(): Promise<boolean>;
}

export function testServices(
	options: {
		databaseName?: string;
		tabId?: string;
		now?: number;
		device?: ReturnType<typeof memoryDevice>;
	} = {}
): TestServices {
	const databaseName = options.databaseName ?? freshDatabaseName();
	const clock = fixedClock(options.now ?? noon);
	const problems = new ProblemReporter();
	let openFails = false;
	const failures: { repository: string; method: string; name: string }[] = [];
	const databaseExists = async () =>
		(await indexedDB.databases()).some((database) => database.name === databaseName);

	const open = async (): Promise<Repositories> => {
		if (openFails) throw named('UnknownError', 'The database could not be opened.');
		const repositories = createRepositories({
			clock,
			onProblem: (problem) => problems.show(problem),
			name: databaseName
		});
		return failing(repositories, failures);
	};
	const storage = createStorageGateway({
		open,
		probe: async () => ((await databaseExists()) ? 'present' : 'absent')
	});
	return {
		storage,
		clock,
		problems,
		tabId: () => options.tabId ?? 'tab-a',
		device: options.device ?? memoryDevice(),
		databaseName,
		databaseExists,
		failOpen: (fail) => {
			openFails = fail;
		},
		failNext: (repository, method, name) => failures.push({ repository, method, name })
	};
}

/** Repositories whose methods reject once for each queued failure. */
function failing(
	repositories: Repositories,
	failures: { repository: string; method: string; name: string }[]
): Repositories {
	const wrap = <T extends object>(target: T, repository: string): T =>
		new Proxy(target, {
			get(object, property, receiver) {
				const value = Reflect.get(object, property, receiver) as unknown;
				if (typeof value !== 'function') return value;
				return (...args: unknown[]) => {
					const at = failures.findIndex(
						(failure) => failure.repository === repository && failure.method === property
					);
					if (at >= 0) {
						const [failure] = failures.splice(at, 1);
						return Promise.reject(named(failure?.name ?? 'Error', 'Injected failure'));
					}
					return (value as (...a: unknown[]) => unknown).apply(object, args);
				};
			}
		});
	return {
		...repositories,
		quizzes: wrap(repositories.quizzes, 'quizzes'),
		memories: wrap(repositories.memories, 'memories'),
		settings: wrap(repositories.settings, 'settings'),
		factFlags: wrap(repositories.factFlags, 'factFlags'),
		backups: wrap(repositories.backups, 'backups'),
		learn: wrap(repositories.learn, 'learn')
	};
}

function named(name: string, message: string): Error {
	const error = new Error(message);
	error.name = name;
	return error;
}

/** The settings a controller reads: the defaults, fixed. */
export const settingsView = { values: defaultSettings };

/** A right answer to any question. */
export function rightResponse(question: Question): QuestionResponse {
	switch (question.kind) {
		case 'mcq':
			return { kind: 'mcq', choice: question.answerIndex };
		case 'true-false':
			return { kind: 'true-false', value: question.answer };
		case 'cloze':
			return { kind: 'cloze', text: question.accepted[0] ?? '' };
		case 'numeric':
			return { kind: 'numeric', text: question.accepted[0] ?? '' };
		case 'matching':
			return { kind: 'matching', rights: question.pairs.map((pair) => pair.right) };
		case 'timeline':
			return { kind: 'timeline', order: [...question.correctOrder] };
	}
}

/** A wrong answer where the kind allows one simply. */
export function wrongResponse(question: Question): QuestionResponse {
	switch (question.kind) {
		case 'mcq':
			return { kind: 'mcq', choice: (question.answerIndex + 1) % question.options.length };
		case 'true-false':
			return { kind: 'true-false', value: !question.answer };
		case 'cloze':
		case 'numeric':
			return { kind: question.kind, text: 'zzzz' };
		case 'matching':
			return { kind: 'matching', rights: [...question.pairs.map((pair) => pair.right)].reverse() };
		case 'timeline':
			return { kind: 'timeline', order: [...question.correctOrder].reverse() };
	}
}
