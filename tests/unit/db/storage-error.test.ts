import { describe, expect, test } from 'vitest';
import { classifyStorageError, storageProblemMessage } from '$lib/db/storage-error';

function named(name: string, message = 'boom') {
	return Object.assign(new Error(message), { name });
}

describe('classifyStorageError', () => {
	test.each([
		['QuotaExceededError', 'quota'],
		['MissingAPIError', 'unavailable'],
		['OpenFailedError', 'unavailable'],
		['InvalidStateError', 'unavailable'],
		['DatabaseClosedError', 'outdated'],
		['ConstraintError', 'failed']
	])('%s is a %s problem', (name, kind) => {
		expect(classifyStorageError(named(name)).kind).toBe(kind);
	});

	test('a quota error wrapped by Dexie is still a quota problem', () => {
		const wrapped = Object.assign(named('AbortError'), { inner: { name: 'QuotaExceededError' } });
		expect(classifyStorageError(wrapped).kind).toBe('quota');
	});

	test('anything thrown, even a string, is classified and keeps its text', () => {
		expect(classifyStorageError('odd')).toEqual({ kind: 'failed', detail: 'odd' });
	});

	test('the learner is told what to do about a full disk', () => {
		expect(storageProblemMessage({ kind: 'quota', detail: '' })).toMatch(
			/Storage is full.*export a backup/
		);
	});
});
