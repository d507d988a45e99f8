// Lint: TypeScript and Svelte rules, plus the architecture: Svelte only in state/ and components,
// sigma only in render/, export/ and GraphCanvas, the page (window, document) only in components and
// the download, PNG and PDF modules, and model/ importing nothing from build/.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const SVELTE = { group: ['svelte', 'svelte/*', '*.svelte'], message: 'src/lib is UI-free: only state/ may use Svelte.' };
const SIGMA = { group: ['sigma', 'sigma/*', '@sigma/*'], message: 'Only render/ and export/ import sigma.' };
const BUILD = { group: ['**/build/*'], message: 'model/ is the base: it imports nothing from build/.' };
const DOM_GLOBALS = ['window', 'document', 'location', 'history', 'localStorage', 'sessionStorage'].map((name) => ({
  name, message: `${name}: only components and export/download.ts, png.ts and pdf.ts touch the page.`,
}));

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
  // Architecture: the boundaries of ../shared/STYLE.md, kept by lint.
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/state/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SVELTE] }] },
  },
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/render/**', 'src/lib/export/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SIGMA] }] }, // state/: Svelte yes, sigma no
  },
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/state/**', 'src/lib/render/**', 'src/lib/export/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SVELTE, SIGMA] }] },
  },
  {
    files: ['src/lib/model/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SVELTE, SIGMA, BUILD] }] },
  },
  {
    files: ['src/components/**/*.svelte'],
    ignores: ['src/components/GraphCanvas.svelte'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['sigma', '@sigma/*'], message: 'The Sigma instance stays inside GraphCanvas.svelte.' }] }] },
  },
  {
    // The DOM belongs to components; in src/lib only the download, PNG and PDF modules touch it.
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/export/download.ts', 'src/lib/export/png.ts', 'src/lib/export/pdf.ts'],
    rules: { 'no-restricted-globals': ['error', ...DOM_GLOBALS] },
  },
);
