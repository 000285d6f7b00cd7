import { expect, test, type Page } from '@playwright/test';
import { hotlineGroups } from '../lib/content/contacts';
import { loadHandbook } from '../lib/content/load';
import { PAGE_TYPES } from './page-types';

/**
 * Phone numbers, on a 390 × 844 phone in 标准版 and 长辈版: the header's phone link is on screen on
 * every page; every city page and answer page ends with “打电话问” (the city's main hotline, tap to
 * call, with its area code); /contacts/ opens at the resident's city, with jump links to every city
 * and district.
 */

const ELDER_KEY = 'ybmbz-elder';
const CITY_KEY = 'ybmbz-city';
const book = loadHandbook();

type Mode = 'normal' | 'elder';

async function setUp(page: Page, mode: Mode, city?: string) {
  await page.addInitScript(
    ([elderKey, elder, cityKey, remembered]) => {
      try {
        localStorage.setItem(elderKey!, elder!);
        if (remembered) localStorage.setItem(cityKey!, remembered);
      } catch {
        /* about:blank */
      }
    },
    [ELDER_KEY, mode === 'elder' ? '1' : '0', CITY_KEY, city ?? ''],
  );
}

/** The layout shifts of the page so far (the Layout Instability API), as CLS adds them up. */
function layoutShift(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
      }),
  );
}

