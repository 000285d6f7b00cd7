#!/usr/bin/env node
/**
 * Phone screenshots of pages, as residents see them: 390×844 at 2× in Debian's Chromium, in 标准版 and
 * 长辈版, with the fonts the machine has (install fonts-noto-cjk for real Chinese text widths).
 *
 *   node scripts/screenshots.mjs [--base http://localhost:3100] [--out reports/screenshots] [--full] PATH…
 *
 * A PATH may carry steps after a space-separated "|": `/calculator/|click:看结果` (click a button
 * by its name) or `/bazhong/|store:ybmbz-city=bazhong` (set localStorage before loading). Serve the build
 * first (npm start, or bash scripts/nginx-serve.sh). Writes <out>/<name>-<mode>.png and prints the paths.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const base = option('--base', 'http://localhost:3100');
const out = option('--out', 'reports/screenshots');
const full = args.includes('--full') ? (args.splice(args.indexOf('--full'), 1), true) : false;
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const spec of args) {
  const [url, ...steps] = spec.split('|');
  for (const mode of ['normal', 'elder']) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const stored = { 'ybmbz-elder': mode === 'elder' ? '1' : '0' };
    for (const step of steps.filter((s) => s.startsWith('store:'))) {
      const [key, value] = step.slice('store:'.length).split('=');
      stored[key] = value;
    }
    await context.addInitScript((pairs) => {
      for (const [k, v] of Object.entries(pairs)) localStorage.setItem(k, v);
    }, stored);
    const page = await context.newPage();
    await page.goto(base + url, { waitUntil: 'networkidle' });
    for (const step of steps) {
      if (step.startsWith('click:')) {
        await page.getByRole('button', { name: step.slice('click:'.length) }).first().click();
        await page.waitForTimeout(300);
      }
    }
    await page.waitForTimeout(400);
    const name = url.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
    const file = path.join(out, `${name.slice(0, 60)}${steps.length ? '-' + steps.length : ''}-${mode}.png`);
    await page.screenshot({ path: file, fullPage: full });
    console.log(file);
    await context.close();
  }
}
await browser.close();
