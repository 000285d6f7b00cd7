import { expect, test, type Page } from '@playwright/test';
import { estimateInput } from '../lib/engine/estimate';
import { formatYuan } from '../lib/money';
import { loadRuleBook } from '../lib/policy/load';
import type { EstimateResult } from '../lib/scenario/types';
import { answerUpToBazhongLevel3Bill, calculatorResultUrl } from './page-types';

/**
 * The calculator as a resident uses it on a phone. Expected figures come from the engine itself,
 * run here on the Node side with the same rules the page was built from.
 */

const rules = loadRuleBook();

function expected(input: unknown): EstimateResult {
  const outcome = estimateInput(input, rules);
  if (!outcome.ok) throw new Error(`${outcome.error.path}: ${outcome.error.message}`);
  return outcome.result;
}

/** Every request the page makes from now on (the calculator must make none while computing). */
async function watchNetwork(page: Page): Promise<string[]> {
  // Let the page finish loading: framework chunks, the result step's chunk (fetched when idle) and
  // link prefetches of the header and footer, which happen once when they come into view.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return requests;
}

async function checkResult(page: Page, r: EstimateResult) {
  await expect(page.getByRole('heading', { name: '估算结果' })).toBeVisible();
  await expect(page.getByTestId('result-personal')).toHaveText(formatYuan(r.personal));
  await expect(page.getByTestId('result-fund')).toHaveText(formatYuan(r.fund));
  await expect(page.getByTestId('result-total')).toHaveText(formatYuan(r.total));
}

const BAZHONG_L3 = { city: 'bazhong', scheme: 'resident', events: [{ type: 'inpatient', level: 'level3', where: 'local', total: '5万', outOfScope: '3000' }] };

test('巴中 城乡居民 三级医院住院: the page shows the engine’s figures, computed in the browser', async ({ page }) => {
  const r = expected(BAZHONG_L3);
  expect(r.personal).toBe('19356.80');

  await page.goto('/calculator/');
  const requests = await watchNetwork(page);

  await page.getByRole('radio', { name: /巴中市/ }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('heading', { name: '您参加的是哪种医保？' })).toBeFocused();
  await page.getByRole('radio', { name: /城乡居民医保/ }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('heading', { name: '参保人的情况' })).toBeFocused();
  // Only what 巴中居民 uses: no 退休, 公务员, 学生 questions.
  await expect(page.getByRole('radio', { name: '退休' })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await page.getByRole('button', { name: '继续' }).click();

  await expect(page.getByRole('heading', { name: '看病花了多少钱？' })).toBeFocused();
  await expect(page.getByRole('radio', { name: /^住院/ })).toBeChecked();
  await page.getByRole('radio', { name: /三级医疗机构/ }).check();
  await expect(page.getByRole('radio', { name: /市内定点医疗机构/ })).toBeChecked();
  // 巴中 has no 乙类 self-pay rule: the calculator does not ask for it.
  await expect(page.getByLabel('其中乙类药品和项目')).toHaveCount(0);
  await page.getByLabel('总费用').fill('5万');
  await expect(page.getByText('按 ¥50,000.00（5万元） 计算')).toBeVisible();
  await page.getByLabel('其中自费（医保目录外）').fill('3000');
  await page.getByRole('button', { name: '看结果' }).click();

  await checkResult(page, r);
  await expect(page.getByRole('heading', { name: '估算结果' })).toBeFocused();
  // Each payer, as in the engine.
  const table = page.getByRole('table', { name: '各方支付金额' });
  await expect(table.getByRole('row', { name: /基本医保统筹基金/ })).toContainText(formatYuan(r.payers.basic ?? '0'));
  await expect(table.getByRole('row', { name: /城乡居民大病保险/ })).toContainText(formatYuan(r.payers.critical ?? '0'));
  // Every step, in the engine's words, with a link to the handbook entry it rests on.
  for (const step of r.events[0]?.steps ?? []) await expect(page.getByText(step.text, { exact: true })).toBeVisible();
  const sources = page.getByRole('link', { name: /^依据：巴中手册/ });
  expect(await sources.count()).toBe(r.events[0]?.steps.length);
  await expect(sources.first()).toHaveAttribute('href', `/${r.events[0]?.steps[0]?.source}/`);
  await expect(page.getByText('本结果按手册公布的政策估算，实际报销以医保经办机构结算为准。')).toBeVisible();

  // What-if: the chart, and the same bill at every level, each figure from the engine.
  await expect(page.getByRole('img', { name: /折线图/ })).toBeVisible();
  await expect(page.getByText(`您的账单：总费用 ¥50,000.00，您付 ${formatYuan(r.personal)}`)).toBeVisible();
  const levels = page.getByRole('table', { name: '同样的费用在各级医院' });
  const township = expected({ ...BAZHONG_L3, events: [{ ...BAZHONG_L3.events[0], level: 'township' }] });
  await expect(levels.getByRole('row', { name: /乡镇卫生院/ })).toContainText(formatYuan(township.personal));
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByText(/总费用 ¥600,000.00 时：您付 ¥190,000.00/)).toBeVisible();

  // Nothing was fetched: every figure above was computed in the browser.
  expect(requests).toEqual([]);

  // Back goes to the previous question with the answers kept, forward returns to the result.
  await page.goBack();
  await expect(page.getByRole('heading', { name: '看病花了多少钱？' })).toBeVisible();
  await expect(page.getByLabel('总费用')).toHaveValue('5万');
  await page.goForward();
  await checkResult(page, r);
});

