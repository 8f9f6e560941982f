const key = 'sourced-tab-id';

/**
 * This browser tab's identity: kept in sessionStorage, which a reload keeps and another tab
 * does not share, so Undo after a reload still finds this tab's ratings and never another's.
 * Without sessionStorage (a locked-down browser) every call of a page gets the same new id.
 */
export function tabId(
	storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = sessionStorageOrNone()
): string {
	const stored = storage?.getItem(key);
	if (stored) return stored;
	const id = crypto.randomUUID();
	try {
		storage?.setItem(key, id);
	} catch {
		// Storage full or refused: the id lives as long as this page.
	}
	fallback ??= id;
	return storage ? id : fallback;
}

let fallback: string | undefined;

function sessionStorageOrNone(): Storage | undefined {
	try {
		return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
	} catch {
		return undefined;
	}
}