for (const mode of ['normal', 'elder'] as const) {
  test.describe(mode === 'elder' ? '长辈版' : '标准版', () => {
    test('the header’s phone link is on screen on every page type', async ({ page }) => {
      await setUp(page, mode);
      for (const type of PAGE_TYPES) {
        await page.goto(type.path);
        const link = page.getByRole('banner').getByRole('link', { name: mode === 'elder' ? '电话' : '咨询电话', exact: true });
        await expect(link, type.name).toBeVisible();
        const box = (await link.boundingBox())!;
        expect(box.x, type.name).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, type.name).toBeLessThanOrEqual(390);
        expect(box.y + box.height, type.name).toBeLessThanOrEqual(844);
        expect(box.height, type.name).toBeGreaterThanOrEqual(mode === 'elder' ? 60 : 44);
        await expect(link).toHaveAttribute('href', '/contacts/');
      }
    });

    test('every city page and answer page ends with “打电话问”: the main hotline with its area code, tap to call', async ({ page }) => {
      await setUp(page, mode);
      const expected: [string, string, RegExp][] = [
        ['/bazhong/', 'tel:08275775700', /0827-5775700/],
        ['/bazhong/resident/11/', 'tel:08275775700', /0827-5775700/],
        ['/changchun/', 'tel:043181110000', /0431-81110000/],
        ['/changchun/inpatient/4/', 'tel:043181110000', /0431-81110000/],
        ['/changchun/contact/44/', 'tel:043181110000', /0431-81110000/],
        ['/changdu/', 'tel:08954980183', /0895-4980183/],
        ['/changdu/inpatient/4/', 'tel:08954980183', /0895-4980183/],
        ['/national/', 'tel:12393', /12393/],
        ['/national/overview/5/', 'tel:12393', /12393/],
        ['/cases/yidi/1/', 'tel:12393', /12393/],
      ];
      for (const [path, href, shown] of expected) {
        await page.goto(path);
        const block = page.getByRole('region', { name: '打电话问' });
        await expect(block, path).toBeVisible();
        const call = block.locator(`a[href="${href}"]`);
        await expect(call, path).toBeVisible();
        await expect(call, path).toContainText(shown);
        expect((await call.boundingBox())!.height, path).toBeGreaterThanOrEqual(mode === 'elder' ? 60 : 44);
        // It is the end of the page's content: nothing of the page's own follows it.
        const last = await page.evaluate(() => {
          const end = document.querySelector('main')!.lastElementChild; // the answer's <article>, or the city page's last block
          const block = end?.tagName === 'ARTICLE' ? end.lastElementChild : end;
          return block?.getAttribute('aria-labelledby') ?? null;
        });
        expect(last, path).toBe('call-heading');
        // No number without its area code: the area code added to 长春's numbers is said on the page.
        if (path.startsWith('/changchun/')) await expect(block).toContainText('区号 0431 是本站加上的');
      }
      // The case has no number of its own in its source: the page says so and offers the national one.
      await page.goto('/cases/yidi/1/');
      await expect(page.getByRole('region', { name: '打电话问' })).toContainText('这篇报道没有给出医保部门的电话');
    });

    test('/contacts/ without a remembered city: jump links to every city on the first screen, and to every district', async ({ page }) => {
      await setUp(page, mode);
      await page.goto('/contacts/');
      const jump = page.getByRole('navigation', { name: '按地方找电话' });
      for (const name of ['巴中市', '长春市', '昌都市', '其他地区和国家医保局']) {
        const link = jump.getByRole('link', { name });
        await expect(link).toBeVisible();
        expect((await link.boundingBox())!.y + 44).toBeLessThanOrEqual(844);
      }
      // Document order, 巴中 first, no “排在最前” line.
      const order = await page.locator('[data-contacts-city]').evaluateAll((els) => els.map((e) => e.getAttribute('data-contacts-city')));
      expect(order).toEqual(['bazhong', 'changchun', 'changdu', 'national']);
      await expect(page.locator('[data-remembered-note]:visible')).toHaveCount(0);

      // Where the area code was added by us, each city's section says so once.
      await expect(page.locator('section[data-contacts-city="changchun"]')).toContainText('除公主岭市外，这里的号码资料里没有写区号，区号 0431 是本站加上的。');
      await expect(page.locator('section[data-contacts-city="national"]')).toContainText('北京市东城区、北京市西城区的号码资料里没有写区号，区号 010 是本站加上的。');
      await expect(page.locator('a[href="tel:01065006161"]')).toHaveText('010-65006161');
      await expect(page.locator('a[href="tel:043483850067"]')).toHaveCount(0);
      await expect(page.locator('a[href="tel:04345069913"]')).toHaveText('0434-5069913');

      // Every group has its anchor (the one search links to) and a jump link in its city's section.
      for (const group of hotlineGroups(book)) {
        await expect(page.locator(`[id="${group.anchor}"]`), group.anchor).toHaveCount(1);
      }
      await jump.getByRole('link', { name: '昌都市' }).click();
      await expect(page).toHaveURL(/#changdu$/);
      await expect(page.getByRole('heading', { level: 2, name: '昌都市' })).toBeInViewport();
      await page.getByRole('navigation', { name: '昌都市：按区县找' }).getByRole('link', { name: '芒康县' }).click();
      const mangkang = page.locator('[id="changdu-芒康县"]');
      await expect(mangkang).toBeInViewport();
      await expect(mangkang.locator('a[href="tel:08954548829"]')).toBeInViewport();
    });

    test('/contacts/ opens at the remembered city, without anything moving', async ({ page }) => {
      for (const [city, name, first] of [
        ['changdu', '昌都市', 'tel:08954980183'],
        ['changchun', '长春市', 'tel:043181110000'],
      ] as const) {
        await setUp(page, mode, city);
        await page.goto('/contacts/');
        const order = await page.locator('[data-contacts-city]').evaluateAll((els) => els.map((e) => e.getAttribute('data-contacts-city')));
        expect(order[0]).toBe(city);
        expect(order).toHaveLength(4);
        const section = page.locator(`section[data-contacts-city="${city}"]`);
        await expect(section.getByText(`您看过${name}的页面，所以把这里的电话排在最前。`)).toBeVisible();
        // Its main number on the first screen.
        const call = section.locator(`a[href="${first}"]`).first();
        const box = (await call.boundingBox())!;
        expect(box.y + box.height, `${city} ${mode}`).toBeLessThanOrEqual(844);
        // Reordered before the first paint: no layout shift at all.
        expect(await layoutShift(page)).toBe(0);
      }
    });
  });
}

test('a city is remembered by reading its pages, and /contacts/ then opens there', async ({ page }) => {
  await page.goto('/changdu/inpatient/4/');
  await page.getByRole('banner').getByRole('link', { name: '咨询电话' }).click();
  await expect(page).toHaveURL(/\/contacts\/$/);
  await expect(page.locator('[data-contacts-city]').first()).toHaveAttribute('data-contacts-city', 'changdu');
});
