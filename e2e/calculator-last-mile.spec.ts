import { expect, test, type Page } from '@playwright/test';
import { loadRuleBook } from '../lib/policy/load';
import { rulesVersion } from '../lib/policy/version';
import { answerUpToBazhongLevel3Bill, calculatorResultUrl, useMode } from './page-types';

/**
 * The calculator's last mile, as residents use it on a 390 px phone (issues 13 and 14): what is typed
 * survives a reload or a discarded tab, the remembered city is chosen, amounts as people say them,
 * what cannot be computed said where people look, 长春 births, 算一算 from answers, the 生育津贴 tool,
 * the date of the rules on every result, an old link said to be old, and an honest printout.
 */
const rules = loadRuleBook();
const totalField = (page: Page) => page.getByLabel(/总费用/).first();

for (const mode of ['标准版', '长辈版'] as const) {
  test(`${mode}: amounts typed on the last step survive a reload and a tab left for WeChat`, async ({ page }) => {
    await useMode(page, mode === '长辈版' ? 'elder' : 'normal');
    await page.goto('/calculator/');
    await answerUpToBazhongLevel3Bill(page);
    await totalField(page).fill('一万二');
    await expect(page.getByText(/按 ¥12,000\.00（1\.2万元）\s*计算/)).toBeVisible();
    // Leaving the tab at once (before the typing pause) writes the address.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.reload();
    await expect(totalField(page)).toHaveValue('一万二');
    await totalField(page).fill('5,0000');
    await expect(page.getByText(/按 ¥50,000\.00（5万元）\s*计算/)).toBeVisible();
    await page.waitForTimeout(400);
    await page.reload();
    await expect(totalField(page)).toHaveValue('5,0000');
  });
}

test('the remembered city is chosen already, and a bill of 0 元 gets a clear message', async ({ page }) => {
  await page.goto('/changdu/');
  await page.goto('/calculator/');
  await expect(page.getByRole('radio', { name: /昌都市/ })).toBeChecked();
  await page.goto('/calculator/');
  await page.evaluate(() => localStorage.setItem('ybmbz-city', 'bazhong'));
  await page.reload();
  await answerUpToBazhongLevel3Bill(page);
  await totalField(page).fill('0');
  await page.getByRole('button', { name: '看结果' }).click();
  await expect(page.getByText(/总费用是 0 元/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '估算结果' })).toHaveCount(0);
});

test('what cannot be computed stands in the list with its reason; a 长春 birth is a 定额, not a stay', async ({ page }) => {
  await page.goto(`/calculator/#s=${Buffer.from(JSON.stringify({ city: 'changchun', scheme: 'resident', events: [{ type: 'maternity' }] })).toString('base64url')}&step=events`);
  const twoDiseases = page.getByRole('radio', { name: /“两病”门诊用药（这里算不了）/ });
  await expect(twoDiseases).toBeDisabled();
  await expect(page.getByText(/长春手册没有单列/).first()).toBeVisible();
  await expect(page.getByRole('radio', { name: /难产（这里算不了）/ })).toBeDisabled();
  await page.getByRole('radio', { name: '顺产', exact: true }).check();
  await totalField(page).fill('3000');
  await page.getByRole('button', { name: '看结果' }).click();
  await expect(page.getByTestId('result-fund')).toHaveText('¥2,250.00');
  await expect(page.getByText(/省级/).first()).toBeVisible();
});

test('an answer offers “算一算” with its kind of bill chosen; the 生育津贴 answer opens the 生育津贴 tool', async ({ page }) => {
  await page.goto('/bazhong/resident/11/');
  await page.getByRole('link', { name: /算一算住院能报多少/ }).click();
  await expect(page.getByRole('heading', { name: '参保人的情况' })).toBeVisible();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('radio', { name: /^住院/ })).toBeChecked();

  await page.goto('/changdu/maternity/6/');
  await page.getByRole('link', { name: '算一算生育津贴' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('生育津贴能领多少');
  await page.getByLabel('单位上年度在岗职工月平均缴费工资基数').fill('6000');
  // 120 days at 6000 ÷ 30 = 200 a day (the rules of 昌都: tools.maternityAllowance).
  const tool = rules.changdu!.tools!.maternityAllowance!;
  await expect(page.getByText(`生育津贴 ${tool.baseDays} 天，约`)).toBeVisible();
  await expect(page.getByText('¥24,000.00').first()).toBeVisible();
});

test('every result and compare column says which date’s rules it used; a link made with older rules says so', async ({ page }) => {
  await page.goto(calculatorResultUrl());
  await expect(page.getByTestId('rules-as-of')).toContainText('按巴中市2025年11月的手册规定估算');
  await page.goto(`/compare/${new URL(calculatorResultUrl(), 'http://x').hash}`);
  await expect(page.getByTestId('compare-rules-as-of').first()).toBeVisible();
  expect((await page.getByTestId('compare-rules-as-of').allInnerTexts()).join()).toContain('2021年3月');

  const current = rulesVersion(rules.bazhong!);
  const old = `${calculatorResultUrl()}&v=2024-01.00000000`;
  await page.goto(old);
  await expect(page.getByTestId('old-rules')).toHaveText('这个链接是按旧规定算的，下面是按现行规定重新计算的结果。');
  await page.goto(`${calculatorResultUrl()}&v=${current}`);
  await expect(page.getByRole('heading', { name: '估算结果' })).toBeVisible();
  await expect(page.getByTestId('old-rules')).toHaveCount(0);
  // The address the calculator writes carries today's version.
  await page.getByRole('button', { name: '上一步' }).or(page.getByRole('button', { name: /修改/ })).first().click();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`v=${current}`);
});

test('printing a result gives one honest sheet: scenario, payers, steps with sources, the rules date, when it was printed, the disclaimer', async ({ page }) => {
  await page.goto(calculatorResultUrl());
  await expect(page.getByRole('heading', { name: '估算结果' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('main').innerText();
  expect(text).toContain('估算结果（仅供参考，不是报销凭证）');
  expect(text).toContain('按巴中市2025年11月的手册规定估算');
  expect(text).toMatch(/打印于 \d{4}\/\d{1,2}\/\d{1,2}/);
  expect(text).toContain('您填写的情况');
  expect(text).toMatch(/依据/);
  await expect(page.getByRole('banner')).toBeHidden();
  // Nothing that looks official: no seal, no voucher or reference number.
  expect(text).not.toMatch(/公章|凭证号|编号|流水号|专用章/);
});
