// `node scripts/run-parallel.js check lint`: runs npm scripts side by side, each one's output
// printed whole when it ends (not interleaved), and exits 1 if any failed. For single-threaded
// steps (svelte-check, eslint) on a machine with cores to spare.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
	console.error('usage: node scripts/run-parallel.js <npm script>...');
	process.exit(2);
}

/**
 * @param {string} name
 * @returns {Promise<{ name: string, code: number, output: string, ms: number }>}
 */
function run(name) {
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', name], {
			env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' }
		});
		/** @type {Buffer[]} */
		const chunks = [];
		child.stdout.on('data', (chunk) => chunks.push(chunk));
		child.stderr.on('data', (chunk) => chunks.push(chunk));
		child.on('close', (code) =>
			resolve({
				name,
				code: code ?? 1,
				output: Buffer.concat(chunks).toString(),
				ms: Date.now() - started
			})
		);
	});
}

const results = await Promise.all(
	names.map((name) =>
		run(name).then((result) => {
			const verdict = result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`;
			process.stdout.write(`\n> npm run ${name}\n${result.output}`);
			console.log(`npm run ${name}: ${verdict} in ${(result.ms / 1000).toFixed(1)} s`);
			return result;
		})
	)
);
process.exit(results.some((result) => result.code !== 0) ? 1 : 0);