test('the link of a result opens the same result, also after a reload', async ({ page, context }) => {
  const r = expected(BAZHONG_L3);
  await page.goto('/calculator/');
  await answerUpToBazhongLevel3Bill(page);
  await page.getByLabel('总费用').fill('5万');
  await page.getByLabel('其中自费（医保目录外）').fill('3000');
  await page.getByRole('button', { name: '看结果' }).click();
  await checkResult(page, r);
  const url = page.url();
  expect(url).toMatch(/\/calculator\/#s=[A-Za-z0-9_-]+&step=result&v=[0-9-]+\.[0-9a-f]{8}$/);

  await page.reload();
  await checkResult(page, r);

  const other = await context.newPage();
  await other.goto(url);
  await checkResult(other, r);
  await expect(other.getByText('城乡居民医保', { exact: true })).toBeVisible();

  // The link's scenario is the contract's JSON, the typed text included: the CLI would accept it.
  const s = new URLSearchParams(new URL(url).hash.slice(1)).get('s') ?? '';
  const json = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
  expect(json).toEqual(BAZHONG_L3);
  expect(expected(json).personal).toBe(r.personal);
});

test('a wrong amount is explained next to the field, and nothing typed is lost', async ({ page }) => {
  await page.goto('/calculator/?city=bazhong&scheme=resident&step=events');
  await expect(page.getByRole('heading', { name: '看病花了多少钱？' })).toBeVisible();
  const total = page.getByLabel('总费用');
  const message = '请输入数字金额，例如 3000、1,200、5万 或 一万二';

  for (const wrong of ['abc', '5-3']) {
    await total.fill(wrong);
    await total.blur();
    const error = page.locator('#f-events-0-total-error');
    await expect(error).toContainText(message);
    await expect(total).toHaveAttribute('aria-invalid', 'true');
    await expect(total).toHaveAttribute('aria-describedby', /f-events-0-total-error/);
  }

  // Submitting lists every problem in an announced summary, each linking to its field.
  await page.getByRole('button', { name: '看结果' }).click();
  const summary = page.getByRole('alert').filter({ hasText: '请先修改以下内容' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: '请选择医院等级' })).toBeVisible();
  await summary.getByRole('link', { name: message }).click();
  await expect(total).toBeFocused();
  await expect(page.getByRole('heading', { name: '估算结果' })).toHaveCount(0);

  // The typed text is kept in the URL: a reload shows it again, with its message.
  await page.waitForTimeout(400);
  const s = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('s') ?? '';
  expect(JSON.parse(Buffer.from(s, 'base64url').toString('utf8')).events[0].total).toBe('5-3');
  await page.reload();
  await expect(page.getByLabel('总费用')).toHaveValue('5-3');

  // Fixing it (full-width digits are fine) gives the result.
  await page.getByRole('radio', { name: /二级医疗机构/ }).check();
  await page.getByLabel('总费用').fill('１２０００');
  await expect(page.locator('#f-events-0-total-error')).toBeEmpty();
  await page.getByRole('button', { name: '看结果' }).click();
  await checkResult(page, expected({ city: 'bazhong', scheme: 'resident', events: [{ type: 'inpatient', level: 'level2', where: 'local', total: 12000 }] }));
});

