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
  await box.fill('孩子出生后怎么交医保');
  await expect(suggestions(page).first()).toBeVisible();
  expect(requests.some((r) => r.url().endsWith('/search-data.json'))).toBe(true);
  await expect(page.getByRole('banner').getByRole('status')).toContainText(/找到 \d+ 条相关问题/);

  const top3 = suggestions(page).filter({ hasText: '新生儿' });
  await expect(top3.first()).toBeVisible();
  const titles = await suggestions(page).allInnerTexts();
  const index = titles.findIndex((t) => t.includes('新生儿'));
  expect(index).toBeGreaterThanOrEqual(0);
  expect(index).toBeLessThan(3);
  // The words that matched are highlighted, including the thesaurus' 新生儿 for 孩子出生.
  await expect(suggestions(page).nth(index).locator('mark').first()).toBeVisible();

  await suggestions(page).nth(index).click();
  await expect(page).toHaveURL(/\/(bazhong\/resident\/7|changchun\/enrolment\/33)\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('新生儿');
  expectPrivate(requests, ['孩子出生后怎么交医保', '孩子'], baseURL!);
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
  const results = page.locator('#search-results').getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toContainText(/找到 \d+ 条与“住院报销”相关的答案/);
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
  await expect(page.getByRole('status').filter({ hasText: '没有找到' })).toHaveText('没有找到与“火星签证”相关的答案。');
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
  await expect(page.locator('#search-results').getByRole('listitem').first()).toBeVisible();
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

test('your city first: after visiting /bazhong/, its answers come first under their own heading, on the page and in the box', async ({ page }) => {
  await page.goto('/bazhong/');
  await page.goto('/search/?q=住院能报多少');
  const first = page.getByRole('list', { name: '巴中市的答案' }).getByRole('listitem');
  const others = page.getByRole('list', { name: '其他地方' }).getByRole('listitem');
  await expect(first.first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '巴中市的答案' })).toBeVisible();
  for (const text of await first.allInnerTexts()) expect(text).toContain('巴中市');
  // More results until other places' appear: every item above the first of them is 巴中's.
  const more = page.getByRole('button', { name: /再显示/ });
  while ((await others.count()) === 0 && (await more.isVisible())) await more.click();
  await expect(page.getByRole('heading', { level: 2, name: '其他地方' })).toBeVisible();
  const order = await page.locator('#search-results li article p.text-muted').allInnerTexts();
  const firstOther = order.findIndex((t) => !t.startsWith('巴中市'));
  expect(firstOther).toBe(await first.count());
  for (const text of await others.allInnerTexts()) expect(text).not.toContain('巴中市 ·');

  // The header box ranks the same way.
  await page.goto('/sources/');
  await headerBox(page).fill('住院能报多少');
  await expect(suggestions(page).first()).toContainText('巴中市');
  const options = await suggestions(page).allInnerTexts();
  const firstNotBazhong = options.findIndex((t) => !t.includes('巴中市') && !t.includes('查看全部'));
  for (const t of options.slice(0, firstNotBazhong < 0 ? options.length : firstNotBazhong)) expect(t).toMatch(/巴中市|查看全部/);
});

test('a question for a phone number finds the office, tap to call', async ({ page }) => {
  await page.goto('/search/?q=九台区医保电话多少');
  const firstResult = page.locator('#search-results li').first();
  await expect(firstResult).toContainText('九台区');
  const call = firstResult.getByRole('link', { name: /打电话给九台区医保业务咨询电话/ });
  await expect(call).toHaveAttribute('href', /^tel:\d{7,}$/);
  await firstResult.getByRole('link', { name: /九台区医保咨询电话/ }).click();
  await expect(page).toHaveURL(/\/contacts\/#changchun-/);
});

test('a long spoken question: fillers dropped, the echo is short and the first answer is on the first screen', async ({ page }) => {
  const spoken = '喂你好，麻烦问一下哈，就是说我妈今年七十多了，在巴中乡下交的医保，她住院的话那个起付线是好多钱嘛，谢谢了';
  await page.goto(`/search/?q=${encodeURIComponent(spoken)}`);
  const status = page.getByRole('status').filter({ hasText: '找到' });
  await expect(status).toContainText('…');
  expect((await status.innerText()).length).toBeLessThan(40);
  const links = page.locator('#search-results li :is(h2, h3) a');
  await expect(links.first()).toBeVisible();
  expect((await links.allInnerTexts()).slice(0, 3).join('\n')).toMatch(/起付|住院/);
  const box = await links.first().boundingBox();
  expect(box!.y + box!.height).toBeLessThan(844);
});

test('an answer shows how else residents ask it (也有人这样问)', async ({ page }) => {
  await page.goto('/bazhong/resident/11/');
  const similar = page.getByRole('region', { name: '也有人这样问' }).getByRole('listitem');
  expect(await similar.count()).toBeGreaterThanOrEqual(6);
});

test('a district or county names its city: 通江 puts 巴中市’s answers first under their heading, in 长辈版 too', async ({ page }) => {
  await page.goto('/search/?q=通江县住院起付线多少');
  await expect(page.getByRole('heading', { level: 2, name: '巴中市的答案' })).toBeVisible();
  const first = page.getByRole('list', { name: '巴中市的答案' }).getByRole('listitem');
  await expect(first.first()).toContainText('巴中市');
  await page.getByRole('button', { name: '长辈版' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '巴中市的答案' })).toBeVisible();
  await page.getByRole('button', { name: '标准版' }).click();
});
