/**
 * `items[i]` for an index the caller knows to be in range. Throws otherwise: that is a bug in
 * the caller, not bad input.
 */
export function at<T>(items: readonly T[], i: number): T {
	const item = items[i];
	if (item === undefined) throw new RangeError(`no item at index ${i} of ${items.length}`);
	return item;
}