for (const mode of ['normal', 'elder'] as const) {
  test(`${mode === 'elder' ? '长辈版' : '标准版'}: the first screen shows the answer, after 看结果 and when a shared result opens`, async ({ page }) => {
    await page.addInitScript((elder) => localStorage.setItem('ybmbz-elder', elder), mode === 'elder' ? '1' : '0');
    const r = expected(BAZHONG_L3);
    /** The answer (“您大约要自己付 ¥… 医保等报销 ¥…”), the engine's figures, wholly in the 390 × 844 viewport. */
    const answerOnScreen = async (what: string) => {
      const summary = page.getByTestId('result-summary');
      await expect(summary).toContainText(`您大约要自己付 ${formatYuan(r.personal)}`);
      await expect(summary).toContainText(`医保等报销 ${formatYuan(r.fund)}`);
      await expect(summary, what).toBeInViewport({ ratio: 1 });
    };

    // A shared link opens at the top of the page: the answer is on its first screen.
    await page.goto(calculatorResultUrl(BAZHONG_L3));
    await expect(page.getByRole('heading', { name: '估算结果' })).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await answerOnScreen('shared link');

    // After 看结果 (from the bottom of a long form), focus goes to the result and the answer comes into view.
    await page.goto('/calculator/');
    await answerUpToBazhongLevel3Bill(page);
    await page.getByLabel('总费用').fill('5万');
    await page.getByLabel('其中自费（医保目录外）').fill('3000');
    await page.getByRole('button', { name: '看结果' }).click();
    await expect(page.getByRole('heading', { name: '估算结果' })).toBeFocused();
    await answerOnScreen('after 看结果');
  });
}

