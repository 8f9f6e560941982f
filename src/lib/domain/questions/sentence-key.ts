/** One source sentence: its block and quote. Facts quoting the same sentence share it. */
export function sentenceKey(block: string, quote: string): string {
	return `${block}\u0000${quote}`;
}
