import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The one inline style attribute the app allows: SvelteKit's route announcer (a visually
 * hidden live region) carries a fixed `style`, which a CSP can allow only by its hash with
 * 'unsafe-hashes'. Read from SvelteKit itself, so an upgrade that changes it cannot go unseen.
 * @returns {`sha256-${string}`}
 */
function announcerStyleHash() {
	const root = readFileSync(
		new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url),
		'utf8'
	);
	const style = /<div id="svelte-announcer"[^>]*\sstyle="([^"]+)"/.exec(root)?.[1];
	if (!style) throw new Error("svelte.config.js: SvelteKit's route announcer has no inline style");
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: '200.html' }),
		// Absolute paths: with relative ones the service worker registers with scope './'
		// and nested routes try to load it from the wrong place.
		paths: { relative: false },
		// Every stylesheet of a page is inlined into its prerendered HTML: nothing blocks the
		// first paint but the HTML itself. SvelteKit hashes each inlined sheet into the CSP.
		inlineStyleThreshold: Infinity,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// No 'unsafe-inline': inlined sheets are allowed by their hashes (added by SvelteKit),
				// the announcer's style attribute by its own. Components set no style attributes in
				// markup (a swipe or a progress bar sets a property through the CSSOM).
				'style-src': ['self', 'unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
