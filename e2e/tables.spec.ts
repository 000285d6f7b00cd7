import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { calculatorResultUrl, useMode } from './page-types';

/**
 * Wide tables on a 390 px phone, in 标准版 and 长辈版: every table of every page that has one is in
 * a scroll box; a table wider than its box shows “← 左右滑动看全表 →” above it and can be scrolled
 * with the keyboard (a named, focusable region); a table that fits shows no cue. No column is ever cut
 * without the cue.
 */

const OUT = path.resolve(__dirname, '..', 'out');

/** Every exported page with a table (found in the build, so that a new table is checked too). */
function pagesWithTables(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html' && fs.readFileSync(full, 'utf8').includes('<table')) {
        found.push(`/${path.relative(OUT, path.dirname(full)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'));
      }
    }
  };
  walk(OUT);
  return found.sort();
}

interface TableReport {
  where: string;
  inBox: boolean;
  overflow: number;
  cueShown: boolean;
  cueOnScreen: boolean;
  region: boolean;
}

/** Each table on the page: is it in a scroll box, how much wider than it, and is the cue shown. */
function tables(page: Page): Promise<TableReport[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('table')).map((table, i) => {
      const wrap = table.closest('.table-wrap') as HTMLElement | null;
      const box = wrap?.parentElement;
      const cue = box?.querySelector(':scope > .table-cue') as HTMLElement | null;
      const cueRect = cue?.getBoundingClientRect();
      const caption = table.querySelector('caption')?.textContent ?? table.querySelector('th')?.textContent ?? '';
      return {
        where: `table ${i + 1} “${caption.trim().slice(0, 16)}”`,
        inBox: !!wrap && getComputedStyle(wrap).overflowX === 'auto',
        overflow: wrap ? wrap.scrollWidth - wrap.clientWidth : table.getBoundingClientRect().width - document.documentElement.clientWidth,
        cueShown: !!cue && getComputedStyle(cue).visibility === 'visible' && (cue.textContent ?? '').includes('左右滑动看全表'),
        cueOnScreen: !!cueRect && cueRect.left >= 0 && cueRect.right <= window.innerWidth && cueRect.height > 0,
        region: !!wrap && wrap.getAttribute('role') === 'region' && !!wrap.getAttribute('aria-label') && wrap.tabIndex === 0,
      };
    }),
  );
}

/** What is wrong with the page's tables: a cut table without the cue, a cue over a table that fits. */
async function problems(page: Page, where: string): Promise<string[]> {
  // The cue follows the table's size (islands/table-cue.ts): let a frame pass after the last layout.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const out: string[] = [];
  for (const t of await tables(page)) {
    const name = `${where} ${t.where}`;
    if (!t.inBox) out.push(`${name}: not in a scroll box`);
    if (!t.region) out.push(`${name}: its scroll box is not a named, focusable region`);
    if (t.overflow > 1 && !(t.cueShown && t.cueOnScreen)) out.push(`${name}: ${t.overflow} px wider than its box, without the cue`);
    if (t.overflow <= 1 && t.cueShown) out.push(`${name}: fits, but shows the cue`);
  }
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (pageOverflow > 0) out.push(`${where}: the page is ${pageOverflow} px wider than the screen`);
  return out;
}

for (const mode of ['normal', 'elder'] as const) {
  test.describe(mode === 'elder' ? '长辈版' : '标准版', () => {
    test.beforeEach(async ({ page }) => {
      await useMode(page, mode);
    });

    test('every table of the handbook’s pages: the cue wherever it is wider than the screen, none where it fits', async ({ page }) => {
      test.setTimeout(180_000);
      const paths = pagesWithTables();
      expect(paths.length).toBeGreaterThan(40);
      const found: string[] = [];
      let wide = 0;
      for (const p of paths) {
        await page.goto(p);
        found.push(...(await problems(page, p)));
        wide += (await tables(page)).filter((t) => t.overflow > 1).length;
      }
      expect(found).toEqual([]);
      // The check saw tables that do not fit (长春's 分段比例, 巴中's 慢病 table): the cue was really needed.
      expect(wide).toBeGreaterThan(0);
    });

    test('the calculator’s result and the comparison: every table fits or shows the cue', async ({ page }) => {
      await page.goto(calculatorResultUrl());
      await expect(page.getByRole('heading', { name: '估算结果' })).toBeVisible();
      // The what-if tables come a moment later (computed after the result is drawn).
      await expect(page.locator('table')).toHaveCount(4);
      expect(await problems(page, 'calculator result')).toEqual([]);
      await page.goto('/compare/');
      await expect(page.getByRole('heading', { level: 2, name: /^长春市/ })).toBeVisible();
      expect(await problems(page, 'compare')).toEqual([]);
    });
  });
}

test('the cue follows the table: it comes with 长辈版’s larger text and goes with 标准版', async ({ page }) => {
  // 昌都's 普通门诊 table fits a 390 px phone in 标准版 but not in 长辈版.
  await page.goto('/changdu/account/2/');
  const box = page.locator('.answer .table-box').first();
  const cue = box.locator('.table-cue');
  await expect(cue).toHaveCSS('visibility', 'hidden');
  await page.getByRole('banner').getByRole('button', { name: '长辈版' }).click();
  await expect(cue).toHaveCSS('visibility', 'visible');
  await expect(cue).toHaveText('← 左右滑动看全表 →');
  // The region scrolls with the keyboard.
  const wrap = box.locator('.table-wrap');
  await wrap.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await page.getByRole('banner').getByRole('button', { name: '标准版' }).click();
  await expect(cue).toHaveCSS('visibility', 'hidden');
});
