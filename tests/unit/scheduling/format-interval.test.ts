import { describe, expect, test } from 'vitest';
import { formatInterval } from '$lib/domain/scheduling/format-interval';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

describe('formatInterval', () => {
	test.each([
		[0, '<1m'],
		[-5 * minute, '<1m'],
		[29 * second, '<1m'],
		[1 * minute, '1m'],
		[10 * minute, '10m'],
		[59 * minute, '59m'],
		[59 * minute + 40 * second, '1h'],
		[3 * hour, '3h'],
		[23 * hour + 40 * minute, '1d'],
		[1 * day, '1d'],
		[3 * day, '3d'],
		[29 * day, '29d'],
		[30 * day, '1mo'],
		[45 * day, '1.5mo'],
		[60 * day, '2mo'],
		[359 * day, '1y'],
		[365 * day, '1y'],
		[438 * day, '1.2y'],
		[36500 * day, '100y']
	])('%d ms reads as %s', (ms, label) => {
		expect(formatInterval(ms)).toBe(label);
	});
});
