/** Lapses at which a fact counts as a leech: Anki's default. */
export const leechThreshold = 8;

/**
 * Whether a rating that took a fact's lapses from `before` to `after` makes it a leech, by
 * Anki's rule: at the threshold, and again every half-threshold after it (8, 12, 16…), so a
 * fact unsuspended and forgotten again is caught again.
 */
export function becomesLeech(before: number, after: number, threshold = leechThreshold): boolean {
	if (after <= before || after < threshold) return false;
	const every = Math.max(1, Math.ceil(threshold / 2));
	return (after - threshold) % every === 0;
}