test('the compare page shows every city, each with the engine’s figures and how it was mapped', async ({ page }) => {
  await page.goto('/compare/');
  // The custom profile is called what it is here: the national reference, which the resident may change.
  const names = ['巴中市', '长春市', '昌都市', '全国参考标准（可修改）'];
  for (const name of names) await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${name.replace(/[（）]/g, '.')}`) })).toBeVisible();
  const example = { type: 'inpatient', level: 'level3', where: 'local', total: 50000, outOfScope: 3000 };
  const changdu = expected({ city: 'changdu', scheme: 'employee', events: [example] });
  const changchun = expected({ city: 'changchun', scheme: 'resident', events: [example] });
  await expect(page.locator('#city-changdu')).toContainText(`您付 ${formatYuan(changdu.personal)}`);
  await expect(page.locator('#city-changchun')).toContainText(`您付 ${formatYuan(changchun.personal)}`);
  await expect(page.locator('#city-changdu')).toContainText('昌都市手册只有职工医保，按职工医保计算');
  const overview = page.getByRole('table', { name: '各地自己付和医保等支付的金额' });
  await expect(overview.getByRole('row')).toHaveCount(5);

  // Another amount: every city recomputed in the browser, nothing fetched.
  const requests = await watchNetwork(page);
  await page.getByLabel('换个总费用试试').fill('20万');
  const bigger = expected({ city: 'changdu', scheme: 'employee', events: [{ ...example, total: 200000, outOfScope: 3000 }] });
  await expect(page.locator('#city-changdu')).toContainText(`您付 ${formatYuan(bigger.personal)}`);
  expect(requests).toEqual([]);

  // Clearing or mistyping the amount keeps the field (the message sits next to it), and the figures of
  // the last valid amount go away: they answered another question. (Intentionally changed: they used
  // to stay on screen under “请输入金额”.)
  await page.getByLabel('换个总费用试试').fill('');
  await expect(page.getByLabel('换个总费用试试')).toBeVisible();
  await expect(page.getByTestId('compare-stale')).toBeVisible();
  await expect(page.locator('#city-changdu')).toHaveCount(0);
  await expect(page.getByText(formatYuan(bigger.personal))).toHaveCount(0);
  await page.getByLabel('换个总费用试试').fill('abc');
  await expect(page.getByLabel('换个总费用试试')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(formatYuan(bigger.personal))).toHaveCount(0);
  await expect(page.getByRole('table', { name: '各地自己付和医保等支付的金额' })).toHaveCount(0);
  // A valid amount again: the comparison is back, nothing else lost.
  await page.getByLabel('换个总费用试试').fill('20万');
  await expect(page.locator('#city-changdu')).toContainText(`您付 ${formatYuan(bigger.personal)}`);
  await expect(page.getByTestId('compare-stale')).toHaveCount(0);

  // A scenario from the calculator: a 乡镇卫生院 stay becomes 长春's and 昌都's 一级医院.
  const scenario = { city: 'bazhong', scheme: 'resident', events: [{ type: 'inpatient', level: 'township', where: 'local', total: '8000' }] };
  await page.goto(`/compare/#s=${Buffer.from(JSON.stringify(scenario)).toString('base64url')}`);
  await expect(page.locator('#city-changchun')).toContainText('“乡镇卫生院（社区卫生服务中心）”按长春市的“一级医院（社区卫生服务中心、乡镇卫生院）”计算');
  const mapped = expected({ city: 'changchun', scheme: 'resident', events: [{ type: 'inpatient', level: 'level1', where: 'local', total: 8000 }] });
  await expect(page.locator('#city-changchun')).toContainText(`您付 ${formatYuan(mapped.personal)}`);
});

test('keyboard only: Tab, Space and Enter complete an estimate, focus following each question', async ({ page }) => {
  await page.goto('/calculator/');
  await page.waitForLoadState('networkidle');
  /** Presses Tab until the focused element matches (a human would too). */
  const tabTo = async (selector: string) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  };

  // 1. City: the first radio of the group, Space to choose, Enter on 继续.
  await tabTo('input[name="city"]');
  await expect(page.getByRole('radio', { name: /巴中市/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /巴中市/ })).toBeChecked();
  await tabTo('button[type="submit"]');
  await page.keyboard.press('Enter');
  // 2. Scheme (focus moved to the question).
  await expect(page.getByRole('heading', { name: '您参加的是哪种医保？' })).toBeFocused();
  await tabTo('input[name="scheme"]');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /^职工医保/ })).toBeChecked();
  await tabTo('button[type="submit"]');
  await page.keyboard.press('Enter');
  // 3. Person: tick 退休 is not needed; type an age and press Enter in the field.
  await expect(page.getByRole('heading', { name: '参保人的情况' })).toBeFocused();
  await tabTo('#f-person-age');
  await page.keyboard.type('82');
  await page.keyboard.press('Enter');
  // 4. Events: 住院 is preselected; the first level with Space; the amount; Enter.
  await expect(page.getByRole('heading', { name: '看病花了多少钱？' })).toBeFocused();
  await tabTo('input[name="level-0"]');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /乡镇卫生院/ })).toBeChecked();
  await tabTo('#f-events-0-total');
  await page.keyboard.type('20000');
  await page.keyboard.press('Enter');

  await checkResult(page, expected({ city: 'bazhong', scheme: 'employee', person: { age: 82 }, events: [{ type: 'inpatient', level: 'township', where: 'local', total: 20000 }] }));
  await expect(page.getByRole('heading', { name: '估算结果' })).toBeFocused();
  // The way back is reachable too: the first "修改" button (参保地), with Enter.
  await tabTo('button:has(.sr-only)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '您在哪里参加医保？' })).toBeFocused();
  await expect(page.getByRole('radio', { name: /巴中市/ })).toBeChecked();
});

