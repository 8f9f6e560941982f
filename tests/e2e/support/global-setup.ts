import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/static-server.js';
import { chromiumPath } from './chromium';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync('build/200.html')) {
		throw new Error('No production build in build/: run `npm run build` first (`npm test` does).');
	}
	chromiumPath(); // fail fast, with the install command, when no browser is found
	const { server, url } = await startStaticServer();
	project.provide('baseURL', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
