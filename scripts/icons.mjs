#!/usr/bin/env node
/**
 * Draws the site's icons and its sharing picture into public/ (they are committed; run this again
 * only to change them): node scripts/icons.mjs
 *
 *   icon-192.png, icon-512.png        home-screen icons (manifest, purpose "any")
 *   icon-maskable-512.png             full-bleed, the mark inside the 80 % safe zone (purpose "maskable")
 *   apple-touch-icon.png              180 × 180, opaque (iOS rounds the corners itself)
 *   favicon.ico                       16, 32 and 48 px PNGs in one ICO file
 *   og-image.png                      1200 × 630, the picture a link shared in WeChat shows
 *
 * Only Node and the Debian Chromium the tests use (through Playwright, no browser download): each
 * picture is a small HTML page rendered at its exact size and screenshotted. The Chinese glyphs
 * come from the machine's CJK font (fonts-wqy-microhei on Debian).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const OUT = path.resolve('public');
const BLUE = '#174b98';
const DARK = '#123a75';
const FONT = `"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`;

/** The mark: “医保” in white on the brand blue, with a light “paper” bar under it. */
function mark(size, { radius, scale = 1 }) {
  const s = size * scale;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;width:${size}px;height:${size}px;background:transparent}
    .bg{width:${size}px;height:${size}px;border-radius:${radius}px;background:linear-gradient(160deg,${BLUE},${DARK});
        display:flex;flex-direction:column;align-items:center;justify-content:center;font-family:${FONT};color:#fff}
    .t{font-size:${Math.round(s * 0.36)}px;font-weight:700;letter-spacing:${Math.round(s * 0.01)}px;line-height:1}
    .bar{margin-top:${Math.round(s * 0.07)}px;width:${Math.round(s * 0.56)}px;height:${Math.max(2, Math.round(s * 0.07))}px;
         border-radius:${Math.round(s * 0.035)}px;background:#fff;opacity:.9}
  </style></head><body><div class="bg"><div class="t">医保</div><div class="bar"></div></div></body></html>`;
}

/** Tiny sizes: one character reads better than two. */
function tiny(size) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;width:${size}px;height:${size}px;background:transparent}
    .bg{width:${size}px;height:${size}px;border-radius:${Math.round(size * 0.2)}px;background:${BLUE};display:flex;align-items:center;
        justify-content:center;font-family:${FONT};color:#fff;font-weight:700;font-size:${Math.round(size * 0.78)}px;line-height:1}
  </style></head><body><div class="bg">医</div></body></html>`;
}

function ogImage() {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;width:1200px;height:630px}
    body{background:linear-gradient(160deg,${BLUE},${DARK});color:#fff;font-family:${FONT};display:flex;align-items:center}
    .wrap{padding:0 90px;display:flex;align-items:center;gap:64px}
    .logo{flex:none;width:220px;height:220px;border-radius:44px;background:#fff;color:${BLUE};display:flex;flex-direction:column;
          align-items:center;justify-content:center}
    .logo b{font-size:88px;line-height:1}
    .logo i{margin-top:18px;width:124px;height:14px;border-radius:7px;background:${BLUE};opacity:.85}
    h1{margin:0;font-size:96px;line-height:1.15;letter-spacing:4px}
    p{margin:22px 0 0;font-size:44px;line-height:1.4;opacity:.95}
    small{display:block;margin-top:26px;font-size:30px;line-height:1.5;opacity:.85}
  </style></head><body><div class="wrap">
    <div class="logo"><b>医保</b><i></i></div>
    <div><h1>医保明白纸</h1><p>医保政策，一查就懂</p>
    <small>巴中 · 长春 · 昌都医保手册一问一答<br>住院报多少、怎么参保、异地就医，数字注明出处</small></div>
  </div></body></html>`;
}

/** An ICO file holding PNG images (supported by every browser that shows favicons today). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const dir = Buffer.alloc(16 * pngs.length);
  let offset = 6 + dir.length;
  pngs.forEach(({ size, data }, i) => {
    const o = i * 16;
    dir.writeUInt8(size >= 256 ? 0 : size, o);
    dir.writeUInt8(size >= 256 ? 0 : size, o + 1);
    dir.writeUInt8(0, o + 2);
    dir.writeUInt8(0, o + 3);
    dir.writeUInt16LE(1, o + 4);
    dir.writeUInt16LE(32, o + 6);
    dir.writeUInt32LE(data.length, o + 8);
    dir.writeUInt32LE(offset, o + 12);
    offset += data.length;
  });
  return Buffer.concat([header, dir, ...pngs.map((p) => p.data)]);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
async function render(html, width, height, { transparent = false } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  const png = await page.screenshot({ type: 'png', omitBackground: transparent, clip: { x: 0, y: 0, width, height } });
  await page.close();
  return png;
}

try {
  fs.mkdirSync(OUT, { recursive: true });
  const write = (name, data) => {
    fs.writeFileSync(path.join(OUT, name), data);
    console.log(`public/${name}  ${data.length} bytes`);
  };
  write('icon-192.png', await render(mark(192, { radius: 40 }), 192, 192, { transparent: true }));
  write('icon-512.png', await render(mark(512, { radius: 108 }), 512, 512, { transparent: true }));
  // Maskable: square, full bleed; the launcher may cut a circle of 80 % of the width, so the mark shrinks.
  write('icon-maskable-512.png', await render(mark(512, { radius: 0, scale: 0.72 }), 512, 512));
  write('apple-touch-icon.png', await render(mark(180, { radius: 0, scale: 0.9 }), 180, 180));
  const small = [];
  for (const size of [16, 32, 48]) small.push({ size, data: await render(tiny(size), size, size, { transparent: true }) });
  write('favicon.ico', ico(small));
  write('og-image.png', await render(ogImage(), 1200, 630));
} finally {
  await browser.close();
}
