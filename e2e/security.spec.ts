import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { answerUpToBazhongLevel3Bill, PAGE_TYPES } from './page-types';

/**
 * The site as deployed (deploy/nginx.conf, which the e2e suite runs against): security headers on
 * pages, assets and errors, caching, types, compression, and a Content-Security-Policy under which
 * no page type reports a single violation (scripts/csp.mjs writes each page's own script policy as a
 * meta and the whole build's policy for the header, see deploy/security-headers.conf).
 */

const SECURITY_HEADERS: Record<string, RegExp> = {
  'content-security-policy': /frame-ancestors 'none'/,
  'strict-transport-security': /^max-age=\d{7,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^(no-referrer|strict-origin-when-cross-origin)$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
  'x-frame-options': /^DENY$/,
};

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const [name, pattern] of Object.entries(SECURITY_HEADERS)) expect(headers[name], `${what}: ${name}`).toMatch(pattern);
  const csp = headers['content-security-policy'] ?? '';
  // The header policy restricts scripts and styles itself (no page runs without a script policy),
  // by hash, never inline.
  expect(csp, what).toMatch(/(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+;/);
  expect(csp, what).toMatch(/(^|; )style-src 'self'[^;]*;/);
  expect(csp, what).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "manifest-src 'self'", "worker-src 'self'"]) {
    expect(csp, `${what}: ${directive}`).toContain(directive);
  }
  expect(headers['server'] ?? '', what).not.toMatch(/\d/); // no version number
}

test('an HTML page: security headers, revalidated on every visit, a script policy without unsafe-inline', async ({ request }) => {
  const response = await request.get('/bazhong/resident/11/');
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response, 'page');
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(response.headers()['cache-control']).toBe('no-cache');
  expect(response.headers()['etag'] ?? response.headers()['last-modified']).toBeTruthy();
  expect(response.headers()['content-encoding']).toMatch(/^(br|gzip)$/);

  const html = await response.text();
  const meta = /^<!DOCTYPE html><html[^>]*><head>(?:<meta charSet="utf-8"\/>)?<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html);
  expect(meta, 'the policy meta opens <head>').not.toBeNull();
  const policy = meta![1]!;
  expect(policy).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+; style-src 'self'/);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:|data:/);
  // The header's policy allows each of the page's inline scripts too (browsers enforce both).
  for (const hash of policy.match(/'sha256-[^']+'/g) ?? []) expect(response.headers()['content-security-policy']).toContain(hash);
});

test('a handbook page runs no framework: only the site’s own small scripts, and no RSC data', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.txt')) scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/bazhong/resident/11/');
  await page.getByRole('button', { name: '长辈版' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) expect(url).toMatch(/^\/_next\/static\/islands\/(site|chunk)-[A-Z0-9]+\.js$/);
  expect(await page.evaluate(() => 'React' in window || '__next_f' in window || 'TURBOPACK' in window)).toBe(false);
});

