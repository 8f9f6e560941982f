import { expect, test } from 'vitest';
import { fixedClock } from '$lib/domain/clock';

test('a fixed clock stands still until set or advanced', () => {
	const clock = fixedClock(1000);
	expect(clock.now()).toBe(1000);
	clock.advance(500);
	expect(clock.now()).toBe(1500);
	clock.set(42);
	expect(clock.now()).toBe(42);
});
