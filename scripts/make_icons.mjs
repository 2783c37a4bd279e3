#!/usr/bin/env node
// Renders the app's PNG icons from web/icon.svg with headless Chromium (Playwright from
// web-tests/node_modules, Debian's /usr/bin/chromium). The PNGs are committed under web/; run this
// again only when web/icon.svg changes:
//
//   node scripts/make_icons.mjs
//
// Writes web/icon-192.png and web/icon-512.png (the rounded icon, transparent corners),
// web/icon-maskable-512.png (full-bleed background, the picture inside the central 80 % safe zone,
// so any mask shape a launcher applies keeps it whole) and web/apple-touch-icon.png (180 px, square,
// opaque: iOS rounds the corners itself).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'web-tests', 'package.json'));
const { chromium } = require('@playwright/test');

const svg = fs.readFileSync(path.join(root, 'web', 'icon.svg'), 'utf8');
const background = (svg.match(/<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/) || [])[1] || '#1d4e6b';
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
// For the opaque variants: the picture without its rounded background, drawn on a full square.
const inner = svg.replace(/<rect[^>]*rx="[^"]*"[^>]*\/>/, '');
const innerUrl = `data:image/svg+xml;base64,${Buffer.from(inner).toString('base64')}`;

const ICONS = [
  { file: 'icon-192.png', size: 192, html: (s) => img(dataUrl, s, s) },
  { file: 'icon-512.png', size: 512, html: (s) => img(dataUrl, s, s) },
  { file: 'icon-maskable-512.png', size: 512, html: (s) => square(s, 0.8) },
  { file: 'apple-touch-icon.png', size: 180, html: (s) => square(s, 1) },
];

function img(url, box, size) {
  const margin = (box - size) / 2;
  return `<img src="${url}" width="${size}" height="${size}" style="position:absolute;left:${margin}px;top:${margin}px">`;
}
function square(size, scale) {
  return `<div style="position:absolute;inset:0;background:${background}"></div>${img(innerUrl, size, size * scale)}`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${icon.html(icon.size)}</body></html>`);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    const out = path.join(root, 'web', icon.file);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    await page.close();
    console.log(`${path.relative(root, out)}: ${icon.size}x${icon.size}, ${fs.statSync(out).size} bytes`);
  }
} finally {
  await browser.close();
}
