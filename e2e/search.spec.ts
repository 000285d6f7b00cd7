import { expect, test, type Page, type Request } from '@playwright/test';

/**
 * Search as a resident uses it on a phone: a colloquial question in the header box, the /search
 * page with its filters, the “没有找到” state, and the header suggestions driven by the keyboard.
 * Every test also checks that nothing typed leaves the phone: no request carries the query, and
 * every request goes to the site itself.
 */

function watchRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}

function expectPrivate(requests: Request[], typed: string[], baseURL: string) {
  const origin = new URL(baseURL).origin;
  for (const r of requests) {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) continue;
    expect(new URL(url).origin, url).toBe(origin);
    for (const t of typed) {
      expect(decodeURIComponent(url), `${url} contains “${t}”`).not.toContain(t);
      expect(r.postData() ?? '', url).not.toContain(t);
    }
  }
}

const headerBox = (page: Page) => page.getByRole('banner').getByRole('combobox', { name: '搜索医保问题' });
const suggestions = (page: Page) => page.getByRole('listbox', { name: '搜索建议' }).getByRole('option');

test('a colloquial question in the header finds the answer in the top three and opens it', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await page.goto('/contacts/');
  await page.waitForLoadState('networkidle');
  // The search engine is not a startup cost: nothing is fetched before the box is used.
  expect(requests.some((r) => r.url().includes('search-data.json'))).toBe(false);

  const box = headerBox(page);
  await box.click();
  await box.fill('小孩出生后怎么交医保');
  await expect(suggestions(page).first()).toBeVisible();
  expect(requests.some((r) => r.url().endsWith('/search-data.json'))).toBe(true);
  await expect(page.getByRole('banner').getByRole('status')).toContainText(/找到 \d+ 条相关问题/);

  const top3 = suggestions(page).filter({ hasText: '新生儿' });
  await expect(top3.first()).toBeVisible();
  const titles = await suggestions(page).allInnerTexts();
  const index = titles.findIndex((t) => t.includes('新生儿'));
  expect(index).toBeGreaterThanOrEqual(0);
  expect(index).toBeLessThan(3);
  // The words that matched are highlighted, including the thesaurus' 新生儿 for 小孩出生.
  await expect(suggestions(page).nth(index).locator('mark').first()).toBeVisible();

  await suggestions(page).nth(index).click();
  await expect(page).toHaveURL(/\/(bazhong\/resident\/7|changchun\/enrolment\/33)\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('新生儿');
  expectPrivate(requests, ['小孩出生后怎么交医保', '小孩'], baseURL!);
});

test('the home page puts the search box first', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await page.goto('/');
  const box = page.getByRole('main').getByRole('combobox', { name: '搜一搜您想问的问题' });
  await expect(box).toBeVisible();
  // One search box on the home page: the header one steps aside.
  await expect(page.getByRole('banner').getByRole('combobox')).toHaveCount(0);
  await box.fill('门槛费是多少');
  await expect(suggestions(page).first()).toBeVisible();
  const titles = (await suggestions(page).allInnerTexts()).slice(0, 3).join('\n');
  expect(titles).toMatch(/起付线|起付标准/);
  expectPrivate(requests, ['门槛费'], baseURL!);
});

