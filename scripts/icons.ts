// `npm run icons`: renders the app's icons (public/icons/*.png) from the one drawing,
// public/icons/icon.svg, in headless Chromium (the browser the e2e tests use). The PNGs are
// committed; run this after editing the SVG. "Maskable" icons are the same drawing on a full-bleed
// ink square: the mark already sits inside the central 80% circle that a launcher's mask keeps.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './read-data';

const INK = '#1f2328';
const dir = join(ROOT, 'public', 'icons');
const svg = readFileSync(join(dir, 'icon.svg'));
const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;

/** Every PNG the manifest and index.html name: file, size in px, and whether its corners are filled. */
const ICONS = [
  { file: 'icon-192.png', size: 192, fullBleed: false },
  { file: 'icon-512.png', size: 512, fullBleed: false },
  { file: 'icon-maskable-192.png', size: 192, fullBleed: true },
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true },
  { file: 'apple-touch-icon.png', size: 180, fullBleed: true },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const background = icon.fullBleed ? INK : 'transparent';
    await page.setContent(`<body style="margin:0;background:${background}"><img src="${src}" width="${icon.size}" height="${icon.size}" style="display:block"></body>`);
    await page.waitForFunction(() => document.querySelector('img')?.complete === true);
    writeFileSync(join(dir, icon.file), await page.screenshot({ omitBackground: !icon.fullBleed }));
    await page.close();
    console.log(`public/icons/${icon.file}: ${icon.size}×${icon.size}${icon.fullBleed ? ', full bleed' : ''}`);
  }
} finally {
  await browser.close();
}
