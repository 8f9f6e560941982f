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
		['ConstraintError', 'failed'],
		['TypeError', 'bug'],
		['QuizOptionsError', 'bug']
	])('%s is a %s problem', (name, kind) => {
		expect(classifyStorageError(named(name)).kind).toBe(kind);
	});

	test('a quota error wrapped by Dexie is still a quota problem', () => {
		const wrapped = Object.assign(named('AbortError'), { inner: { name: 'QuotaExceededError' } });
		expect(classifyStorageError(wrapped).kind).toBe('quota');
	});

	test('anything else thrown, even a string, is a bug, never blamed on storage', () => {
		expect(classifyStorageError('odd')).toEqual({ kind: 'bug', detail: 'odd' });
		const bug = classifyStorageError(new RangeError('count must be a whole number'));
		expect(bug.kind).toBe('bug');
		expect(bug.detail).toContain('RangeError: count must be a whole number');
		expect(storageProblemMessage(bug)).toMatch(/^Something went wrong in the app/);
	});

	test('a connection closed because IndexedDB could not open is unavailable, not outdated', () => {
		for (const cause of ['MissingAPIError', 'OpenFailedError', 'InvalidStateError']) {
			const closed = Object.assign(named('DatabaseClosedError'), { inner: named(cause) });
			expect(classifyStorageError(closed).kind).toBe('unavailable');
		}
	});

	test('the learner is told what to do about a full disk, and only what the app can do', () => {
		const message = storageProblemMessage({ kind: 'quota', detail: '' });
		expect(message).toMatch(/Storage is full: free some space/);
		expect(message).not.toMatch(/backup/);
	});
});
