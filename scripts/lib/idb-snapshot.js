// A whole IndexedDB database as plain data: its version, every object store with its key path
// and indexes, and every row. `exportDatabase` and `restoreDatabase` use the global
// `indexedDB` unless given another IDBFactory, and refer to nothing outside their own bodies,
// so that Playwright can run them inside a page as they are (`page.evaluate(fn, arg)`).
// Rows cross into JSON through `encodeValue`/`decodeValue`, which spell out what JSON cannot.

/**
 * @typedef {object} IndexSnapshot
 * @property {string} name
 * @property {string | string[]} keyPath
 * @property {boolean} unique
 * @property {boolean} multiEntry
 */

/**
 * @typedef {object} StoreSnapshot
 * @property {string} name
 * @property {string | string[] | null} keyPath
 * @property {boolean} autoIncrement
 * @property {IndexSnapshot[]} indexes Sorted by name.
 * @property {unknown[]} rows In primary-key order.
 * @property {unknown[]} [keys] The rows' keys, for a store whose keys are not in its rows.
 */

/**
 * @typedef {object} DatabaseSnapshot
 * @property {string} name
 * @property {number} version The IndexedDB version (Dexie stores its version × 10).
 * @property {StoreSnapshot[]} stores Sorted by name.
 */

/**
 * Reads a whole database in one read-only transaction. Rejects when there is no database of
 * that name (opening one would create it).
 * @param {string} name
 * @param {IDBFactory} [factory]
 * @returns {Promise<DatabaseSnapshot>}
 */
