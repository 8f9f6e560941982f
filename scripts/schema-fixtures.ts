// `npm run fixtures:schema -- [--version N]... [--all]`: makes tests/fixtures/schema/v{N}.json,
// the app's database at schema version N as real Chromium stores it, holding a learner's records
// as the build of that version wrote them (see scripts/lib/schema-fixtures/). Without options it
// makes the fixtures of versions that have none. tests/unit/db/schema-fixtures.test.ts fails
// while any version of the schema lacks one.
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import * as prettier from 'prettier';
import { schemaHistory } from '../src/lib/db/schema';
import { databaseName } from '../src/lib/db/stored-data';
import { decodeSnapshot, encodeSnapshot } from './lib/idb-snapshot.js';
import { FixtureBrowser } from './lib/schema-fixtures/browser';
import { cleanUpEras, eraOf } from './lib/schema-fixtures/eras';
import {
	fixtureFormat,
	fixtureUrl,
	hasFixture,
	type SchemaFixture
} from './lib/schema-fixtures/format';
import { learnerAt, tablesAt } from './lib/schema-fixtures/learner';

const usage = 'usage: npm run fixtures:schema -- [--version N]... [--all]';

// The study day rolls over at 04:00 local time: the same records on every machine.
process.env.TZ = 'UTC';

function fail(message: string): never {
	process.stderr.write(`${message}\n${usage}\n`);
	process.exit(1);
}

function parseArgs(argv: readonly string[]): number[] {
	const known = schemaHistory.map((step) => step.version);
	const versions: number[] = [];
	let all = false;
	for (let i = 0; i < argv.length; i += 1) {
		const flag = argv[i];
		if (flag === '--all') all = true;
		else if (flag === '--version') {
			const version = Number(argv[(i += 1)]);
			if (!known.includes(version)) fail(`--version must be one of ${known.join(', ')}`);
			versions.push(version);
		} else fail(`unknown argument: ${String(flag)}`);
	}
	if (all) return known;
	return versions.length > 0 ? versions : known.filter((version) => !hasFixture(version));
}

async function make(browser: FixtureBrowser, version: number): Promise<SchemaFixture> {
	const era = eraOf(version);
	const { tables } = await learnerAt(era);
	const declarations = schemaHistory
		.filter((step) => step.version <= version)
		.map(({ version: declared, stores }) => ({ version: declared, stores }));
	const made = await browser.make(databaseName, declarations, tables);

	// What Chromium holds must be what was written, and survive the trip through JSON.
	const { snapshot } = made;
	if (made.dexieVersion !== version || snapshot.version !== version * 10) {
		throw new Error(
			`v${version}: Dexie opened ${made.dexieVersion}, IndexedDB ${snapshot.version}`
		);
	}
	const names = snapshot.stores.map((store) => store.name);
	if (!isDeepStrictEqual(names, tablesAt(version))) {
		throw new Error(
			`v${version}: stores ${names.join(', ')}, expected ${tablesAt(version).join(', ')}`
		);
	}
	for (const store of snapshot.stores) {
		if (!isDeepStrictEqual(store.rows, tables[store.name])) {
			throw new Error(`v${version}: ${store.name} did not come back from Chromium as written`);
		}
	}
	const encoded = encodeSnapshot(snapshot);
	if (!isDeepStrictEqual(decodeSnapshot(JSON.parse(JSON.stringify(encoded))), snapshot)) {
		throw new Error(`v${version}: the rows do not survive JSON`);
	}
	return {
		format: fixtureFormat,
		schemaVersion: version,
		about:
			'The app’s IndexedDB database at this schema version, made by Dexie in Chromium and exported ' +
			'from it (npm run fixtures:schema). Its rows are a few days of a learner’s study, written by ' +
			'the app’s repositories with only what the build of this version stored, and quizzes asked by ' +
			'that build’s own question generator; they were not made by clicking through that build.',
		era: {
			commit: era.commit,
			...(era.firstQuizCommit ? { firstQuizCommit: era.firstQuizCommit } : {}),
			...(era.note ? { note: era.note } : {})
		},
		madeWith: made.madeWith,
		database: encoded
	};
}

const versions = parseArgs(process.argv.slice(2));
if (versions.length === 0) {
	process.stdout.write(
		'Every schema version has its fixture. Use --version N or --all to remake.\n'
	);
} else {
	const browser = await FixtureBrowser.start();
	try {
		for (const version of versions) {
			const fixture = await make(browser, version);
			const url = fixtureUrl(version);
			const options = (await prettier.resolveConfig(url.pathname)) ?? {};
			const text = await prettier.format(JSON.stringify(fixture), { ...options, parser: 'json' });
			writeFileSync(url, text);
			const rows = fixture.database.stores.map((store) => `${store.name} ${store.rows.length}`);
			process.stdout.write(`v${version}: ${url.pathname} (${rows.join(', ')})\n`);
		}
	} finally {
		await browser.close();
		cleanUpEras();
	}
}
