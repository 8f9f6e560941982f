/**
 * Whether one option stands out by its length, a cue test-wise learners use: the longest
 * option is more than 6 characters and 60 % longer than the next longest, or the shortest
 * equally shorter than the next shortest.
 */
export function standsOutByLength(options: readonly string[]): boolean {
	if (options.length < 2) return false;
	const lengths = options.map((option) => option.length).sort((a, b) => a - b);
	const gap = (longer: number, shorter: number) => longer - shorter > Math.max(6, shorter * 0.6);
	const [shortest = 0, nextShortest = 0] = lengths;
	const [longest = 0, nextLongest = 0] = lengths.reverse();
	return gap(longest, nextLongest) || gap(nextShortest, shortest);
}
