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
