#!/usr/bin/env node
/**
 * npm run audit — performance, accessibility, best-practices and SEO audit of the built site.
 *
 *   1. builds the static export (`npm run build`; skip with --no-build),
 *   2. serves out/ with SERVER_COMMAND on localhost,
 *   3. runs Lighthouse (mobile form factor, simulated slow 4G and a 4× slower CPU — Lighthouse's
 *      defaults) in Debian's Chromium on the pages below, with no network besides localhost,
 *   4. prints each category score and the JavaScript each page downloads (gzip), computed twice:
 *      from the built HTML (its script tags and script preloads, plus any static imports of those
 *      files) and from Lighthouse's network records (everything fetched while the page loaded,
 *      dynamic imports included),
 *   5. writes reports/<page>.report.{json,html} and reports/summary.json (reports/ is gitignored).
 *
 * Exit status 1 when a target below is missed. Builds share .next/ and out/ with other work on the
 * same machine: run it under the lock there, `flock /tmp/site.lock npm run audit`.
 *
 * Lighthouse's scores move from run to run, the more so on a busy machine: each page is audited
 * --runs times (3) and the run with the median performance score is reported (Lighthouse's own advice).
 *
 * Options: --no-build, --runs N (3), --port N (4300), --only home,entry, --base-url URL (audit a
 * server that is already running instead of starting SERVER_COMMAND).
 */
import { spawn, execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const PORT = Number(option('port', process.env.AUDIT_PORT ?? 4300));
/** How out/ is served for the audit: the real web server, Debian nginx with deploy/nginx.conf (gzip, caching, headers). */
const SERVER_COMMAND = process.env.AUDIT_SERVER ?? `bash scripts/nginx-serve.sh ${PORT}`;
const BASE_URL = option('base-url', process.env.AUDIT_BASE_URL ?? `http://localhost:${PORT}`);
const BUILD_COMMAND = 'npm run build';
const CHROME_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  // Nothing but this machine: any other host name fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
const OUT = path.resolve('out');
const REPORTS = path.resolve('reports');

/** Targets from docs/design.md (Quality bars). */
const SCORE_TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'entry', path: '/bazhong/resident/11/', jsBudgetKB: 130 },
  { name: 'search', path: `/search/?q=${encodeURIComponent('住院')}` },
  { name: 'calculator', path: '/calculator/', jsBudgetKB: 180 },
];

const RUNS = Math.max(1, Number(option('runs', 3)));
const only = option('only', '')
  .split(',')
  .filter(Boolean);
const pages = only.length ? PAGES.filter((p) => only.includes(p.name)) : PAGES;

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gzipSize = (buf) => zlib.gzipSync(buf, { level: 6 }).length;

/** The JavaScript a page's HTML makes a modern browser download: script tags (not nomodule), script preloads, their static imports. */
function htmlScripts(pagePath) {
  const file = path.join(OUT, pagePath.split('?')[0], 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  const urls = new Set();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src) urls.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (rel === 'modulepreload' || (rel === 'preload' && /\bas="script"/.test(tag))) {
      const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
      if (href) urls.add(href);
    }
  }
  // Static imports between ES module chunks (Turbopack's chunks are classic scripts and have none).
  const queue = [...urls];
  while (queue.length) {
    const url = queue.shift();
    const body = readStatic(url);
    if (!body) continue;
    for (const [, spec] of body.toString('utf8').matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g)) {
      const next = new URL(spec, `http://x${url}`).pathname;
      if (!urls.has(next)) {
        urls.add(next);
        queue.push(next);
      }
    }
  }
  const files = [...urls].map((url) => {
    const body = readStatic(url);
    return { url, bytes: body?.length ?? 0, gzip: body ? gzipSize(body) : 0 };
  });
  return { files, gzip: files.reduce((s, f) => s + f.gzip, 0), bytes: files.reduce((s, f) => s + f.bytes, 0) };
}

function readStatic(url) {
  const file = path.join(OUT, decodeURIComponent(new URL(url, 'http://x').pathname));
  return file.startsWith(OUT) && fs.existsSync(file) ? fs.readFileSync(file) : null;
}

async function waitFor(url, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`服务器没有在 ${ms / 1000} 秒内启动：${url}`);
}

function startServer() {
  const child = spawn(SERVER_COMMAND, { shell: true, detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  return stop;
}

/** Runs Lighthouse RUNS times and keeps the run with the median performance score. */
async function medianLighthouse(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await runLighthouse(url);
    runs.push(run);
    if (RUNS > 1) console.log(`  run ${i + 1}/${RUNS}: performance ${Math.round(run.lhr.categories.performance.score * 100)}`);
  }
  const sorted = [...runs].sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  median.performanceRuns = runs.map((r) => Math.round(r.lhr.categories.performance.score * 100));
  return median;
}

async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ['json', 'html'],
      logLevel: 'error',
      onlyCategories: Object.keys(SCORE_TARGETS),
      // Mobile is Lighthouse's default form factor, screen emulation and throttling; said here so it is not lost.
      formFactor: 'mobile',
    });
    if (!result) throw new Error(`Lighthouse 没有结果：${url}`);
    return result;
  } finally {
    await chrome.kill();
  }
}

