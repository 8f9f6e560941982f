import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';

// What `npm start` sends with every response (the README lists them for other hosts): no
// framing, no cross-origin opener, no MIME sniffing, no referrer.
test('every response forbids framing and carries the isolation headers', async () => {
	const baseURL = inject('baseURL');
	for (const path of ['/', '/learn', '/sw.js', '/manifest.webmanifest', '/no-such-page']) {
		const response = await fetch(baseURL + path);
		expect(response.headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'");
		expect(response.headers.get('x-frame-options'), path).toBe('DENY');
		expect(response.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
		expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
		expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
	}
});

// The prerendered pages' own policy (a meta CSP): scripts and styles only from the app or by
// hash. Inlined stylesheets are hashed; no markup carries a style attribute.
test('every prerendered page allows no inline style or script but its own, by hash', async () => {
	const build = join(process.cwd(), 'build');
	const pages = (await readdir(build, { recursive: true })).filter((file) =>
		file.endsWith('.html')
	);
	expect(pages.length).toBeGreaterThanOrEqual(8);
	for (const page of pages) {
		const html = await readFile(join(build, page), 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(policy, page).toBeDefined();
		const directive = (name: string) =>
			policy
				?.split(';')
				.map((part) => part.trim().split(/\s+/))
				.find(([first]) => first === name)
				?.slice(1) ?? [];
		expect(directive('script-src'), page).not.toContain("'unsafe-inline'");
		expect(directive('style-src'), page).not.toContain("'unsafe-inline'");
		for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
			const hash = `'sha256-${createHash('sha256')
				.update(css ?? '')
				.digest('base64')}'`;
			expect(directive('style-src'), page).toContain(hash);
		}
		expect(html, page).not.toMatch(/<[a-z][^>]*\sstyle="/i);
	}
});
