// Serves the built app (build/) the way a static host would: `/quiz` → quiz.html, unknown
// paths → the SPA fallback 200.html, precompressed .gz when the browser accepts gzip.
import { createServer } from 'node:http';
import sirv from 'sirv';

const buildDir = new URL('../build/', import.meta.url).pathname;

/**
 * Headers every response carries. The pages' own CSP is a meta tag (a static host may not let
 * us set headers), and a meta CSP cannot forbid framing: `frame-ancestors` and
 * `X-Frame-Options` must come as headers. The README lists them for any host.
 */
export const securityHeaders = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer'
};

/**
 * Starts the server on `port` (0 picks a free one); resolves with the server and its URL.
 * `override(pathname)` may return a body to send instead of the file (tests use it to
 * publish a "new version" of the service worker).
 * @param {{ port?: number, host?: string, override?: (pathname: string) => string | undefined }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function startStaticServer({ port = 0, host = '127.0.0.1', override } = {}) {
	const assets = sirv(buildDir, {
		single: '200.html',
		gzip: true,
		etag: true,
		setHeaders(res, pathname) {
			// Hashed files never change; everything else (pages, sw.js, the manifest) is revalidated.
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
		}
	});
	const server = createServer((req, res) => {
		for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
		const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
		const body = override?.(pathname);
		if (body === undefined) return assets(req, res);
		res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-cache' });
		res.end(body);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			resolve({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}` });
		});
	});
}