function networkScripts(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = items.filter((r) => r.resourceType === 'Script');
  return {
    count: scripts.length,
    transfer: scripts.reduce((s, r) => s + (r.transferSize ?? 0), 0),
    resource: scripts.reduce((s, r) => s + (r.resourceSize ?? 0), 0),
    urls: scripts.map((r) => ({ url: new URL(r.url).pathname, transfer: r.transferSize, resource: r.resourceSize })),
  };
}

async function main() {
  if (!args.includes('--no-build')) {
    console.log(`== 构建：${BUILD_COMMAND}`);
    execSync(BUILD_COMMAND, { stdio: 'inherit' });
  }
  fs.mkdirSync(REPORTS, { recursive: true });
  const external = args.includes('--base-url') || !!process.env.AUDIT_BASE_URL;
  const stop = external ? () => {} : startServer();
  const failures = [];
  const summary = { date: new Date().toISOString(), baseUrl: BASE_URL, server: external ? 'external' : SERVER_COMMAND, lighthouse: '', runs: RUNS, loadAverage: os.loadavg(), pages: [] };
  try {
    await waitFor(`${BASE_URL}/`);
    for (const page of pages) {
      const url = `${BASE_URL}${page.path}`;
      console.log(`\n== ${page.name}: ${url}`);
      const html = htmlScripts(page.path);
      const { lhr, report, performanceRuns } = await medianLighthouse(url);
      summary.lighthouse = lhr.lighthouseVersion;
      const [json, htmlReport] = report;
      fs.writeFileSync(path.join(REPORTS, `${page.name}.report.json`), json);
      fs.writeFileSync(path.join(REPORTS, `${page.name}.report.html`), htmlReport);
      const scores = Object.fromEntries(Object.keys(SCORE_TARGETS).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
      const net = networkScripts(lhr);
      for (const [id, target] of Object.entries(SCORE_TARGETS)) {
        const ok = scores[id] >= target;
        if (!ok) failures.push(`${page.name} ${id} ${scores[id]} < ${target}`);
        console.log(`  ${ok ? '✓' : '✗'} ${id.padEnd(15)} ${String(scores[id]).padStart(3)}  (目标 ≥ ${target})`);
      }
      const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
        .map((id) => `${id.replace(/-/g, ' ').replace(/\b(\w)\w*/g, '$1').replace(/ /g, '').toUpperCase()} ${lhr.audits[id]?.displayValue ?? '?'}`)
        .join(' · ');
      console.log(`  ${metrics} · Lighthouse benchmarkIndex ${lhr.environment.benchmarkIndex}`);
      const budget = page.jsBudgetKB;
      const jsOk = !budget || html.gzip / 1024 <= budget;
      if (!jsOk) failures.push(`${page.name} JS ${kb(html.gzip)} KB > ${budget} KB`);
      console.log(
        `  ${budget ? (jsOk ? '✓' : '✗') : ' '} JS (HTML 引用, gzip) ${kb(html.gzip)} KB in ${html.files.length} files (${kb(html.bytes)} KB raw)${budget ? `  (预算 ≤ ${budget} KB)` : ''}`,
      );
      console.log(`    JS (Lighthouse 网络记录) ${kb(net.transfer)} KB transferred in ${net.count} files (${kb(net.resource)} KB raw)`);
      for (const f of html.files.sort((a, b) => b.gzip - a.gzip)) console.log(`      ${kb(f.gzip).padStart(6)} KB  ${f.url}`);
      const extra = net.urls.filter((u) => !html.files.some((f) => f.url === u.url));
      for (const u of extra) console.log(`    + ${kb(u.transfer).padStart(6)} KB  ${u.url} (页面加载后才请求)`);
      summary.pages.push({
        ...page,
        url,
        scores,
        performanceRuns,
        benchmarkIndex: lhr.environment.benchmarkIndex,
        metrics: Object.fromEntries(
          ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive'].map((id) => [
            id,
            lhr.audits[id]?.numericValue,
          ]),
        ),
        js: { htmlGzip: html.gzip, htmlRaw: html.bytes, files: html.files, lighthouseTransfer: net.transfer, lighthouseRaw: net.resource, lighthouseFiles: net.urls },
        failedAudits: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
          .map((a) => `${a.id}: ${a.score}`),
      });
      const failed = summary.pages.at(-1).failedAudits;
      if (failed.length) console.log(`  未满分的检查：${failed.join(', ')}`);
    }
  } finally {
    stop();
  }
  fs.writeFileSync(path.join(REPORTS, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\n报告已写入 ${path.relative(process.cwd(), REPORTS)}/`);
  console.log(`\n机器负载 (1/5/15 分钟)：${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}，CPU ${os.cpus().length} 核；每页 ${RUNS} 次取性能分中位数`);
  console.log('\n| 页面 | 性能 (各次) | 无障碍 | 最佳做法 | SEO | JS gzip (HTML) | JS (Lighthouse) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const p of summary.pages) {
    console.log(
      `| ${p.name} | ${p.scores.performance} (${p.performanceRuns.join(', ')}) | ${p.scores.accessibility} | ${p.scores['best-practices']} | ${p.scores.seo} | ${kb(p.js.htmlGzip)} KB | ${kb(p.js.lighthouseTransfer)} KB |`,
    );
  }
  if (failures.length) {
    console.error(`\n未达标：\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\n全部达标。');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
