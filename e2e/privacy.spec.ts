import { expect, test, type BrowserContext, type Request } from '@playwright/test';
import { answerUpToBazhongLevel3Bill } from './page-types';

/**
 * “您输入的任何内容都不会离开手机”: a resident browses, searches and calculates while every request
 * of the browser (pages, scripts, data, prefetches, a service worker's fetches) is recorded. The test
 * fails on any request to another origin, and on any request whose URL, headers or body carries
 * what was typed: as typed, URL-encoded (%E6… or +), or inside a base64/base64url parameter (the
 * calculator keeps its scenario in the address's fragment as #s=base64url(JSON), which browsers never
 * send: not when the page is reloaded, nor when a shared link is opened).
 */

const QUERY = '新生儿如何参保测试';
const QUERY_2 = '慢性病门诊测试';
const AMOUNT = '12345.67';

/** What must never be sent: the typed text and the parts of it that identify it. */
const SECRETS = [QUERY, '参保测试', QUERY_2, '门诊测试', AMOUNT, '12345.6', '1234567', '123456.7'];

function record(context: BrowserContext) {
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  return requests;
}

function encodings(secret: string): string[] {
  return [secret, encodeURIComponent(secret), encodeURI(secret), encodeURIComponent(secret).replace(/%20/g, '+'), escape(secret)];
}

/** Every way a value could be hidden in a string: itself, URL-decoded, base64(url)-decoded pieces. */
function readings(text: string): string[] {
  const out = [text];
  try {
    out.push(decodeURIComponent(text.replace(/\+/g, ' ')));
  } catch {
    /* not URL-encoded */
  }
  for (const piece of text.split(/[/?&=#;,\s"':]+/)) {
    if (piece.length < 8 || !/^[A-Za-z0-9_-]+={0,2}$|^[A-Za-z0-9+/]+={0,2}$/.test(piece)) continue;
    const decoded = Buffer.from(piece.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    out.push(decoded);
    try {
      out.push(decodeURIComponent(decoded));
    } catch {
      /* plain */
    }
  }
  return out;
}

function leaks(r: Request): string[] {
  const found: string[] = [];
  const headers = r.headers();
  const places: [string, string][] = [
    ['URL', r.url()],
    ['body', r.postData() ?? ''],
    ...Object.entries(headers).map(([k, v]) => [`header ${k}`, v] as [string, string]),
  ];
  for (const [where, text] of places) {
    for (const reading of readings(text)) {
      for (const secret of SECRETS) {
        if (encodings(secret).some((e) => reading.includes(e))) found.push(`${r.method()} ${r.url()}: ${where} carries “${secret}”`);
      }
    }
  }
  return found;
}

test('browsing, searching and calculating send nothing typed, and nothing to another origin', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  const requests = record(context);
  const origin = new URL(baseURL!).origin;

  // Browsing: home → city → chapter → entry, contacts, sources, topics.
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: /^巴中市/ }).click();
  await expect(page).toHaveURL(/\/bazhong\/$/);
  await page.getByRole('link', { name: /第三章/ }).first().click();
  await page.getByRole('list', { name: '问题列表' }).getByRole('link').first().click();
  await expect(page.locator('.answer')).toBeVisible();
  // 咨询电话 has its own link in the header's first row (no longer in the navigation strip).
  await page.getByRole('banner').getByRole('link', { name: '咨询电话' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '按主题' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/sources/');

  // Searching: typed key by key in the header box, then Enter for all results, then on /search.
  const box = page.getByRole('banner').getByRole('combobox', { name: '搜索医保问题' });
  await box.click();
  await page.keyboard.type(QUERY, { delay: 20 });
  await expect(page.getByRole('banner').getByRole('status')).toContainText(/找到|没有找到/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索医保问题');
  const input = page.getByRole('searchbox', { name: '您想问什么？' });
  await expect(input).toHaveValue(QUERY);
  await input.fill('');
  await input.pressSequentially(QUERY_2, { delay: 20 });
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await page.getByLabel('城市').selectOption('bazhong');
  await expect(page.getByRole('status').filter({ hasText: QUERY_2 })).toBeVisible();
  const firstResult = page.getByRole('region', { name: '搜索结果' }).getByRole('link').first();
  if (await firstResult.count()) {
    await firstResult.click();
    await expect(page.locator('.answer')).toBeVisible();
  }

  // Calculating: the amount typed in the calculator, the result, the what-if slider, the comparison.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报销计算' }).click();
  await answerUpToBazhongLevel3Bill(page);
  await page.getByLabel('总费用').pressSequentially(AMOUNT, { delay: 20 });
  await page.getByRole('button', { name: '看结果' }).click();
  await expect(page.getByRole('heading', { name: '估算结果' })).toBeVisible();
  await expect(page.getByTestId('result-total')).toHaveText('¥12,345.67');
  const slider = page.getByRole('slider');
  if (await slider.count()) {
    await slider.focus();
    await page.keyboard.press('ArrowRight');
  }
  // The result's link, reloaded (as when it is shared and opened): the scenario stays on the phone.
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.getByTestId('result-total')).toHaveText('¥12,345.67');
  // The comparison across cities.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报销计算' }).click();
  await page.goto('/compare/');
  const other = page.getByLabel('换个总费用试试');
  // In one go: /compare/ replaces its form with a message while the amount is below the example's
  // self-paid part, so typing key by key over “5万” would lose the field.
  await other.fill(`${AMOUNT}0`);
  await expect(page.locator('#city-changdu')).toContainText('您付');
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(20);
  const foreign = requests.map((r) => r.url()).filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  expect(foreign, 'requests to another origin').toEqual([]);
  const typed = requests.flatMap(leaks);
  expect(typed, 'requests carrying what was typed').toEqual([]);
});

test('the detector itself finds typed text in every form it may take', () => {
  const fake = (url: string, body?: string, headers: Record<string, string> = {}) =>
    ({ url: () => url, postData: () => body ?? null, headers: () => headers, method: () => (body ? 'POST' : 'GET') }) as unknown as Request;
  const scenario = Buffer.from(JSON.stringify({ total: AMOUNT })).toString('base64url');
  for (const r of [
    fake(`http://x/search/?q=${encodeURIComponent(QUERY)}`),
    fake(`http://x/search/?q=${encodeURIComponent(QUERY).replace(/%20/g, '+')}`),
    fake(`http://x/calculator/?s=${scenario}&step=result`),
    fake('http://x/log', JSON.stringify({ q: QUERY })),
    fake('http://x/log', `amount=${AMOUNT}`),
    fake('http://x/a.js', undefined, { referer: `http://x/calculator/?s=${scenario}` }),
  ]) {
    expect(leaks(r).length, r.url()).toBeGreaterThan(0);
  }
  expect(leaks(fake('http://x/_next/static/chunks/1wnov70f88xjy.js'))).toEqual([]);
});
