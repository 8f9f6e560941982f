// `npm run bench`: every benchmark in one place, then one table of each figure against the one
// recorded in bench/results.json, with the ratio (a figure above 1.25× its recorded value is
// flagged). Nothing is asserted and the exit code is 0 whatever the figures (timings vary
// with the machine and its load); it is 1 only when a bench itself fails. The recorded figures
// change only with `--record`.
//
//   npm run bench                     vitest benches (tests/bench/) + Chromium benches
//   npm run bench -- --record         the same, then records these figures as the baseline
//   npm run bench -- --no-browser     only the vitest benches (no build needed)
//   npm run bench -- --no-vitest      only the Chromium benches
//   npm run bench -- --build          rebuild the app first (else build/ is used if present)
//
// The Chromium benches serve build/ as it is: without --build they measure the last build,
// which may be older than the source (the command says how old it is).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchHistory } from './bench-history.js';
import { benchProgress } from './bench-progress.js';
import { compareFigures, flaggedSummary, formatTable, parseRecorded } from './lib/bench-compare.js';
import { startStaticServer } from './static-server.js';

const root = new URL('../', import.meta.url).pathname;
const resultsFile = join(root, 'bench/results.json');

const { values: options } = parseArgs({
	options: {
		record: { type: 'boolean', default: false },
		build: { type: 'boolean', default: false },
		'no-browser': { type: 'boolean', default: false },
		'no-vitest': { type: 'boolean', default: false }
	}
});

/** @param {string} text */
const heading = (text) => console.log(`\n== ${text}`);

const load = () =>
	loadavg()
		.map((value) => value.toFixed(1))
		.join(' ');
const cores = cpus().length;
const loadAtStart = loadavg()[0] ?? 0;
heading(`load average at start: ${load()} (${cores} cores)`);

/** @type {import('./lib/bench-compare.js').Figures} */
const figures = {};
/** Benches that threw: their figures are missing from this run. @type {string[]} */
const failed = [];

if (!options['no-vitest']) {
	heading('vitest benches (tests/bench/*.bench.ts)');
	const dir = mkdtempSync(join(tmpdir(), 'sourced-bench-'));
	const output = join(dir, 'vitest.json');
	const run = spawnSync(
		process.execPath,
		[
			join(root, 'node_modules/vitest/vitest.mjs'),
			'bench',
			'--run',
			'--project',
			'unit',
			'--outputJson',
			output
		],
		{ cwd: root, stdio: 'inherit' }
	);
	if (run.status !== 0) {
		console.error(`vitest bench failed (exit ${run.status})`);
		process.exit(1);
	}
	Object.assign(figures, vitestFigures(readFileSync(output, 'utf8')));
	rmSync(dir, { recursive: true, force: true });
}

if (!options['no-browser']) {
	heading('Chromium benches (scripts/bench-progress.js, scripts/bench-history.js)');
	const buildIndex = join(root, 'build/200.html');
	if (options.build || !existsSync(buildIndex)) {
		console.log(options.build ? 'building (--build)' : 'no build/ yet: building');
		const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
		if (build.status !== 0) process.exit(build.status ?? 1);
	} else {
		const built = statSync(buildIndex).mtime;
		const hours = (Date.now() - built.getTime()) / 3_600_000;
		console.log(
			`using the existing build/ from ${built.toISOString()} (${hours.toFixed(1)} h ago); ` +
				'pass --build to rebuild it from the current source'
		);
	}
	const { server, url } = await startStaticServer();
	try {
		for (const [name, bench] of /** @type {const} */ ([
			['bench-progress', benchProgress],
			['bench-history', benchHistory]
		])) {
			try {
				Object.assign(figures, await bench({ url }));
			} catch (error) {
				// The other figures are still worth their table; this one reads "not measured now".
				console.error(`${name} failed:`, error);
				failed.push(name);
			}
		}
	} finally {
		server.close();
	}
}

const loadAtEnd = loadavg()[0] ?? 0;
const recorded = parseRecorded(existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : null);
const rows = compareFigures(figures, recorded.figures);
heading(
	recorded.recordedAt
		? `figures against those recorded ${recorded.recordedAt} (load then: ${recorded.machine.load ?? '?'})`
		: 'figures (nothing recorded yet: `npm run bench -- --record` records them)'
);
console.log(formatTable(rows, { color: process.stdout.isTTY }));
console.log(
	'\nms: median of the runs (vitest: per benchmark call); MB: 10^6 bytes of JS heap. ' +
		'Ratio = now / recorded; lower is better.'
);
const summary = flaggedSummary(rows);
if (summary) console.log(`\n!! ${summary}`);
if (failed.length > 0) console.log(`\n!! failed, not measured: ${failed.join(', ')}`);
if (Math.max(loadAtStart, loadAtEnd) > cores) {
	console.log(
		`\nThe machine was busy (load average ${loadAtStart.toFixed(1)} at the start, ` +
			`${loadAtEnd.toFixed(1)} at the end, on ${cores} cores): the timings are inflated; ` +
			'compare them with care.'
	);
}

if (options.record) {
	/** @type {import('./lib/bench-compare.js').Recorded} */
	const next = {
		recordedAt: new Date().toISOString(),
		machine: {
			cpu: cpus()[0]?.model ?? 'unknown',
			cores,
			load: `${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end`,
			node: process.version,
			chromium: chromiumVersion()
		},
		// Figures not measured in this run (e.g. with --no-browser) keep their recorded value.
		figures: { ...recorded.figures, ...rounded(figures) }
	};
	writeFileSync(resultsFile, `${JSON.stringify(next, null, '\t')}\n`);
	console.log(
		`\nrecorded ${Object.keys(figures).length} figures in bench/results.json` +
			(failed.length > 0 ? ` (${failed.join(', ')} failed: their recorded figures are kept)` : '')
	);
}
process.exitCode = failed.length > 0 ? 1 : 0;

/**
 * Four significant figures: more would be noise, and the committed file stays readable.
 * @param {import('./lib/bench-compare.js').Figures} measured
 * @returns {import('./lib/bench-compare.js').Figures}
 */
function rounded(measured) {
	return Object.fromEntries(
		Object.entries(measured).map(([name, { value, unit }]) => [
			name,
			{ value: Number(value.toPrecision(4)), unit }
		])
	);
}

/**
 * The figures of a vitest bench JSON report: each benchmark's median, in ms, by its name
 * (names are unique across tests/bench/; a duplicate is an error, not a silent overwrite).
 * @param {string} text
 * @returns {import('./lib/bench-compare.js').Figures}
 */
function vitestFigures(text) {
	/** @type {{ files: { groups: { fullName: string, benchmarks: { name: string, median: number }[] }[] }[] }} */
	const report = JSON.parse(text);
	/** @type {import('./lib/bench-compare.js').Figures} */
	const found = {};
	for (const file of report.files) {
		for (const group of file.groups) {
			for (const benchmark of group.benchmarks) {
				if (Object.hasOwn(found, benchmark.name)) {
					throw new Error(`Two benchmarks are named "${benchmark.name}": rename one`);
				}
				found[benchmark.name] = { value: benchmark.median, unit: 'ms' };
			}
		}
	}
	return found;
}

function chromiumVersion() {
	const run = spawnSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], {
		encoding: 'utf8'
	});
	return run.stdout.trim().split('\n').at(-1) ?? 'unknown';
}
