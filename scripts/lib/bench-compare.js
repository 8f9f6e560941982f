// The pure part of `npm run bench`: each figure against its recorded one, as a ratio, and the
// table that shows them. Every figure is a cost (milliseconds, megabytes): lower is better, so
// a ratio above 1 is a regression and one above `flagAbove` is flagged.

/** @typedef {{ value: number, unit: string }} Figure */
/** @typedef {Record<string, Figure>} Figures */

/**
 * The recorded baseline as committed (bench/results.json).
 * @typedef {{ recordedAt: string, machine: Record<string, string | number>, figures: Figures }} Recorded
 */

/**
 * One line of the table.
 * @typedef {object} Comparison
 * @property {string} name
 * @property {string} unit
 * @property {number | null} current Null when the figure was not measured in this run.
 * @property {number | null} previous Null when no figure is recorded under this name.
 * @property {number | null} ratio current / previous; null when either is missing or unusable.
 * @property {boolean} flagged The ratio is above `flagAbove`: a regression worth a look.
 */

/** A figure this many times its recorded value or more is flagged. */
export const flagAbove = 1.25;

/**
 * current / previous, or null when there is nothing to compare with (no previous figure, a
 * previous figure of zero or less, or a value that is not a finite number).
 * @param {number | null | undefined} current
 * @param {number | null | undefined} previous
 * @returns {number | null}
 */
export function ratioOf(current, previous) {
	if (typeof current !== 'number' || typeof previous !== 'number') return null;
	if (!Number.isFinite(current) || !Number.isFinite(previous) || previous <= 0) return null;
	return current / previous;
}

/**
 * Every figure of this run against the recorded one of the same name, in this run's order;
 * then the recorded figures this run did not measure (with no ratio). A figure whose unit
 * changed is not compared.
 * @param {Figures} current
 * @param {Figures} previous
 * @returns {Comparison[]}
 */
export function compareFigures(current, previous) {
	/** @type {Comparison[]} */
	const rows = Object.entries(current).map(([name, figure]) => {
		const recorded = Object.hasOwn(previous, name) ? previous[name] : undefined;
		const comparable = recorded !== undefined && recorded.unit === figure.unit;
		const ratio = comparable ? ratioOf(figure.value, recorded.value) : null;
		return {
			name,
			unit: figure.unit,
			current: figure.value,
			previous: comparable ? recorded.value : null,
			ratio,
			flagged: ratio !== null && ratio > flagAbove
		};
	});
	for (const [name, figure] of Object.entries(previous)) {
		if (Object.hasOwn(current, name)) continue;
		rows.push({
			name,
			unit: figure.unit,
			current: null,
			previous: figure.value,
			ratio: null,
			flagged: false
		});
	}
	return rows;
}

/**
 * A value with its unit, to about three significant figures: "0.0123 ms", "4.56 ms",
 * "312 ms", "1,204 ms", "38.2 MB".
 * @param {number | null} value
 * @param {string} unit
 */
export function formatValue(value, unit) {
	if (value === null || !Number.isFinite(value)) return '—';
	const size = Math.abs(value);
	const digits = size >= 100 ? 0 : size >= 10 ? 1 : size >= 1 ? 2 : size >= 0.1 ? 3 : 4;
	const text = value.toLocaleString('en', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
	return `${text} ${unit}`;
}

/**
 * The ratio in words: "1.07× slower", "0.91× faster" (for times), "1.10× more", "0.95× less"
 * (for anything else, e.g. memory), "1.00× same" within half a percent. Without a ratio: why.
 * @param {Pick<Comparison, 'ratio' | 'unit' | 'current' | 'previous'>} row
 */
export function formatRatio(row) {
	if (row.current === null) return 'not measured now';
	if (row.previous === null) return 'new (nothing recorded)';
	if (row.ratio === null) return 'no ratio';
	const time = row.unit === 'ms';
	const word =
		Math.abs(row.ratio - 1) < 0.005
			? 'same'
			: row.ratio > 1
				? time
					? 'slower'
					: 'more'
				: time
					? 'faster'
					: 'less';
	return `${row.ratio.toFixed(2)}× ${word}`;
}

/**
 * The table: figure, this run, recorded, ratio. Flagged rows start with "!!" and end with
 * "REGRESSION?" (in red when `color`), so they stand out in a plain log as well as a terminal.
 * @param {readonly Comparison[]} rows
 * @param {{ color?: boolean }} [options]
 * @returns {string}
 */
export function formatTable(rows, { color = false } = {}) {
	const header = ['', 'figure', 'now', 'recorded', 'ratio'];
	const cells = rows.map((row) => [
		row.flagged ? '!!' : '',
		row.name,
		formatValue(row.current, row.unit),
		formatValue(row.previous, row.unit),
		formatRatio(row) + (row.flagged ? '  REGRESSION?' : '')
	]);
	const widths = header.map((title, column) =>
		Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length))
	);
	/** @param {string[]} line */
	const render = (line) =>
		line
			.map((cell, column) => {
				const width = widths[column] ?? 0;
				// Numbers right-aligned, text left-aligned.
				return column === 2 || column === 3 ? cell.padStart(width) : cell.padEnd(width);
			})
			.join('  ')
			.trimEnd();
	const lines = [render(header), render(widths.map((width) => '-'.repeat(width)))];
	cells.forEach((line, index) => {
		const text = render(line);
		lines.push(color && rows[index]?.flagged ? `\u001b[31;1m${text}\u001b[0m` : text);
	});
	return lines.join('\n');
}

/**
 * One sentence on the flagged figures, or null when there are none.
 * @param {readonly Comparison[]} rows
 * @returns {string | null}
 */
export function flaggedSummary(rows) {
	const flagged = rows.filter((row) => row.flagged);
	if (flagged.length === 0) return null;
	const names = flagged.map((row) => `${row.name} (${formatRatio(row)})`).join('; ');
	return `${flagged.length} figure${flagged.length === 1 ? ' is' : 's are'} more than ${flagAbove}× the recorded value: ${names}`;
}

/**
 * The recorded baseline from its JSON text; an empty one when there is none yet. Figures that
 * are not `{ value: number, unit: string }` are dropped rather than compared.
 * @param {string | null} text
 * @returns {Recorded}
 */
export function parseRecorded(text) {
	/** @type {Recorded} */
	const empty = { recordedAt: '', machine: {}, figures: {} };
	if (text === null || text.trim() === '') return empty;
	/** @type {unknown} */
	const data = JSON.parse(text);
	if (typeof data !== 'object' || data === null) return empty;
	const record = /** @type {Record<string, unknown>} */ (data);
	/** @type {Figures} */
	const figures = {};
	const stored = record.figures;
	if (typeof stored === 'object' && stored !== null) {
		for (const [name, figure] of Object.entries(stored)) {
			if (typeof figure !== 'object' || figure === null) continue;
			const { value, unit } = /** @type {Record<string, unknown>} */ (figure);
			if (typeof value === 'number' && typeof unit === 'string') figures[name] = { value, unit };
		}
	}
	const machine =
		typeof record.machine === 'object' && record.machine !== null
			? /** @type {Record<string, string | number>} */ (record.machine)
			: {};
	return {
		recordedAt: typeof record.recordedAt === 'string' ? record.recordedAt : '',
		machine,
		figures
	};
}
