import { expect, test } from '@playwright/test';
import { loadRuleBook } from '../lib/policy/load';
import { buildSheet, formatSheetNumber, sheetIds, sheetNumbers } from '../lib/policy/sheet';
import { useMode } from './page-types';

/**
 * 明白纸: a page per city and scheme, readable on a phone in both modes, printed on one A4 page, each
 * number on it one of the rules' (lib/policy/sheet.test.ts checks those against the rules files).
 */
const rules = loadRuleBook();
const SHEETS = sheetIds(rules);

for (const { id, rulesCity, scheme } of SHEETS) {
  test(`${id}: every number on the page is the rules', and it prints on one A4 page`, async ({ page }) => {
    await page.goto(`/sheet/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('明白纸');
    const allowed = new Set(sheetNumbers(buildSheet(rules[rulesCity]!, scheme)).map(formatSheetNumber));
    const body = await page.locator('.sheet-body').innerText();
    // Numbers with their unit, as the sheet writes them; phone numbers are the hotlines'.
    const written = [...body.replace(/\d{3,4}-\d{5,8}|\b\d{5}\b/g, '').matchAll(/\d+(?:\.\d+)?(?:万元|元|%|个百分点|年度|周(?!岁)|个月|天)/g)].map((m) => m[0]);
    expect(written.length).toBeGreaterThan(10);
    for (const w of written) expect(allowed.has(w), `${w} is not a number of the rules`).toBe(true);
    // A QR code back to this page, drawn at build time (no request to anyone).
    await expect(page.getByRole('img', { name: new RegExp(`二维码.*/sheet/${id}/`) })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, `${id} prints on ${pages} pages`).toBe(1);
  });
}

test('the sheet is readable on a phone in 长辈版, with a print button', async ({ page }) => {
  await useMode(page, 'elder');
  await page.goto('/sheet/bazhong-resident/');
  await expect(page.getByRole('button', { name: '打印这张明白纸' })).toBeVisible();
  const size = await page.locator('.sheet-lines li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('each city page links to its 明白纸', async ({ page }) => {
  await page.goto('/bazhong/');
  await page.getByRole('link', { name: '打印明白纸（城乡居民医保）' }).click();
  await expect(page).toHaveURL(/\/sheet\/bazhong-resident\/$/);
  await page.goto('/changchun/');
  await page.getByRole('link', { name: '打印明白纸' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('长春市城乡居民医保明白纸');
});
