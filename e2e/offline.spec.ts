import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { estimateInput } from '../lib/engine/estimate';
import { formatYuan } from '../lib/money';
import { loadRuleBook } from '../lib/policy/load';

/**
 * Offline, as a herder with no signal would use the site: one visit with a network, then the
 * handbook, search and the calculator with none. This test serves out/ itself (scripts/serve.mjs on
 * its own port) so that it can really take the site away: the server is stopped AND the browser is
 * offline, so whatever still works comes from the service worker's cache.
 */

/** Each test has its own server and port (the tests of this file run in parallel). */
const BASE_PORT = Number(process.env.E2E_OFFLINE_PORT ?? 3190);

let server: ChildProcess | null = null;

/** Serves `root` on this test's own port; returns its origin. */
async function startServer(offset: number, root = 'out'): Promise<string> {
  const port = BASE_PORT + offset;
  const origin = `http://localhost:${port}`;
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--root', root], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(`${origin}/`)).ok) return origin;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the test server did not start on ${origin}`);
}

async function stopServer() {
  if (!server || server.exitCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
  server = null;
}

test.afterEach(stopServer);

/** Waits until the service worker controls the page and has saved everything (islands/sw-register.ts shows progress on <html>). */
async function waitUntilSaved(page: Page) {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
  await expect
    .poll(
      async () => {
        const status = await page.evaluate(() => (window as unknown as { __swStatus?: { state: string; error?: string } }).__swStatus ?? null);
        // A paused precache says why (the worker's last failure), so that the failure is readable.
        return status?.state === 'paused' ? `paused: ${status.error}` : await page.locator('html').getAttribute('data-offline');
      },
      { timeout: 150_000, intervals: [500] },
    )
    .toBe('ready');
}

test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    navigator.serviceWorker?.addEventListener('message', (event) => {
      if (event.data?.type === 'precache-status') (window as unknown as { __swStatus?: unknown }).__swStatus = event.data;
    });
  });
});

