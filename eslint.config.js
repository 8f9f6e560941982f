import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'dev-dist/'] },
	js.configs.recommended,
	...ts.configs.strict,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// Types are checked by svelte-check/tsc; this rule misfires on TS globals.
			'no-undef': 'off'
		}
	},
	{
		// Text the app shows (the article, imported packs and backups) is rendered as text, never
		// parsed as HTML: no `{@html}`, no `innerHTML` and kin anywhere in the app.
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		rules: {
			'svelte/no-at-html-tags': 'error',
			'no-restricted-properties': [
				'error',
				...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc'].map((property) => ({
					property,
					message: 'Render text as text: HTML built from strings is banned in src (see README).'
				}))
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
					message: 'document.write is banned in src.'
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The functional core stays pure: no UI, storage, framework or Vite-only imports.
		files: ['src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'svelte',
								'svelte/*',
								'$app/*',
								'$lib/*',
								'dexie',
								'*.svelte',
								'*?raw',
								'*?url'
							],
							message:
								'src/lib/domain is pure TypeScript: relative imports of other domain modules only.'
						},
						{
							// By path, at any depth: '../../../db/database' as much as '../db/x'.
							regex: '^(\\.\\./)+(db|state|components|content|routes)(/|$)|(^|/)src/',
							message:
								'The domain must not depend on the shell (db, state, components, content, routes).'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				{ name: 'window', message: 'No DOM in the domain.' },
				{ name: 'document', message: 'No DOM in the domain.' },
				{ name: 'indexedDB', message: 'Storage belongs in src/lib/db.' },
				{ name: 'localStorage', message: 'Storage belongs in src/lib/db.' }
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
					message: 'Use a seeded random source.'
				},
				{
					selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
					message: 'Inject a Clock.'
				},
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'Inject a Clock.'
				}
			]
		}
	},
	{
		// In tests a failed assumption should throw where it is made.
		files: ['tests/**'],
		rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
	},
	{
		// Only src/lib/db touches Dexie.
		files: ['src/lib/state/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'dexie', message: 'Go through a repository in src/lib/db.' }] }
			]
		}
	},
	{
		// Pages and components reach storage only through state: not Dexie, not src/lib/db.
		files: ['src/routes/**', 'src/lib/components/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [{ name: 'dexie', message: 'Go through a repository in src/lib/db.' }],
					patterns: [
						{
							regex: '^\\$lib/db(/|$)|^(\\.\\./)+(lib/)?db(/|$)',
							message: 'Pages and components reach storage through src/lib/state, never src/lib/db.'
						}
					]
				}
			]
		}
	}
);
