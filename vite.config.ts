/// <reference types="vitest/config" />
// Vite builds the app; Vitest runs the unit and component tests (tests/unit) with the same config.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * index.html's Content-Security-Policy allows no inline style. The dev server alone injects the
 * components' CSS as <style> elements (for hot reload), so only the dev page relaxes style-src.
 */
const devInlineStyles: Plugin = {
  name: 'atlas:dev-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

export default defineConfig({
  plugins: [
    svelte(),
    svelteTesting(),
    devInlineStyles,
    // The service worker (Workbox): precaches the whole build, so the atlas opens offline. Each file
    // is precached under its content hash (assets/ carry it in their names, the data files get a
    // revision), so a data release is a new service worker. A new version waits until the user takes
    // it ("A new version is ready — Reload", src/components/offline.ts); the first one takes charge
    // of the page at once. The manifest and icons are committed in public/.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,ttf,svg,png,webmanifest}'],
        // jsPDF's html() loads these two; the PDF export draws through svg2pdf.js and never calls it.
        globIgnores: ['**/assets/html2canvas-*.js', '**/assets/purify.es-*.js'],
        // Room for the largest file, the PDF font (DejaVu Sans, 757 kB), and for the data to grow.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // index.html lives in src/ so the top level stays as the client fixed it.
  root: here('src'),
  publicDir: here('public'),
  base: './',
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    root: here('.'),
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 60_000,
  },
});