test('/search shows highlighted results with city, scheme and topic filters and remembers the city', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await page.goto('/search/?q=住院报销');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索医保问题');
  await expect(page.getByRole('banner').getByRole('combobox')).toHaveCount(0);
  const results = page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toContainText(/找到 \d+ 条与“住院报销”相关的问题/);
  await expect(results.first().locator('mark').first()).toBeVisible();

  await page.getByLabel('城市').selectOption('changchun');
  await expect(page).toHaveURL(/[?&]city=changchun/);
  await expect(results.first()).toContainText('长春市');
  for (const text of await results.allInnerTexts()) expect(text).toContain('长春市');
  expect(await page.evaluate(() => localStorage.getItem('ybmbz-city'))).toBe('changchun');

  await page.getByLabel('主题').selectOption('maternity');
  await expect(page).toHaveURL(/[?&]topic=maternity/);
  await expect(results.first()).toContainText('生育');

  // 长春 has only 城乡居民医保 entries: 职工医保 leaves nothing, and the page offers to widen the search.
  await page.getByLabel('险种').selectOption('employee');
  await expect(page.getByRole('heading', { name: '没有找到“住院报销”' })).toBeVisible();
  await page.getByRole('button', { name: /在全部城市、险种和主题中找/ }).click();
  await expect(results.first()).toBeVisible();
  await expect(page).not.toHaveURL(/city=|scheme=|topic=/);

  // Typing on the page updates the results and the address, without any request.
  const input = page.getByRole('searchbox', { name: '您想问什么？' });
  await input.fill('医保码怎么用');
  await expect(page).toHaveURL(/q=%E5%8C%BB%E4%BF%9D%E7%A0%81/);
  await expect(results.first()).toContainText('医保码');
  expectPrivate(requests.filter((r) => !r.url().includes('/search/?q=')), ['住院报销', '医保码'], baseURL!);
});

test('a question the handbooks do not answer gets a clear “没有找到” with suggestions', async ({ page }) => {
  await page.goto('/search/?q=火星签证');
  await expect(page.getByRole('heading', { name: '没有找到“火星签证”' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '没有找到' })).toHaveText('没有找到与“火星签证”相关的问题。');
  await expect(page.getByText(/换个说法试试/)).toBeVisible();
  const popular = page.getByRole('list', { name: '大家常问' }).getByRole('link');
  expect(await popular.count()).toBeGreaterThan(3);

  // Spelling-tolerant alternatives for a garbled question (the characters of 生育津贴, out of order).
  await page.getByRole('searchbox', { name: '您想问什么？' }).fill('育生贴津');
  await expect(page.getByRole('heading', { name: '没有找到“育生贴津”' })).toBeVisible();
  const similar = page.getByRole('list', { name: '相近的问题' }).getByRole('link');
  await expect(similar.first()).toContainText('生育津贴');
  await popular.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the header suggestions work with the keyboard', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await page.goto('/sources/');
  const box = headerBox(page);
  await box.focus();
  await page.keyboard.type('异地就医备案');
  await expect(suggestions(page).first()).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const count = await suggestions(page).count();
  expect(count).toBeGreaterThan(2);

  await page.keyboard.press('ArrowDown');
  const first = suggestions(page).nth(0);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await expect(suggestions(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(first).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  // Up from the first option wraps to “查看全部”.
  await page.keyboard.press('ArrowUp');
  await expect(suggestions(page).last()).toHaveAttribute('aria-selected', 'true');
  await expect(suggestions(page).last()).toContainText('查看全部');

  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).not.toHaveAttribute('aria-activedescendant');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const title = (await first.locator('span').first().innerText()).trim();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // The new page starts with an empty box; Enter without choosing a suggestion opens every result on /search.
  const again = headerBox(page);
  await expect(again).toHaveValue('');
  await again.fill('异地就医备案');
  await expect(suggestions(page).first()).toBeVisible();
  await again.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E5%BC%82%E5%9C%B0/);
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible();
  expectPrivate(
    requests.filter((r) => r.resourceType() !== 'document' || !r.url().includes('/search/')),
    ['异地就医备案'],
    baseURL!,
  );
});

test('the city a resident looks at comes first, and the box works in 长辈版', async ({ page }) => {
  await page.goto('/changdu/');
  await page.getByRole('button', { name: '长辈版' }).click();
  const box = headerBox(page);
  const height = await box.evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeGreaterThanOrEqual(60);
  await box.fill('起付线');
  await expect(suggestions(page).first()).toBeVisible();
  await expect(suggestions(page).first()).toContainText('昌都市');
  const optionHeight = await suggestions(page).first().evaluate((el) => el.getBoundingClientRect().height);
  expect(optionHeight).toBeGreaterThanOrEqual(60);
  await page.getByRole('button', { name: '标准版' }).click();
});
