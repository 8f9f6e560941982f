/**
 * The fact id a URL fragment names (`#china-first` → `china-first`), or `null` for a fragment
 * that is not valid percent-encoding (`#%E0%A4%A`): a link typed or cut short by hand must show
 * a notice, never throw.
 */
export function factIdFromFragment(hash: string): string | null {
	try {
		return decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return null;
	}
}
