import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// All icons are generated from static/icon.svg by `npm run icons`; the PNGs are committed.
export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset: {
		...minimal2023Preset,
		maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#1f3a5f' } },
		apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#1f3a5f' } }
	},
	images: ['static/icon.svg']
});
