#!/usr/bin/env node
/**
 * npm run bench:first-answer — how long a resident on a low-end phone waits for the first answer when
 * they open a link someone sent them (a first visit: empty cache, no service worker).
 *
 * Serves the build through nginx (deploy/nginx.conf, as deployed), opens each link in Debian's
 * Chromium at 390×844 with Lighthouse's mobile profile applied through the DevTools protocol
 * (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4×), and records in the page, with
 * a MutationObserver from the first byte, the moment the answer is on screen:
 *   - a shared search link (/search/?q=…): the first result's title;
 *   - a shared calculator result link (/calculator/#s=…&step=result): an amount (¥…) of the result;
 *   - an answer page: its heading;
 * and, for context, the first contentful paint. Prints the median, minimum and maximum of each over
 * --runs N (5) first visits. Targets (issue 15): search ≤ 1500 ms, result ≤ 2000 ms. A benchmark, not
 * a test: the exit status is 0 either way (--strict: 1 when a median misses its target).
 *
 * Install fonts-noto-cjk first (npm test does): without Chinese fonts the page costs less to lay out
 * than on a phone. Options: --runs N, --port N (4400), --base-url URL (a server already running),
 * --only search,result,entry.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(option('runs', 5)));
const PORT = Number(option('port', 4400));
const BASE_URL = option('base-url', `http://localhost:${PORT}`);
const only = option('only', '').split(',').filter(Boolean);
const strict = args.includes('--strict');

/** Lighthouse's mobile throttling (its "slow 4G" and 4× CPU). */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

const scenario = { city: 'bazhong', scheme: 'resident', events: [{ type: 'inpatient', level: 'level3', where: 'local', total: '50000', outOfScope: '3000' }] };
const LINKS = [
  { name: 'search', label: '分享的搜索链接（第一条结果）', path: `/search/?q=${encodeURIComponent('住院能报多少')}`, target: 1500, answer: "document.querySelector('#search-results li :is(h2, h3) a')" },
  {
    name: 'result',
    label: '分享的计算结果链接（金额）',
    path: `/calculator/#s=${Buffer.from(JSON.stringify(scenario)).toString('base64url')}&step=result`,
    target: 2000,
    answer: "[...document.querySelectorAll('main *')].find((el) => el.childElementCount === 0 && /¥\\s?[1-9][\\d,]*\\.\\d\\d/.test(el.textContent || '') && el.getBoundingClientRect().height > 0)",
  },
  { name: 'entry', label: '分享的问答页（标题）', path: '/bazhong/resident/11/', target: null, answer: "document.querySelector('main h1')" },
].filter((l) => !only.length || only.includes(l.name));

async function startServer() {
  if (args.includes('--base-url')) return null;
  if (!fs.existsSync('out/index.html')) throw new Error('没有 out/：请先运行 npm run build');
  const server = spawn('bash', ['scripts/nginx-serve.sh', String(PORT)], { stdio: ['ignore', 'ignore', 'pipe'] });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE_URL}/`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('nginx did not start');
}

/** Records, from the first byte of the document, when `answer` first finds an element. */
function observer(answer) {
  return `(() => {
    const find = () => { try { return ${answer}; } catch { return null; } };
    const done = () => { if (window.__answerAt === undefined && find()) { window.__answerAt = performance.now(); obs.disconnect(); } };
    const obs = new MutationObserver(done);
    obs.observe(document, { childList: true, subtree: true, characterData: true });
  })();`;
}

async function firstVisit(browser, link) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', serviceWorkers: 'block' });
  await context.addInitScript(observer(link.answer));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(BASE_URL + link.path, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__answerAt !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60_000, polling: 50 });
  const times = await page.evaluate(() => ({
    answer: window.__answerAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    // The page's own User Timing marks (lib/search/client.ts: search-data, search-ready), where it sets them.
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  }));
  await context.close();
  return times;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)] + (s.length % 2 ? 0 : (s[s.length / 2] - s[s.length / 2 - 1]) / 2), min: s[0], max: s[s.length - 1] };
};
const ms = (x) => `${Math.round(x)} ms`;

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let missed = false;
try {
  console.log(`首次打开分享链接（手机：390×844，往返 150 ms，下行 1.6 Mbit/s，CPU 慢 4 倍；每个链接 ${RUNS} 次，取中位数）`);
  console.log('');
  for (const link of LINKS) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstVisit(browser, link));
    const a = stats(runs.map((r) => r.answer));
    const f = stats(runs.map((r) => r.fcp));
    const verdict = link.target === null ? '' : a.median <= link.target ? `  ✓ 目标 ≤ ${link.target} ms` : `  ✗ 目标 ≤ ${link.target} ms`;
    if (link.target !== null && a.median > link.target) missed = true;
    const markNames = [...new Set(runs.flatMap((r) => Object.keys(r.marks)))];
    const marks = markNames.map((name) => `${name} ${ms(stats(runs.map((r) => r.marks[name] ?? NaN)).median)}`).join('，');
    console.log(`${link.label}：答案出现 ${ms(a.median)}（${ms(a.min)}–${ms(a.max)}），首次绘制 ${ms(f.median)}${marks ? `，${marks}` : ''}${verdict}`);
  }
} finally {
  await browser.close();
  server?.kill('SIGTERM');
}
if (strict && missed) process.exit(1);