export async function exportDatabase(name, factory = indexedDB) {
	const known = await factory.databases();
	if (!known.some((database) => database.name === name)) {
		throw new Error(`No database named ${name}`);
	}
	/** @type {IDBDatabase} */
	const db = await new Promise((resolve, reject) => {
		const request = factory.open(name);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	try {
		const names = [...db.objectStoreNames].sort();
		if (names.length === 0) return { name, version: db.version, stores: [] };
		const transaction = db.transaction(names, 'readonly');
		/** @type {<T>(request: IDBRequest<T>) => Promise<T>} */
		const result = (request) =>
			new Promise((resolve, reject) => {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		const stores = await Promise.all(
			names.map(async (storeName) => {
				const store = transaction.objectStore(storeName);
				const indexes = [...store.indexNames].sort().map((indexName) => {
					const index = store.index(indexName);
					return {
						name: index.name,
						keyPath: index.keyPath,
						unique: index.unique,
						multiEntry: index.multiEntry
					};
				});
				const rows = await result(store.getAll());
				/** @type {StoreSnapshot} */
				const snapshot = {
					name: storeName,
					keyPath: store.keyPath,
					autoIncrement: store.autoIncrement,
					indexes,
					rows
				};
				if (store.keyPath === null) snapshot.keys = await result(store.getAllKeys());
				return snapshot;
			})
		);
		return { name, version: db.version, stores };
	} finally {
		db.close();
	}
}

/**
 * Creates the database exactly as `snapshot` describes it: same IndexedDB version, stores,
 * key paths, indexes and rows, written in its one upgrade transaction. Rejects, changing
 * nothing, when a database of that name already exists.
 * @param {DatabaseSnapshot} snapshot Rows decoded (see `decodeSnapshot`).
 * @param {IDBFactory} [factory]
 * @returns {Promise<void>}
 */
export async function restoreDatabase(snapshot, factory = indexedDB) {
	const known = await factory.databases();
	if (known.some((database) => database.name === snapshot.name)) {
		throw new Error(`A database named ${snapshot.name} already exists`);
	}
	await new Promise((resolve, reject) => {
		const request = factory.open(snapshot.name, snapshot.version);
		request.onupgradeneeded = () => {
			const db = request.result;
			for (const store of snapshot.stores) {
				const created = db.createObjectStore(store.name, {
					keyPath: store.keyPath,
					autoIncrement: store.autoIncrement
				});
				for (const index of store.indexes) {
					created.createIndex(index.name, index.keyPath, {
						unique: index.unique,
						multiEntry: index.multiEntry
					});
				}
				store.rows.forEach((row, position) => {
					if (store.keyPath === null) {
						created.add(row, /** @type {IDBValidKey} */ (store.keys?.[position]));
					} else created.add(row);
				});
			}
		};
		request.onsuccess = () => {
			request.result.close();
			resolve(undefined);
		};
		request.onerror = () => reject(request.error);
		request.onblocked = () => reject(new Error(`Opening ${snapshot.name} was blocked`));
	});
}

/** The tag of a value JSON cannot hold as itself; an object with this key is escaped. */
const tag = '$type';

/**
 * `value` as JSON-safe data: strings, booleans, null, finite numbers, arrays and plain objects
 * stay as they are; `undefined`, NaN, ±Infinity, -0 and Dates become `{ "$type": … }`, and a
 * plain object that has a `$type` key of its own is wrapped. Anything else (binary data, Map,
 * Set, class instances) throws: the app stores none, and a fixture must not lose it silently.
 * @param {unknown} value
 * @returns {unknown}
 */
export function encodeValue(value) {
	if (value === undefined) return { [tag]: 'undefined' };
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') {
		if (Number.isNaN(value)) return { [tag]: 'number', value: 'NaN' };
		if (value === Infinity) return { [tag]: 'number', value: 'Infinity' };
		if (value === -Infinity) return { [tag]: 'number', value: '-Infinity' };
		if (Object.is(value, -0)) return { [tag]: 'number', value: '-0' };
		return value;
	}
	if (value instanceof Date) return { [tag]: 'Date', value: encodeValue(value.getTime()) };
	if (Array.isArray(value)) return Array.from(value, (item) => encodeValue(item));
	if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		/** @type {Record<string, unknown>} */
		const fields = {};
		for (const [key, field] of Object.entries(value)) fields[key] = encodeValue(field);
		return Object.hasOwn(fields, tag) ? { [tag]: 'object', value: fields } : fields;
	}
	throw new TypeError(`Cannot encode a ${Object.prototype.toString.call(value)} as JSON`);
}

/**
 * The inverse of `encodeValue`.
 * @param {unknown} value
 * @returns {unknown}
 */
export function decodeValue(value) {
	if (Array.isArray(value)) return value.map((item) => decodeValue(item));
	if (value === null || typeof value !== 'object') return value;
	/** @type {Record<string, unknown>} */
	const fields = /** @type {Record<string, unknown>} */ (value);
	if (Object.hasOwn(fields, tag)) {
		switch (fields[tag]) {
			case 'undefined':
				return undefined;
			case 'number':
				return Number(fields.value);
			case 'Date':
				return new Date(/** @type {number} */ (decodeValue(fields.value)));
			case 'object':
				return decodeFields(/** @type {Record<string, unknown>} */ (fields.value));
			default:
				throw new TypeError(`Unknown ${tag}: ${String(fields[tag])}`);
		}
	}
	return decodeFields(fields);
}

/**
 * @param {Record<string, unknown>} fields
 * @returns {Record<string, unknown>}
 */
function decodeFields(fields) {
	/** @type {Record<string, unknown>} */
	const decoded = {};
	for (const [key, field] of Object.entries(fields)) decoded[key] = decodeValue(field);
	return decoded;
}

/**
 * @param {DatabaseSnapshot} snapshot Rows as read from IndexedDB.
 * @returns {DatabaseSnapshot} Rows (and out-of-line keys) encoded for JSON.
 */
export function encodeSnapshot(snapshot) {
	return {
		...snapshot,
		stores: snapshot.stores.map((store) => ({
			...store,
			rows: store.rows.map((row) => encodeValue(row)),
			...(store.keys ? { keys: store.keys.map((key) => encodeValue(key)) } : {})
		}))
	};
}

/**
 * @param {DatabaseSnapshot} snapshot Rows as stored in JSON.
 * @returns {DatabaseSnapshot} Rows as IndexedDB holds them.
 */
export function decodeSnapshot(snapshot) {
	return {
		...snapshot,
		stores: snapshot.stores.map((store) => ({
			...store,
			rows: store.rows.map((row) => decodeValue(row)),
			...(store.keys ? { keys: store.keys.map((key) => decodeValue(key)) } : {})
		}))
	};
}