test('after one visit the handbook, search and calculator work with the network off', async ({ page, context }) => {
  test.setTimeout(240_000);
  const ORIGIN = await startServer(0);

  // The one visit.
  await page.goto(`${ORIGIN}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitUntilSaved(page);

  // No network at all from here on.
  await stopServer();
  await context.setOffline(true);
  await expect(fetch(`${ORIGIN}/`)).rejects.toThrow();

  // The handbook: home → city → chapter → entry, by tapping links as a resident does.
  await page.goto(`${ORIGIN}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: /巴中市/ }).first().click();
  await expect(page).toHaveURL(/\/bazhong\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/巴中市/);
  await page.getByRole('link', { name: /第一章/ }).click();
  await expect(page).toHaveURL(/\/bazhong\/general\/$/);
  const first = page.getByRole('list', { name: '问题列表' }).getByRole('link').first();
  const title = (await first.innerText()).trim().replace(/\s*›$/, '');
  await first.click();
  await expect(page).toHaveURL(/\/bazhong\/general\/1\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.answer')).toContainText('医疗保险');

  // A page opened directly (a link shared in WeChat) also comes from the phone.
  await page.goto(`${ORIGIN}/changdu/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('昌都');

  // Search: the engine and its data were saved too.
  await page.goto(`${ORIGIN}/search/`);
  const input = page.getByRole('searchbox', { name: '您想问什么？' });
  await input.fill('住院');
  const results = page.getByRole('region', { name: '搜索结果' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toContainText(/找到 \d+ 条与“住院”相关的答案/);

  // The calculator: a shared estimate opens and computes on the phone.
  const rules = loadRuleBook();
  const outcome = estimateInput({ city: 'bazhong', scheme: 'resident', events: [{ type: 'inpatient', level: 'level3', where: 'local', total: '5万', outOfScope: '3000' }] }, rules);
  if (!outcome.ok) throw new Error(outcome.error.message);
  await page.goto(`${ORIGIN}/calculator/`);
  await page.getByRole('radio', { name: /巴中市/ }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('radio', { name: /城乡居民医保/ }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('heading', { name: '参保人的情况' })).toBeVisible();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('heading', { name: '看病花了多少钱？' })).toBeVisible();
  await page.getByRole('radio', { name: /三级医疗机构/ }).check();
  await page.getByLabel('总费用').fill('5万');
  await page.getByLabel('其中自费（医保目录外）').fill('3000');
  await page.getByRole('button', { name: '看结果' }).click();
  await expect(page.getByRole('heading', { name: '估算结果' })).toBeVisible();
  await expect(page.getByTestId('result-personal')).toHaveText(formatYuan(outcome.result.personal));
  await expect(page.getByTestId('result-fund')).toHaveText(formatYuan(outcome.result.fund));

  // A page that was never saved: a Chinese explanation instead of the browser's error.
  await page.goto(`${ORIGIN}/no-such-page/`);
  await expect(page.getByRole('heading', { name: '现在没有网络' })).toBeVisible();
  await expect(page.getByRole('link', { name: /回到首页/ })).toBeVisible();
});

test('the precache manifest lists the offline pages with revisions, and the worker carries its version', async () => {
  const ORIGIN = await startServer(1);
  // Both files first (no idle keep-alive connection to be closed under the test's feet).
  const sw = await (await fetch(`${ORIGIN}/sw.js`, { headers: { connection: 'close' } })).text();
  const manifest = (await (await fetch(`${ORIGIN}/precache-manifest.json`, { headers: { connection: 'close' } })).json()) as {
    version: string;
    core: [string, string][];
    pages: [string, string][];
  };
  const core = new Map(manifest.core);
  const pages = new Map(manifest.pages);
  for (const url of ['/', '/search/', '/calculator/', '/compare/', '/search-data.json', '/offline.html']) expect(core.has(url), url).toBe(true);
  // The pages' scripts (scripts/islands.mjs) are saved at install: every page needs the site's.
  expect([...core.keys()].some((u) => /^\/_next\/static\/islands\/site-[^/]+\.js$/.test(u))).toBe(true);
  expect(pages.has('/bazhong/general/1/')).toBe(true);
  // No client router, so no RSC payloads to save (they doubled what a resident downloads).
  expect([...core.keys(), ...pages.keys()].filter((u) => u.endsWith('.txt'))).toEqual([]);
  for (const rev of [...core.values(), ...pages.values()]) expect(rev).toMatch(/^[0-9a-f]{16}$/);
  expect(sw).toContain(`const VERSION = '${manifest.version}';`);
});

/** The version of the worker that controls the page (it answers on a message channel). */
async function controllerVersion(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const worker = navigator.serviceWorker.controller;
        if (!worker) return resolve(null);
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve((event.data as { version: string }).version);
        worker.postMessage({ type: 'version' }, [channel.port2]);
      }),
  );
}

test('a new version installs in the background and takes over at the next visit, without a prompt', async ({ context }) => {
  test.setTimeout(240_000);
  // A copy of the site that this test can "deploy" a new version into.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ybmbz-sw-'));
  fs.cpSync('out', root, { recursive: true });
  try {
    const ORIGIN = await startServer(2, root);
    let page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    await waitUntilSaved(page);
    const first = await controllerVersion(page);
    expect(first).toMatch(/^[0-9a-f]{12}$/);

    // Deploy: a new worker version with a new manifest (same files, so nothing is downloaded twice).
    const manifestFile = path.join(root, 'precache-manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { version: string };
    const next = 'a1b2c3d4e5f6';
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: next }));
    const swFile = path.join(root, 'sw.js');
    fs.writeFileSync(swFile, fs.readFileSync(swFile, 'utf8').replace(`const VERSION = '${first}';`, `const VERSION = '${next}';`));
    // As the build does (scripts/compress.mjs): the server sends the .br/.gz copies, so they change too.
    for (const file of [manifestFile, swFile]) {
      fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(fs.readFileSync(file)));
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file)));
    }

    // The same visit goes on with the old version; the new one waits, and nothing is shown.
    await page.reload();
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null), { timeout: 60_000 })
      .toBe('installed');
    expect(await controllerVersion(page)).toBe(first);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // The next visit (the old pages closed) runs the new version, with its cache only.
    await page.close();
    page = await context.newPage();
    await expect
      .poll(
        async () => {
          await page.goto(`${ORIGIN}/`);
          return controllerVersion(page);
        },
        { timeout: 30_000 },
      )
      .toBe(next);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`ybmbz-${next}`]);
    await waitUntilSaved(page);
  } finally {
    await stopServer();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

/** A server on `port` that answers every request with 502, as a proxy does while the site restarts. */
async function startBadGateway(port: number): Promise<() => Promise<void>> {
  const http = await import('node:http');
  const bad = http.createServer((_req, res) => {
    res.writeHead(502, { 'Content-Type': 'text/html' });
    res.end('<h1>502 Bad Gateway</h1>');
  });
  await new Promise<void>((resolve) => bad.listen(port, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => bad.close(() => resolve()));
}

test('a server error (502) never replaces a saved page', async ({ page }) => {
  test.setTimeout(240_000);
  const ORIGIN = await startServer(3);
  await page.goto(`${ORIGIN}/`);
  await waitUntilSaved(page);
  await stopServer();
  const closeBad = await startBadGateway(BASE_PORT + 3);
  try {
    for (const url of ['/', '/bazhong/resident/11/']) {
      const response = await page.goto(`${ORIGIN}${url}`);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator('h1').first(), url).not.toHaveText(/502/);
      await expect(page.locator('body'), url).not.toContainText('Bad Gateway');
    }
    await expect(page.getByRole('heading', { level: 1 })).toContainText('住院');
  } finally {
    await closeBad();
  }
});

test('an install that fails leaves no half-filled cache behind', async ({ page }) => {
  test.setTimeout(120_000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ybmbz-sw-'));
  fs.cpSync('out', root, { recursive: true });
  try {
    // A build whose manifest names a core file the server does not have: the install cannot finish.
    const manifestFile = path.join(root, 'precache-manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { core: [string, string][] };
    manifest.core.push(['/_next/static/islands/missing-0000.js', '0000000000000000']);
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    for (const ext of ['br', 'gz']) fs.rmSync(`${manifestFile}.${ext}`, { force: true });
    const ORIGIN = await startServer(4, root);
    await page.goto(`${ORIGIN}/`);
    // Register the worker here (the page does it when idle) and follow its install to the end.
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.register('/sw.js');
      const worker = reg.installing ?? reg.waiting ?? reg.active;
      if (!worker) return 'none';
      if (worker.state === 'redundant' || worker.state === 'activated') return worker.state;
      return new Promise<string>((resolve) =>
        worker.addEventListener('statechange', () => {
          if (worker.state === 'redundant' || worker.state === 'activated') resolve(worker.state);
        }),
      );
    });
    expect(state).toBe('redundant');
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
  } finally {
    await stopServer();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('once everything is saved, the next page says “已保存，没网也能看” once, quietly, and no page after it', async ({ page }) => {
  test.setTimeout(240_000);
  const ORIGIN = await startServer(5);
  const note = page.locator('p[data-offline-note]');
  await page.goto(`${ORIGIN}/`);
  await expect(note).toBeHidden();
  await waitUntilSaved(page);
  // Not on the page where saving finished (it would push the page down while the resident reads it).
  await expect(note).toBeHidden();

  // The next page: under the header from its first paint, a polite status, nothing moved.
  await page.goto(`${ORIGIN}/bazhong/resident/11/`);
  await expect(note).toBeVisible();
  await expect(note).toHaveText('已保存，没网也能看：这个网站已经存在您的手机上，没有网络时也能打开。');
  await expect(note).toHaveAttribute('aria-live', 'polite');
  await expect(note).toBeInViewport({ ratio: 1 });
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
      }),
  );
  expect(shift).toBe(0);
  await expect(page.locator('dialog, [role="dialog"], [role="alertdialog"]')).toHaveCount(0);
  // Accessible in both modes (e2e/a11y.spec.ts runs without the service worker, so it is checked here), and
  // in 长辈版 large enough to read.
  const axe = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => v.id);
  expect(await axe()).toEqual([]);
  await page.getByRole('banner').getByRole('button', { name: '长辈版' }).click();
  expect(await note.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
  expect(await axe()).toEqual([]);

  // Told: no other page shows it again, after a reload neither.
  for (const path of ['/changdu/', '/bazhong/resident/11/', '/']) {
    await page.goto(`${ORIGIN}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(note).toBeHidden();
  }
});
