import type { ManifestOptions } from 'vite-plugin-pwa';

/** Brand colours shared by the web manifest and app.html's theme-color meta tags. */
export const brand = {
	name: 'Sourced — study the news',
	shortName: 'Sourced',
	themeColor: '#1f3a5f',
	backgroundColor: '#f7f6f2'
} as const;

/** The web app manifest. Icons are generated from static/icon.svg by `npm run icons`. */
export const webManifest: Partial<ManifestOptions> = {
	id: '/',
	name: brand.name,
	short_name: brand.shortName,
	description:
		'Quizzes and flashcards drawn from a news article, every question one tap from its source sentence. Works offline.',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'portrait',
	lang: 'en',
	theme_color: brand.themeColor,
	background_color: brand.backgroundColor,
	icons: [
		{ src: '/pwa-64x64.png', sizes: '64x64', type: 'image/png' },
		{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
		{ src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
		{ src: '/maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	]
};
