// `npm start`: serves the production build on http://localhost:4173 until stopped.
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.js';

if (!existsSync(new URL('../build/200.html', import.meta.url))) {
	console.error(
		'No production build found: run `npm run build` (or `npm start`, which builds first).'
	);
	process.exit(1);
}

const port = Number(process.env.PORT ?? 4173);
const { url } = await startStaticServer({ port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Sourced is running at ${url}  (Ctrl+C to stop)`);
