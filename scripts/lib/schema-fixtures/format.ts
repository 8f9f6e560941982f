// The file format of tests/fixtures/schema/v{N}.json: one database exported from Chromium.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { decodeSnapshot, type DatabaseSnapshot } from '../idb-snapshot.js';

export const fixtureFormat = 'sourced-schema-fixture';

export interface SchemaFixture {
	format: typeof fixtureFormat;
	/** The app's schema version the database was made at (`schemaHistory`). */
	schemaVersion: number;
	/** How it was made, in a sentence or two. */
	about: string;
	/** The build whose records it holds (see scripts/lib/schema-fixtures/eras.ts). */
	era: { commit: string; firstQuizCommit?: string; note?: string };
	madeWith: { browser: string; dexie: string };
	/** Rows encoded for JSON (see `encodeValue` in scripts/lib/idb-snapshot.js). */
	database: DatabaseSnapshot;
}

export const fixtureDir = new URL('../../../tests/fixtures/schema/', import.meta.url);

export function fixtureUrl(version: number): URL {
	return new URL(`v${version}.json`, fixtureDir);
}

/** The versions that have a fixture file, oldest first. */
export function fixtureVersions(): number[] {
	return readdirSync(fixtureDir)
		.flatMap((file) => /^v(\d+)\.json$/.exec(file)?.slice(1) ?? [])
		.map(Number)
		.sort((a, b) => a - b);
}

export function hasFixture(version: number): boolean {
	return existsSync(fixtureUrl(version));
}

/** A fixture with its rows decoded, as IndexedDB held them. */
export function readFixture(version: number): SchemaFixture {
	const fixture = JSON.parse(readFileSync(fixtureUrl(version), 'utf8')) as SchemaFixture;
	if (fixture.format !== fixtureFormat || fixture.schemaVersion !== version) {
		throw new Error(
			`${fixtureUrl(version).pathname} is not the schema fixture of version ${version}`
		);
	}
	return { ...fixture, database: decodeSnapshot(fixture.database) };
}
