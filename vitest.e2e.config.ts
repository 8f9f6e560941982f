import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium against the production build in build/, served by the
// tests themselves on a free port. Run `npm run build` first (npm test does).
export default defineConfig({
	test: {
		name: 'e2e',
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/support/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// Chromium instances are heavy on a 2-core machine: one test file at a time.
		fileParallelism: false
	}
});
