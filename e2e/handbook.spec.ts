import { expect, test, type Page } from '@playwright/test';

/**
 * The handbook as a resident uses it on a phone: browsing from the home page down to an answer,
 * what an answer page offers, topics across cities, the contact directory and the sources page,
 * and that no page is wider than a 360 px screen (wide tables scroll inside .table-wrap).
 */

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('home → city → chapter → entry → related entry', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: /^长春市/ }).click();
  await expect(page).toHaveURL(/\/changchun\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/长春市/);

  await page.getByRole('link', { name: /医保住院待遇/ }).click();
  await expect(page).toHaveURL(/\/changchun\/inpatient\/$/);
  const questions = page.getByRole('list', { name: '问题列表' }).getByRole('link');
  expect(await questions.count()).toBeGreaterThanOrEqual(5);
  const question = questions.nth(3);
  const title = (await question.innerText()).replace(/\s*›\s*$/, '').trim();
  await question.click();
  await expect(page).toHaveURL(/\/changchun\/inpatient\/4\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.answer')).toContainText('55%-65%');

  const related = page.locator('section', { has: page.getByRole('heading', { name: '相关问题' }) }).getByRole('link');
  expect(await related.count()).toBeGreaterThan(0);
  const next = related.first();
  const href = await next.getAttribute('href');
  const relatedTitle = (await next.innerText()).replace(/\s*›\s*$/, '').trim();
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(relatedTitle.replace(/^\S+市\s+/, ''));
});

test('an entry page shows breadcrumbs, its source, previous/next and a copy-link button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
  await page.goto('/bazhong/resident/11/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('参保城乡居民住院费用报销是如何规定的？');

  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(crumbs.getByRole('link', { name: '首页' })).toHaveAttribute('href', '/');
  await expect(crumbs.getByRole('link', { name: '巴中市' })).toHaveAttribute('href', '/bazhong/');
  await expect(crumbs.getByRole('link', { name: /第三章/ })).toHaveAttribute('href', '/bazhong/resident/');

  await expect(page.getByText('来源：巴中市医疗保障局《医保政策宣传手册》第三章 十一问（2025-11）')).toBeVisible();
  await expect(page.getByRole('complementary', { name: '阅读说明' })).toContainText('1000');

  const pager = page.getByRole('navigation', { name: '本章上一问和下一问' });
  await expect(pager.getByRole('link', { name: /上一问/ })).toHaveAttribute('href', '/bazhong/resident/10/');
  await expect(pager.getByRole('link', { name: /下一问/ })).toHaveAttribute('href', '/bazhong/resident/12/');

  const copy = page.getByRole('button', { name: '复制链接' });
  await copy.click();
  await expect(copy.locator('..').getByRole('status')).toHaveText(/链接已复制|\/bazhong\/resident\/11\//);

  await pager.getByRole('link', { name: /下一问/ }).click();
  await expect(page).toHaveURL(/\/bazhong\/resident\/12\/$/);
});

test('answers link to the questions they refer to', async ({ page }) => {
  await page.goto('/bazhong/assistance/5/');
  await page.locator('.answer').getByRole('link', { name: '我市上年度城乡居民人均可支配收入' }).click();
  await expect(page).toHaveURL(/\/bazhong\/resident\/22\/$/);
  await expect(page.locator('.answer')).toContainText('14448');
});

test('answers show bold text and lists, not Markdown or PDF remnants', async ({ page }) => {
  await page.goto('/bazhong/general/27/');
  await expect(page.locator('.answer strong', { hasText: '线上备案渠道：' })).toBeVisible();
  for (const path of ['/bazhong/general/27/', '/bazhong/resident/10/', '/changchun/fund/41/', '/changchun/outpatient/6/']) {
    await page.goto(path);
    const text = await page.locator('.answer').innerText();
    expect(text, path).not.toMatch(/\*\*|答：|\$|<\/?[a-z]+>/);
  }
  await expect(page.locator('.answer ol > li')).toHaveCount(43);
});

test('a topic page lists entries from several cities', async ({ page }) => {
  await page.goto('/topics/inpatient/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('住院');
  for (const city of ['巴中市', '长春市', '昌都市']) {
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: new RegExp(`^${city}（\\d+ 问）$`) }) });
    expect(await section.getByRole('link').count(), city).toBeGreaterThan(0);
  }
  for (const prefix of ['/bazhong/', '/changchun/', '/changdu/']) {
    expect(await page.locator(`main a[href^="${prefix}"]`).count(), prefix).toBeGreaterThan(0);
  }
});

