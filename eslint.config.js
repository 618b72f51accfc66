import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'.svelte-kit/',
			'build/',
			'dist/',
			'**/.wrangler/',
			'node_modules/',
			'.scratch/',
			'workers/api/public/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
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
		// The core is pure TypeScript shared by every host: no DOM-only, Node or Cloudflare
		// imports, and no reaching into the hosts.
		files: ['src/lib/core/**/*.ts'],
		ignores: ['src/lib/core/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['node:*'], message: 'src/lib/core must not import Node built-ins.' },
						{
							group: ['$app/*', '$env/*', '@sveltejs/*', 'cloudflare:*', '@cloudflare/*'],
							message: 'src/lib/core must not import platform modules.'
						},
						{
							group: ['**/browser/**', '**/server/**', '**/cli/**', '**/workers/**'],
							message: 'src/lib/core must not import host code.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				{ name: 'window', message: 'src/lib/core runs outside the DOM.' },
				{ name: 'document', message: 'src/lib/core runs outside the DOM.' },
				{ name: 'process', message: 'src/lib/core runs outside Node.' },
				{ name: 'Buffer', message: 'src/lib/core runs outside Node.' }
			]
		}
	},
	{
		// Extension code runs in Chrome (content script, service worker, options page): no Node.
		files: ['extension/src/**/*.ts'],
		ignores: ['extension/src/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['node:*'], message: 'extension code runs in Chrome, not Node.' }] }
			]
		}
	},
	{
		// No import cycles anywhere (type imports included): data flows one way.
		files: ['**/*.ts'],
		plugins: { 'import-x': importX },
		settings: {
			...importX.flatConfigs.typescript.settings,
			'import-x/resolver-next': [
				createTypeScriptImportResolver({
					project: ['tsconfig.json', 'workers/api/tsconfig.json'],
					noWarnOnMultipleProjects: true
				})
			]
		},
		rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] }
	},
	{
		// Hosts meet only in src/lib (core, contracts): the app, the extension and the Workers
		// never import each other's code.
		files: ['src/**/*.ts', 'src/**/*.svelte', 'extension/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['**/workers/**'], message: 'hosts must not import a Worker.' }] }
			]
		}
	},
	{
		// Each Worker imports only the core, the contracts and workers/shared (the store and the
		// learning cycle both run on); workers/shared imports no Worker.
		files: ['workers/retrain/**/*.ts', 'workers/shared/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['**/api/src/**'], message: 'a Worker must not import another Worker.' },
						{ group: ['**/retrain/src/**'], message: 'a Worker must not import another Worker.' }
					]
				}
			]
		}
	},
	{
		// The workerd tests drive both Workers over the same D1/R2 (the cron handler included).
		files: ['workers/api/**/*.ts'],
		ignores: ['workers/api/test/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['**/retrain/src/**'], message: 'a Worker must not import another Worker.' },
						{ group: ['**/extension/**'], message: 'a Worker must not import the extension.' }
					]
				}
			]
		}
	}
);
