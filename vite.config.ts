import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { webManifest } from './src/lib/web-manifest.ts';

export default defineConfig({
	// No preload helper in every chunk (1.2 KiB off each first load): the screens' lazy parts
	// come from the service worker's cache, where fetching an import's imports in turn costs
	// little, and SvelteKit still preloads each prerendered page's whole first load.
	build: { modulePreload: false },
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			strategies: 'generateSW',
			manifest: webManifest,
			// The manifest link is written statically into app.html so that it is on every
			// prerendered page without {@html}.
			injectRegister: false,
			kit: { adapterFallback: '200.html', spa: true },
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,woff2}',
					'prerendered/**/*.{html,json}'
				],
				// Take control of the page on the first visit, so it works offline at once.
				// Updates still wait for the learner (registerType: 'prompt').
				clientsClaim: true,
				cleanupOutdatedCaches: true
			}
		})
	],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// A fresh in-memory IndexedDB, installed before Dexie is first imported.
					setupFiles: ['fake-indexeddb/auto'],
					benchmark: { include: ['tests/bench/**/*.bench.ts'] }
				}
			}
		]
	}
});
