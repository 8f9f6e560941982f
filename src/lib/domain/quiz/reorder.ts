/** `items` with the item at `from` taken out and put in at `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
	const last = items.length - 1;
	const source = Math.min(Math.max(from, 0), last);
	const target = Math.min(Math.max(to, 0), last);
	const next = [...items];
	const [item] = next.splice(source, 1);
	if (item === undefined) return next;
	next.splice(target, 0, item);
	return next;
}
