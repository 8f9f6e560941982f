// `npm run lighthouse`: Lighthouse (pinned in package.json; mobile preset: emulated slow 4G
// and a 4× slower CPU) on every route of the production build, served as `npm start` serves
// it, in Debian's Chromium. Prints the four scores with FCP, LCP, TBT, CLS and speed index per
// route, and exits 1 when a prerendered route is below the bars. States reached by URL (a
// quiz started by its address, a fact's sentence, a fact's page) are reported, not gated.
// Not part of `npm test`: timings vary from run to run.
//
// `npm run lighthouse -- --applied` applies the same throttling to the browser (Lighthouse's
// "devtools" method) instead of simulating it from an unthrottled load (the preset's default,
// "simulate"). The simulation counts every module a page preloads as holding up its largest
// paint, even when that paint is prerendered text shown before any script runs; applied
// throttling shows when it really painted.
import { existsSync, readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from './static-server.js';

const lighthouseVersion = JSON.parse(
	readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')
).version;

const throttlingMethod = process.argv.includes('--applied') ? 'devtools' : 'simulate';

const bars = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const maxLcpMs = 1200;
const maxCls = 0.02;

const facts = JSON.parse(
	readFileSync(new URL('../src/lib/content/article-facts.json', import.meta.url), 'utf8')
).facts;
const factId = facts[0]?.id ?? '';
const topic = facts[0]?.topics?.[0] ?? '';

const routes = [
	{ path: '/', gated: true },
	{ path: '/learn', gated: true },
	{ path: '/quiz', gated: true },
	{ path: '/flashcards', gated: true },
	{ path: '/progress', gated: true },
	{ path: '/article', gated: true },
	{ path: '/settings', gated: true },
	{ path: `/quiz?topic=${topic}`, gated: false },
	{ path: `/article#${factId}`, gated: false },
	{ path: `/progress/fact?id=${factId}`, gated: false }
];

if (!existsSync(new URL('../build/200.html', import.meta.url))) {
	console.error('No production build found: run `npm run build` first.');
	process.exit(1);
}

const { server, url } = await startStaticServer();
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
});

/** @type {Record<string, string | number>[]} */
const rows = [];
let failed = false;
try {
	for (const route of routes) {
		const result = await lighthouse(url + route.path, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: Object.keys(bars),
			throttlingMethod
		});
		const lhr = result?.lhr;
		if (!lhr) throw new Error(`Lighthouse gave no result for ${route.path}`);
		/** @param {string} id */
		const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		/** @param {string} id */
		const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
		/** @type {Record<string, string | number>} */
		const row = {
			route: route.path + (route.gated ? '' : ' (reported)'),
			performance: score('performance'),
			accessibility: score('accessibility'),
			'best-practices': score('best-practices'),
			seo: score('seo'),
			'FCP s': +(metric('first-contentful-paint') / 1000).toFixed(2),
			'LCP s': +(metric('largest-contentful-paint') / 1000).toFixed(2),
			'TBT ms': Math.round(metric('total-blocking-time')),
			CLS: +metric('cumulative-layout-shift').toFixed(3),
			'SI s': +(metric('speed-index') / 1000).toFixed(2)
		};
		const below = [
			...Object.entries(bars)
				.filter(([id, bar]) => Number(row[id]) < bar)
				.map(([id, bar]) => `${id} ${row[id]} < ${bar}`),
			...(Number(row['LCP s']) * 1000 > maxLcpMs
				? [`LCP ${row['LCP s']} s > ${maxLcpMs / 1000} s`]
				: []),
			...(Number(row.CLS) > maxCls ? [`CLS ${row.CLS} > ${maxCls}`] : [])
		];
		row.verdict =
			below.length === 0 ? 'ok' : route.gated ? `BELOW: ${below.join('; ')}` : below.join('; ');
		if (route.gated && below.length > 0) failed = true;
		rows.push(row);
		console.error(`${route.path}: ${row.verdict}`);
	}
} finally {
	await chrome.kill();
	server.close();
}

const columns = Object.keys(rows[0] ?? {});
console.log(
	`\nLighthouse ${lighthouseVersion} (mobile preset, throttling: ${throttlingMethod}), ${new Date().toISOString().slice(0, 10)}\n`
);
console.log(`| ${columns.join(' | ')} |`);
console.log(`|${columns.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
console.log(
	`\nBars on prerendered routes: performance ≥ ${bars.performance}, the others 100, LCP ≤ ${maxLcpMs / 1000} s, CLS ≤ ${maxCls}.`
);
process.exit(failed ? 1 : 0);
