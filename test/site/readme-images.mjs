// Makes the README's two pictures, docs/images/classic.png and docs/images/themes.png:
// `npm run build && node test/site/readme-images.mjs`. The countdowns run the built embed file
// with the themes of demo/themes/, in the system Chromium with the site tests' fonts and clock,
// so that a picture changes only when what the element shows does. Look at them before committing.
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { chromiumArgs, executablePath } from '../chromium.mjs';
import { FIXED_NOW } from './site.mjs';

const ROOT = new URL('../../', import.meta.url);
const FONTS = fileURLToPath(new URL('./fonts.conf', import.meta.url));
/** The pictures' page: an origin of its own, answered from the files, so nothing reaches the network. */
const ORIGIN = 'http://readme-images.test';
const THEMES = ['classic', 'flip', 'inline', 'hero', 'badge'];

const files = {
  '/release-countdown.js': ['text/javascript', 'dist/release-countdown.js'],
  '/release-countdown.css': ['text/css', 'dist/release-countdown.css'],
  ...Object.fromEntries(THEMES.map((theme) => [`/themes/${theme}.css`, ['text/css', `demo/themes/${theme}.css`]])),
};

const page = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>release-countdown</title>
<script type="module" src="/release-countdown.js"></script>
<link rel="stylesheet" href="/release-countdown.css">
${THEMES.map((theme) => `<link rel="stylesheet" href="/themes/${theme}.css">`).join('\n')}
<style>
  body { margin: 0; padding: 16px; font-family: sans-serif; background: #fff; color: #111827; }
  .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; }
  .wide { grid-column: 1 / -1; }
  p { margin: 0; }
</style></head>
<body>${body}</body></html>`;

const CLASSIC =
  page(`<release-countdown id="shot" class="classic" date="2027-03-12T09:00" time-zone="Asia/Tokyo" title="Midnight Harbor, Season 2" unit-display="short">
  <div part="title">Midnight Harbor, Season 2</div>
  <div part="date">March 12, 2027 at 9:00 AM GMT+9</div>
  <div part="countdown"></div>
</release-countdown>`);

const ALL_FIVE = page(`<div id="shot" class="grid">
  <release-countdown class="classic" date="2027-03-12T09:00" time-zone="Asia/Tokyo" title="Classic" unit-display="short"></release-countdown>
  <release-countdown class="flip" date="2027-03-12T09:00" time-zone="Asia/Tokyo" title="Flip" unit-display="short"></release-countdown>
  <release-countdown class="hero wide" date="2027-03-12T09:00" time-zone="Asia/Tokyo" title="Hero" unit-display="short" calendar></release-countdown>
  <p>Inline: Season 2 arrives in <release-countdown class="inline" format="text" date="2027-03-12T09:00" time-zone="Asia/Tokyo" title="Season 2"></release-countdown>.</p>
  <p>Badge: Season 2 <release-countdown class="badge" format="compact" date="2027-03-12T09:00" time-zone="Asia/Tokyo" title="Season 2"></release-countdown></p>
</div>`);

async function shoot(browser, html, width, output) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-US', timezoneId: 'UTC' });
  const tab = await context.newPage();
  await tab.clock.install({ time: FIXED_NOW.getTime() - 1000 });
  await tab.clock.pauseAt(FIXED_NOW);
  await tab.route(`${ORIGIN}/**`, (request) => {
    const { pathname } = new URL(request.request().url());
    if (pathname === '/') return request.fulfill({ contentType: 'text/html', body: html });
    const [contentType, path] = files[pathname];
    return request.fulfill({ contentType, body: readFileSync(new URL(path, ROOT)) });
  });
  await tab.goto(`${ORIGIN}/`);
  await tab.evaluate(async () => {
    await customElements.whenDefined('release-countdown');
    await Promise.all([...document.querySelectorAll('release-countdown')].map((countdown) => countdown.updateComplete));
  });
  const png = await tab.locator('#shot').screenshot({ animations: 'disabled' });
  writeFileSync(new URL(output, ROOT), withPalette(PNG.sync.read(png)));
  await context.close();
}

/**
 * The picture as a PNG of at most 256 colours (median cut), about a fifth of Chromium's
 * true-colour file: the README's pictures are downloaded by every reader, and the hero theme's
 * gradient alone holds thousands of colours, which a palette renders with faint bands.
 */
function withPalette({ width, height, data }) {
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) {
    const rgb = data.readUIntBE(i, 3);
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  const channels = (rgb) => [rgb >> 16, (rgb >> 8) & 255, rgb & 255];
  let boxes = [[...counts.keys()]];
  while (boxes.length < 256) {
    const spans = boxes.map((colors) =>
      [0, 1, 2].map((channel) => {
        const values = colors.map((rgb) => channels(rgb)[channel]);
        return Math.max(...values) - Math.min(...values);
      }),
    );
    const widest = spans
      .map((span) => Math.max(...span))
      .reduce((best, span, index, all) => (span > all[best] ? index : best), 0);
    if (Math.max(...spans[widest]) === 0) break;
    const channel = spans[widest].indexOf(Math.max(...spans[widest]));
    const colors = boxes[widest].sort((a, b) => channels(a)[channel] - channels(b)[channel]);
    const total = colors.reduce((sum, rgb) => sum + counts.get(rgb), 0);
    let seen = 0;
    let cut = 1;
    while (cut < colors.length - 1 && seen + counts.get(colors[cut - 1]) < total / 2)
      seen += counts.get(colors[cut++ - 1]);
    boxes.splice(widest, 1, colors.slice(0, cut), colors.slice(cut));
  }
  const palette = boxes.map((colors) => {
    const weight = colors.reduce((sum, rgb) => sum + counts.get(rgb), 0);
    return [0, 1, 2].map((channel) =>
      Math.round(colors.reduce((sum, rgb) => sum + channels(rgb)[channel] * counts.get(rgb), 0) / weight),
    );
  });
  const nearest = new Map();
  for (const rgb of counts.keys()) {
    const color = channels(rgb);
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((entry, index) => {
      const distance = entry.reduce((sum, value, channel) => sum + (value - color[channel]) ** 2, 0);
      if (distance < bestDistance) [best, bestDistance] = [index, distance];
    });
    nearest.set(rgb, best);
  }
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      rows[y * (width + 1) + 1 + x] = nearest.get(data.readUIntBE((y * width + x) * 4, 3));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit indices into a palette, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type, body) {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  let crc = 0xffffffff;
  for (const byte of typed) crc = CRC_TABLE[(crc ^ byte) & 255] ^ (crc >>> 8);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return Buffer.concat([length, typed, checksum]);
}

const browser = await chromium.launch({
  executablePath,
  args: chromiumArgs,
  env: { ...process.env, FONTCONFIG_FILE: FONTS },
});
await shoot(browser, CLASSIC, 420, 'docs/images/classic.png');
await shoot(browser, ALL_FIVE, 760, 'docs/images/themes.png');
await browser.close();
