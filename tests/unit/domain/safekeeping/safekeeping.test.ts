import { describe, expect, test } from 'vitest';
import { backupReminderDue, reminderSnooze } from '$lib/domain/safekeeping/backup-reminder';
import {
	emptyDeviceNotes,
	parseDeviceNotes,
	withStudyAt
} from '$lib/domain/safekeeping/device-notes';
import { installAdvice, isIosSafari } from '$lib/domain/safekeeping/install-advice';
import { progressLost } from '$lib/domain/safekeeping/progress-lost';

const day = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 28, 12);

describe('device notes', () => {
	test('missing, broken or foreign notes read as empty; partial notes keep what parses', () => {
		expect(parseDeviceNotes(null)).toEqual(emptyDeviceNotes);
		expect(parseDeviceNotes('{not json')).toEqual(emptyDeviceNotes);
		expect(parseDeviceNotes('{"lastStudiedAt":"yesterday"}')).toEqual(emptyDeviceNotes);
		expect(parseDeviceNotes('{"lastStudiedAt":-5}')).toEqual(emptyDeviceNotes);
		expect(parseDeviceNotes('{"lastStudiedAt":1.5}')).toEqual(emptyDeviceNotes);
		expect(parseDeviceNotes('[1,2]')).toEqual(emptyDeviceNotes);
		expect(parseDeviceNotes('null')).toEqual(emptyDeviceNotes);
		expect(parseDeviceNotes('{"__proto__":{"lastStudiedAt":5}}')).toEqual(emptyDeviceNotes);
		expect(parseDeviceNotes('{"lastStudiedAt":null,"other":"kept out"}')).toEqual(emptyDeviceNotes);
		expect(parseDeviceNotes(JSON.stringify({ lastStudiedAt: now }))).toEqual({
			...emptyDeviceNotes,
			lastStudiedAt: now
		});
	});

	test('study keeps the first time and the latest, also when the clock was set back', () => {
		const once = withStudyAt(emptyDeviceNotes, now);
		expect(once).toMatchObject({ firstStudiedAt: now, lastStudiedAt: now });
		const earlierClock = withStudyAt(once, now - day);
		expect(earlierClock).toMatchObject({ firstStudiedAt: now, lastStudiedAt: now });
		expect(withStudyAt(once, now + day)).toMatchObject({
			firstStudiedAt: now,
			lastStudiedAt: now + day
		});
	});
});

describe('progressLost', () => {
	test('only when study was noted here and none is stored', () => {
		expect(progressLost(emptyDeviceNotes, 0)).toBe(false);
		const studied = withStudyAt(emptyDeviceNotes, now);
		expect(progressLost(studied, 0)).toBe(true);
		expect(progressLost(studied, 1)).toBe(false);
	});
});

describe('backupReminderDue', () => {
	const base = {
		unexported: 0,
		lastExportedAt: null,
		firstStudiedAt: now - day,
		snoozedUntil: null,
		now
	};

	test('a hundred unexported ratings and answers are worth a reminder at once', () => {
		expect(backupReminderDue({ ...base, unexported: 99 })).toBe(false);
		expect(backupReminderDue({ ...base, unexported: 100 })).toBe(true);
	});

	test('a little study is reminded of after two weeks, a handful never', () => {
		const old = { ...base, firstStudiedAt: now - 14 * day };
		expect(backupReminderDue({ ...old, unexported: 20 })).toBe(true);
		expect(backupReminderDue({ ...old, unexported: 19 })).toBe(false);
		expect(backupReminderDue({ ...base, unexported: 20, firstStudiedAt: now - 13 * day })).toBe(
			false
		);
		// The last export, not the first study, starts the two weeks.
		expect(backupReminderDue({ ...old, unexported: 20, lastExportedAt: now - day })).toBe(false);
	});

	test('"Later" puts it away for a week', () => {
		const due = { ...base, unexported: 500 };
		expect(backupReminderDue({ ...due, snoozedUntil: now + reminderSnooze })).toBe(false);
		expect(backupReminderDue({ ...due, snoozedUntil: now })).toBe(true);
	});
});

describe('install advice', () => {
	const browser = {
		iosSafari: false,
		standalone: false,
		promptReady: false,
		hasStudied: false,
		inSession: false,
		dismissed: false
	};

	test('iOS Safari gets the steps before any study; never in the app, a session, or once dismissed', () => {
		const ios = { ...browser, iosSafari: true };
		expect(installAdvice(ios)).toBe('ios-steps');
		expect(installAdvice({ ...ios, standalone: true })).toBeNull();
		expect(installAdvice({ ...ios, inSession: true })).toBeNull();
		expect(installAdvice({ ...ios, dismissed: true })).toBeNull();
	});

	test('the browser’s prompt is offered once something is worth keeping, outside a session', () => {
		expect(installAdvice({ ...browser, promptReady: true })).toBeNull();
		expect(installAdvice({ ...browser, promptReady: true, hasStudied: true })).toBe('prompt');
		expect(
			installAdvice({ ...browser, promptReady: true, hasStudied: true, inSession: true })
		).toBeNull();
		expect(installAdvice({ ...browser, hasStudied: true })).toBeNull();
	});

	test('iOS Safari is told from other iOS browsers and from desktop Safari', () => {
		const iphone =
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
		const ipad =
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
		const chromeIos =
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1';
		const android =
			'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
		expect(isIosSafari(iphone, 5)).toBe(true);
		expect(isIosSafari(ipad, 5)).toBe(true);
		expect(isIosSafari(ipad, 0)).toBe(false);
		expect(isIosSafari(chromeIos, 5)).toBe(false);
		expect(isIosSafari(android, 5)).toBe(false);
	});
});
