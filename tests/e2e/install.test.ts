import { expect, test } from 'vitest';
import { useApp, waitForServiceWorkerControl } from './support/app';

const app = useApp({ expectClean: false });

test('Chromium finds the app installable, with no errors', async () => {
	await app.page.goto(app.baseURL + '/');
	await waitForServiceWorkerControl(app.page);
	const cdp = await app.context.newCDPSession(app.page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors).toEqual([]);
});

test('the manifest names the app, its colours and its icons, each of which loads', async () => {
	const response = await app.page.goto(app.baseURL + '/manifest.webmanifest');
	const manifest = await response!.json();
	expect(manifest).toMatchObject({
		name: expect.any(String),
		short_name: expect.any(String),
		description: expect.any(String),
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: expect.stringMatching(/^#/),
		background_color: expect.stringMatching(/^#/)
	});
	const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
	expect(icons.some((icon) => icon.sizes === '192x192' && !icon.purpose)).toBe(true);
	expect(icons.some((icon) => icon.sizes === '512x512' && !icon.purpose)).toBe(true);
	expect(icons.some((icon) => icon.sizes === '512x512' && icon.purpose === 'maskable')).toBe(true);
	for (const icon of icons) {
		const image = await app.page.request.get(app.baseURL + icon.src);
		expect(image.status(), icon.src).toBe(200);
		expect(image.headers()['content-type']).toBe('image/png');
	}
});
