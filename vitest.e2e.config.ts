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
		// Two files at a time, each with its own Chromium: on a 2-core machine the tests wait on
		// the browser as much as they compute, and the suite takes a fifth less time than one
		// file at a time. Timeouts are set for that load.
		fileParallelism: true,
		maxWorkers: 2
	}
});