test('the contact directory has tap-to-call links for every city with hotlines', async ({ page }) => {
  await page.goto('/contacts/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('医保咨询电话');
  // The national reference's section holds other cities' numbers and the national 12393: named so (was “全国参考”).
  for (const city of ['巴中市', '长春市', '昌都市', '其他地区和国家医保局']) {
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: city, exact: true }) });
    expect(await section.locator('a[href^="tel:"]').count(), city).toBeGreaterThan(0);
  }
  // Every tel: link dials a whole number (no dashes, no fragments such as “tel:0895”).
  const hrefs = await page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(40);
  for (const href of hrefs) expect(href).toMatch(/^tel:\+?\d{5,}$/);
  expect(hrefs).toContain('tel:08954980183');
  expect(hrefs).toContain('tel:08275775700');
});

test('the sources page lists all five documents', async ({ page }) => {
  await page.goto('/sources/');
  const titles = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(titles).toHaveCount(5);
  for (const title of [/医保政策宣传手册/, /长春市城乡居民医保政策手册/, /昌都市职工基本医疗保险政策问答/, /居民医保各部门电话/, /索朗卓嘎/]) {
    await expect(titles.filter({ hasText: title })).toHaveCount(1);
  }
});

test('the home page shows the popular questions, each opening its answer', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: '大家常问' })).toBeVisible();
  const popular = page.getByRole('list', { name: '大家常问' }).getByRole('link');
  expect(await popular.count()).toBeGreaterThanOrEqual(8);
  const hrefs = await popular.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^\/[a-z]+\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
  await popular.filter({ hasText: '新生儿' }).first().click();
  await expect(page).toHaveURL(/\/bazhong\/resident\/7\/$/);
  await expect(page.locator('.answer')).toContainText('90天');
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  /** The widest tables first, then a spread of entries from every city and chapter. */
  const pages = [
    '/bazhong/chronic/3/',
    '/changchun/guide/2/',
    '/changdu/inpatient/4/',
    '/bazhong/employee/27/',
    '/bazhong/employee/36/',
    '/bazhong/employee/39/',
    '/bazhong/resident/11/',
    '/bazhong/assistance/5/',
    '/bazhong/drugs/5/',
    '/bazhong/oneservice/4/',
    '/bazhong/chronic/4/',
    '/bazhong/chronic/6/',
    '/bazhong/chronic/7/',
    '/bazhong/general/42/',
    '/bazhong/general/43/',
    '/bazhong/resident/10/',
    '/changchun/guide/1/',
    '/changchun/guide/4/',
    '/changchun/guide/6/',
    '/changchun/guide/11/',
    '/changchun/guide/12/',
    '/changchun/outpatient/14/',
    '/changchun/outpatient/16/',
    '/changchun/contact/45/',
    '/changdu/enrolment/2/',
    '/changdu/account/2/',
    '/changdu/special/1/',
    '/changdu/maternity/2/',
    '/changdu/contact/1/',
    '/national/overview/5/',
    '/national/contacts/2/',
    '/cases/yidi/1/',
  ];

  test('no entry page is wider than the screen; wide tables scroll inside .table-wrap', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
      const wraps = page.locator('.answer .table-wrap');
      for (let i = 0; i < (await wraps.count()); i++) {
        const box = await wraps.nth(i).evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth, overflowX: getComputedStyle(el).overflowX }));
        expect(box.overflowX, `${path} table ${i}`).toBe('auto');
        expect(box.client, `${path} table ${i}`).toBeLessThanOrEqual(360);
      }
    }
  });

  test('the widest table really scrolls inside its wrapper', async ({ page }) => {
    await page.goto('/bazhong/chronic/3/');
    const wrap = page.locator('.answer .table-wrap').first();
    const { client, scroll } = await wrap.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(scroll).toBeGreaterThan(client);
    await wrap.evaluate((el) => el.scrollBy({ left: 200 }));
    expect(await wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  test('home, topics, contacts and sources fit the screen', async ({ page }) => {
    for (const path of ['/', '/topics/', '/topics/inpatient/', '/contacts/', '/sources/', '/bazhong/chronic/', '/changdu/special/']) {
      await page.goto(path);
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
    }
  });
});
