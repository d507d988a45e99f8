// Lint: TypeScript and Svelte rules, plus the architecture rule that src/lib (but state/) stays
// free of Svelte and that only render/ and export/ import sigma.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'public/generated/', 'coverage/', 'data/_incoming/', 'scratch/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/state/**', 'src/lib/render/**', 'src/lib/export/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['svelte', 'svelte/*', '*.svelte'], message: 'src/lib is UI-free: only state/ may use Svelte.' },
        { group: ['sigma', 'sigma/*', '@sigma/*'], message: 'Only render/ and export/ import sigma.' },
      ] }],
    },
  },
);
