import { expect, test } from '@playwright/test';

test('home page renders with the product name, cities and disclaimer', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/医保明白纸/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('link', { name: '医保明白纸' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /巴中市/ })).toBeVisible();
  await expect(page.getByText('本站内容整理自各地医保部门公开资料，仅供参考，以当地医保经办机构解释为准')).toBeVisible();
  // Nothing wider than the phone screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a 巴中 entry opens from the city page and shows its answer', async ({ page }) => {
  await page.goto('/bazhong/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/巴中市/);
  await page.getByRole('link', { name: /第一章/ }).click();
  await expect(page).toHaveURL(/\/bazhong\/general\/$/);
  const first = page.getByRole('list', { name: '问题列表' }).getByRole('link').first();
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page).toHaveURL(/\/bazhong\/general\/1\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title.replace(/\s*›$/, ''));
  await expect(page.locator('.answer')).toContainText('医疗保险');
  await expect(page.getByText(/来源：巴中市医疗保障局《医保政策宣传手册》/)).toBeVisible();
});

test('an unknown URL shows a helpful 404 in Chinese', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '没有找到这个页面' })).toBeVisible();
  await page.getByRole('link', { name: /回到首页/ }).click();
  await expect(page).toHaveURL(/\/$/);
});
