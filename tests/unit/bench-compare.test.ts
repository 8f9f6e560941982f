import { describe, expect, test } from 'vitest';
import {
	compareFigures,
	flagAbove,
	flaggedSummary,
	formatRatio,
	formatTable,
	formatValue,
	parseRecorded,
	ratioOf,
	type Figures
} from '../../scripts/lib/bench-compare.js';

const ms = (value: number) => ({ value, unit: 'ms' });

describe('a figure against its recorded value', () => {
	test('the ratio is this run over the recorded figure', () => {
		expect(ratioOf(107, 100)).toBeCloseTo(1.07);
		expect(ratioOf(91, 100)).toBeCloseTo(0.91);
	});

	test('without a usable recorded figure there is no ratio', () => {
		expect(ratioOf(5, undefined)).toBeNull();
		expect(ratioOf(5, null)).toBeNull();
		expect(ratioOf(5, 0)).toBeNull();
		expect(ratioOf(Number.NaN, 4)).toBeNull();
	});

	test('a figure above 1.25× its recorded value is flagged; at 1.25× or below it is not', () => {
		const rows = compareFigures(
			{ slower: ms(126), edge: ms(125), faster: ms(50) },
			{ slower: ms(100), edge: ms(100), faster: ms(100) }
		);
		expect(flagAbove).toBe(1.25);
		expect(rows.map((row) => [row.name, row.flagged])).toEqual([
			['slower', true],
			['edge', false],
			['faster', false]
		]);
	});

	test('a new figure has no ratio and is not flagged; a recorded one not measured is listed last', () => {
		const rows = compareFigures({ fresh: ms(10) }, { gone: ms(3) });
		expect(rows).toEqual([
			{ name: 'fresh', unit: 'ms', current: 10, previous: null, ratio: null, flagged: false },
			{ name: 'gone', unit: 'ms', current: null, previous: 3, ratio: null, flagged: false }
		]);
		expect(formatRatio(rows[0]!)).toBe('new (nothing recorded)');
		expect(formatRatio(rows[1]!)).toBe('not measured now');
	});

	test('a figure whose unit changed is not compared', () => {
		const [row] = compareFigures({ heap: { value: 40, unit: 'MB' } }, { heap: ms(4) });
		expect(row).toMatchObject({ previous: null, ratio: null, flagged: false });
	});
});

describe('the table', () => {
	test('ratios read as slower or faster for times, more or less for anything else', () => {
		const row = { unit: 'ms', current: 1, previous: 1 };
		expect(formatRatio({ ...row, ratio: 1.0712 })).toBe('1.07× slower');
		expect(formatRatio({ ...row, ratio: 0.91 })).toBe('0.91× faster');
		expect(formatRatio({ ...row, ratio: 1.001 })).toBe('1.00× same');
		expect(formatRatio({ ...row, unit: 'MB', ratio: 1.1 })).toBe('1.10× more');
		expect(formatRatio({ ...row, unit: 'MB', ratio: 0.5 })).toBe('0.50× less');
	});

	test('values keep about three significant figures', () => {
		expect(formatValue(0.012345, 'ms')).toBe('0.0123 ms');
		expect(formatValue(4.567, 'ms')).toBe('4.57 ms');
		expect(formatValue(38.24, 'MB')).toBe('38.2 MB');
		expect(formatValue(1204.4, 'ms')).toBe('1,204 ms');
		expect(formatValue(null, 'ms')).toBe('—');
	});

	test('a flagged row is marked at both ends, in red only when asked', () => {
		const rows = compareFigures(
			{ 'progress: load': ms(400), 'queue: plan': ms(1) },
			{ 'progress: load': ms(300), 'queue: plan': ms(1) }
		);
		const plain = formatTable(rows).split('\n');
		expect(plain[0]).toMatch(/figure +now +recorded +ratio/);
		const flagged = plain.find((line) => line.includes('progress: load'));
		expect(flagged).toMatch(/^!! +progress: load +400 ms +300 ms +1\.33× slower +REGRESSION\?$/);
		expect(plain.find((line) => line.includes('queue: plan'))).not.toContain('!!');
		expect(formatTable(rows)).not.toContain('\u001b[');
		expect(formatTable(rows, { color: true })).toContain('\u001b[31;1m!!');
		expect(flaggedSummary(rows)).toBe(
			'1 figure is more than 1.25× the recorded value: progress: load (1.33× slower)'
		);
		expect(flaggedSummary(compareFigures({ a: ms(1) }, { a: ms(1) }))).toBeNull();
	});
});

describe('the recorded baseline', () => {
	test('no file yet reads as an empty baseline', () => {
		expect(parseRecorded(null).figures).toEqual({});
		expect(parseRecorded('').figures).toEqual({});
	});

	test('figures that are not a number with a unit are left out', () => {
		const text = JSON.stringify({
			recordedAt: '2026-11-29',
			machine: { cpus: 2 },
			figures: { good: ms(3), noUnit: { value: 3 }, text: { value: '3', unit: 'ms' } }
		});
		const figures: Figures = parseRecorded(text).figures;
		expect(figures).toEqual({ good: ms(3) });
		expect(parseRecorded(text).machine).toEqual({ cpus: 2 });
	});
});