test('长辈版: larger type and 60 px tap targets, nothing wider than the screen', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ybmbz-elder', '1'));
  await page.goto('/calculator/?city=changchun&step=events');
  await expect(page.getByRole('heading', { name: '看病花了多少钱？' })).toBeVisible();
  const box = await page.getByLabel('总费用').boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(60);
  const radio = await page.locator('label:has(input[name="level-0"])').first().boundingBox();
  expect(radio?.height).toBeGreaterThanOrEqual(60);
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(18);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // 长春 asks for 乙类 (it is self-paid first there).
  await expect(page.getByLabel('其中乙类药品和项目')).toBeVisible();
});

test('/compare ranks like with like: the headline names the scheme, other schemes are shown but not ranked, 长春’s levels are explained', async ({ page }) => {
  const example = { type: 'inpatient', level: 'level3', where: 'local', total: 50000, outOfScope: 3000 };
  const resident = (city: string) => expected({ city, scheme: 'resident', events: [example] });
  const bazhong = resident('bazhong');
  const changchun = resident('changchun');
  const changdu = expected({ city: 'changdu', scheme: 'employee', events: [example] });
  // The trap of the old headline: 昌都's 职工医保 is cheaper than any 城乡居民医保.
  expect(Number(changdu.personal)).toBeLessThan(Math.min(Number(bazhong.personal), Number(changchun.personal)));

  await page.goto('/compare/');
  const headline = page.getByTestId('compare-headline');
  const [low, high] = Number(bazhong.personal) <= Number(changchun.personal) ? [['巴中市', bazhong], ['长春市', changchun]] as const : [['长春市', changchun], ['巴中市', bazhong]] as const;
  await expect(headline).toHaveText(
    `同样是城乡居民医保、同样的情况，自己付得最少的是${low[0]}（${formatYuan(low[1].personal)}），最多的是${high[0]}（${formatYuan(high[1].personal)}），相差 ${formatYuan((Number(high[1].personal) - Number(low[1].personal)).toFixed(2))}。`,
  );
  await expect(headline).not.toContainText('昌都');
  await expect(page.getByText('昌都市的资料只有职工医保的规定')).toBeVisible();
  // The national reference is shown as a reference, not as a place in the ranking.
  await expect(page.getByText(/^按全国参考标准（可修改）算，您付 ¥[\d,.]+（全国一般情况，仅作参考，不参加排名）。$/)).toBeVisible();
  // The table names each row's scheme; “（最少）” marks the cheapest of the same scheme only.
  const overview = page.getByRole('table', { name: '各地自己付和医保等支付的金额' });
  await expect(overview.getByRole('row', { name: /昌都市/ })).toContainText('职工医保');
  await expect(overview.getByText('（最少）')).toHaveCount(1);
  await expect(overview.getByRole('row', { name: new RegExp(low[0]) })).toContainText('（最少）');
  // How 长春's levels were read: its own name for the level, and the 省级 level it also has.
  const cc = page.locator('#city-changchun');
  await expect(cc).toContainText('第1笔住院：“三级医疗机构”按长春市的“三级（市级）医院”计算');
  await expect(cc).toContainText('第1笔住院：长春市还有“三级（省级及以上）医院”一档，起付线和报销比例不同，这里没有按它算');

  // An employee's bill: ranked with the other 职工医保 (昌都), the 城乡居民-only places set apart.
  const employee = { city: 'bazhong', scheme: 'employee', events: [{ type: 'inpatient', level: 'level3', where: 'local', total: '50000' }] };
  await page.goto(`/compare/#s=${Buffer.from(JSON.stringify(employee)).toString('base64url')}`);
  await expect(headline).toContainText('同样是职工医保、同样的情况');
  await expect(headline).toContainText('巴中市');
  await expect(headline).toContainText('昌都市');
  await expect(page.getByText('长春市、全国参考标准（可修改）的资料只有城乡居民医保的规定')).toBeVisible();
});
