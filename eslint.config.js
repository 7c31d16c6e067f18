import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'public/data/', 'node_modules/', 'test/output/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine runs in workers and in Node (CLI, tests, bench): no map, no Svelte, no page.
    files: ['src/lib/{access,query,import,sites,data,fgb,stream,catalogue,tiles,userdata,measure,filter,charts,table}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['maplibre-gl', 'maplibre-gl/*', 'svelte', 'svelte/*', '*.svelte'], message: 'Engine code stays free of the map and Svelte (it runs in workers and Node).' },
            { group: ['**/components/**', '**/lib/map/**', '**/lib/state/**', '**/lib/browser/**', '../map/*', '../state/*', '../browser/*'], message: 'Engine code does not reach into the map, app state or page helpers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'document', message: 'No DOM in engine code.' }, { name: 'window', message: 'No DOM in engine code.' }, { name: 'localStorage', message: 'No page storage in engine code.' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
);