test('a content-hashed asset is cached for a year, immutable, compressed, with the right type', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const js = /<script type="module" src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  const css = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  expect(js).toBeTruthy();
  expect(css).toBeTruthy();
  for (const [url, type] of [[js!, 'text/javascript; charset=utf-8'], [css!, 'text/css; charset=utf-8']] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expectSecurityHeaders(response, url);
    expect(response.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-type'], url).toBe(type);
    expect(response.headers()['content-encoding'], url).toMatch(/^(br|gzip)$/);
  }
  // A missing asset is a 404 that no cache keeps.
  const missing = await request.get('/_next/static/chunks/no-such-chunk.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBe('no-cache');
});

test('an unknown address gets the site’s 404 page with the same headers', async ({ request }) => {
  for (const url of ['/no-such-page/', '/bazhong/no-such-chapter/99/', '/.git/config', '/.env']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expectSecurityHeaders(response, url);
    expect(response.headers()['cache-control'], url).toBe('no-cache');
    expect(response.headers()['content-type'], url).toBe('text/html; charset=utf-8');
    expect(await response.text(), url).toContain('没有找到这个页面');
  }
});

test('directory addresses end in a slash; data files have their types', async ({ request }) => {
  const redirect = await request.get('/bazhong/resident', { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers()['location']).toBe('/bazhong/resident/');
  expectSecurityHeaders(redirect, 'redirect');
  const followed = await request.get('/bazhong/resident');
  expect(followed.status()).toBe(200);
  expect(followed.url()).toMatch(/\/bazhong\/resident\/$/);

  const data = await request.get('/search-data.json');
  expect(data.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(data.headers()['cache-control']).toBe('no-cache');
  expect(data.headers()['content-encoding']).toMatch(/^(br|gzip)$/);
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toBe('text/plain; charset=utf-8');
  // Next's RSC payloads are not published: no page loads a client router (scripts/islands.mjs).
  expect((await request.get('/bazhong/index.txt')).status()).toBe(404);
  // A web app manifest, where the build has one.
  const out = path.join(__dirname, '..', 'out');
  const manifest = fs.existsSync(out) ? fs.readdirSync(out).find((f) => f.endsWith('.webmanifest')) : undefined;
  if (manifest) expect((await request.get(`/${manifest}`)).headers()['content-type']).toMatch(/^application\/manifest\+json/);
  expect(fs.readFileSync(path.join(__dirname, '..', 'deploy', 'mime.types'), 'utf8')).toMatch(/application\/manifest\+json\s+webmanifest;/);
});

test('every exported page carries a script policy with the hash of each of its inline scripts', () => {
  test.skip(!fs.existsSync(path.join(__dirname, '..', 'out', 'index.html')), 'no local build');
  const check = spawnSync(process.execPath, ['scripts/csp.mjs', '--check'], { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});

/** Records CSP violations (and console errors) from the very start of each document. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`),
      true,
    );
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return errors;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test('no page type reports a CSP violation or a console error', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = await watchViolations(page);
  for (const type of PAGE_TYPES) {
    // After the calculator itself, its result's address differs only in the fragment: a same-document
    // navigation without a response, so load that page afresh.
    const response = (await page.goto(type.path)) ?? (await page.reload());
    expect(response?.status(), type.name).toBe(type.status ?? 200);
    await expect(page.getByRole(type.ready.role, { name: type.ready.name }).first(), type.name).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Hydrated: the 长辈版 switch works (React's handlers ran, so the scripts were allowed).
    const toggle = page.getByRole('button', { name: /^(长辈版|标准版)$/ });
    await expect(toggle, type.name).toBeVisible();
    await toggle.click();
    await expect(page.locator('html'), type.name).toHaveAttribute('data-elder', '1');
    await toggle.click();
    expect(await violations(page), type.name).toEqual([]);
    // The only console error allowed is the 404 page's own status.
    expect(errors.filter((e) => !(type.status === 404 && /status of 404/.test(e))), type.name).toEqual([]);
    errors.length = 0;
  }
});

test('no violation while using the site: searching, calculating, following links', async ({ page }) => {
  const errors = await watchViolations(page);
  await page.goto('/contacts/');
  const box = page.getByRole('banner').getByRole('combobox', { name: '搜索医保问题' });
  await box.fill('异地就医备案');
  await expect(page.getByRole('listbox', { name: '搜索建议' }).getByRole('option').first()).toBeVisible();
  await box.press('Enter');
  await expect(page.getByRole('region', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible();
  await page.getByRole('region', { name: '搜索结果' }).getByRole('link').first().click();
  await expect(page.locator('.answer')).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报销计算' }).click();
  await answerUpToBazhongLevel3Bill(page);
  await page.getByLabel('总费用').fill('12345.67');
  await page.getByRole('button', { name: '看结果' }).click();
  await expect(page.getByRole('heading', { name: '估算结果' })).toBeVisible();
  await page.getByRole('link', { name: /^依据：巴中手册/ }).first().click();
  await expect(page.locator('.answer')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('text files are served precompressed (brotli where the browser takes it, else gzip), never compressed per request', async ({ request }) => {
  for (const [encoding, expected] of [['br, gzip', 'br'], ['gzip', 'gzip']] as const) {
    for (const url of ['/search-data.json', '/', '/bazhong/resident/11/']) {
      const response = await request.get(url, { headers: { 'Accept-Encoding': encoding } });
      expect(response.headers()['content-encoding'], `${url} ${encoding}`).toBe(expected);
      // A precompressed file has a strong ETag and a length; on-the-fly gzip has neither.
      expect(response.headers()['etag'], `${url} ${encoding}`).toMatch(/^"/);
    }
  }
  const out = path.join(__dirname, '..', 'out');
  test.skip(!fs.existsSync(path.join(out, 'index.html')), 'no local build');
  for (const file of ['search-data.json', 'index.html', 'sw.js']) {
    expect(fs.existsSync(path.join(out, `${file}.br`)), file).toBe(true);
    expect(fs.existsSync(path.join(out, `${file}.gz`)), file).toBe(true);
  }
});

test('bad requests: a malformed address is 400, other methods 405, another host name gets no answer, the server stays up', async ({ request, baseURL }) => {
  const { port } = new URL(baseURL!);
  const send = (raw: string) =>
    new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(raw));
      let data = '';
      socket.on('data', (d) => (data += d.toString('latin1')));
      socket.on('close', () => resolve(data.split('\r\n')[0] ?? ''));
      socket.on('error', () => resolve(''));
    });
  expect(await send('GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')).toMatch(/ 400 /);
  expect(await send('GET /search/100% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')).toMatch(/ 400 /);
  expect(await send('GET /.//evil.example/x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')).toMatch(/ 404 /);
  // A request for another name (a scanner, DNS rebinding) is closed without an answer (nginx 444).
  expect(await send('GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n')).toBe('');
  for (const method of ['POST', 'PUT', 'DELETE']) expect((await request.fetch('/', { method })).status(), method).toBe(405);
  const directory = await request.get('/_next/');
  expect(directory.status()).toBe(404);
  expect((await request.get('/.csp-header.conf')).status()).toBe(404);
  expect((await request.get('/')).status()).toBe(200);
});

test('the share image and icons may be shown by other sites (chat previews); pages may not', async ({ request }) => {
  for (const url of ['/og-image.png', '/icon-192.png', '/apple-touch-icon.png', '/favicon.ico']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['cross-origin-resource-policy'], url).toBe('cross-origin');
    expectSecurityHeaders(response, url);
  }
  expect((await request.get('/')).headers()['cross-origin-resource-policy']).toBe('same-origin');
});

test('nginx logs no resident\'s question: neither the access log nor the error log holds a query string', async ({ request, baseURL }) => {
  test.skip(!!process.env.E2E_BASE_URL, 'the logs of a remote server are not here');
  const marker = `秘密问题${Date.now()}`;
  const q = encodeURIComponent(marker);
  for (const url of [`/search/?q=${q}`, `/no-such-page/?q=${q}`, `/_next/?q=${q}`, `/_next/static/none.js?q=${q}`, `/bazhong?q=${q}`, `/.env?q=${q}`]) await request.get(url, { maxRedirects: 0 });
  await request.fetch(`/?q=${q}`, { method: 'POST' });
  const logs = path.join('/tmp', `ybmbz-nginx-${new URL(baseURL!).port}`, 'logs');
  for (const file of ['access.log', 'error.log']) {
    const text = fs.existsSync(path.join(logs, file)) ? fs.readFileSync(path.join(logs, file), 'utf8') : '';
    expect(text, file).not.toContain(q);
    expect(text, file).not.toContain(marker);
  }
  expect(fs.readFileSync(path.join(logs, 'access.log'), 'utf8')).toContain('GET /search/ ');
});
