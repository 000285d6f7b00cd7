import type { Page } from '@playwright/test';

/**
 * One URL of every page type, shared by the security, privacy and accessibility specs.
 * The calculator result is a shared link: its scenario is in the address's fragment (#s= base64url JSON).
 */
export const CALCULATOR_RESULT_SCENARIO = {
  city: 'bazhong',
  scheme: 'resident',
  events: [{ type: 'inpatient', level: 'level3', where: 'local', total: '5万', outOfScope: '3000' }],
};

export const calculatorResultUrl = (scenario: unknown = CALCULATOR_RESULT_SCENARIO) =>
  `/calculator/#s=${Buffer.from(JSON.stringify(scenario)).toString('base64url')}&step=result`;

/** From the calculator's first question to the bill of a 巴中 城乡居民 stay in a 三级 hospital (amounts not typed yet). */
export async function answerUpToBazhongLevel3Bill(page: Page) {
  await page.getByRole('radio', { name: /巴中市/ }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('radio', { name: /城乡居民医保/ }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('radio', { name: /三级医疗机构/ }).check();
}

export interface PageType {
  name: string;
  path: string;
  /** What shows once the page is ready (for client-rendered parts: search results, the estimate). */
  ready: { role: 'heading' | 'list' | 'region'; name: string | RegExp };
  status?: number;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/', ready: { role: 'heading', name: '医保政策，一查就懂' } },
  { name: 'city', path: '/bazhong/', ready: { role: 'heading', name: /巴中市/ } },
  { name: 'chapter', path: '/bazhong/resident/', ready: { role: 'list', name: '问题列表' } },
  { name: 'entry', path: '/bazhong/resident/11/', ready: { role: 'heading', name: '参保城乡居民住院费用报销是如何规定的？' } },
  { name: 'topics', path: '/topics/', ready: { role: 'heading', name: '按主题浏览' } },
  { name: 'topic', path: '/topics/inpatient/', ready: { role: 'heading', name: '住院' } },
  { name: 'search', path: '/search/?q=住院报销', ready: { role: 'region', name: '搜索结果' } },
  { name: 'calculator', path: '/calculator/', ready: { role: 'heading', name: '您在哪里参加医保？' } },
  { name: 'calculator result', path: calculatorResultUrl(), ready: { role: 'heading', name: '估算结果' } },
  { name: 'compare', path: '/compare/', ready: { role: 'heading', name: /巴中市/ } },
  { name: 'allowance', path: '/calculator/allowance/', ready: { role: 'heading', name: '生育津贴能领多少' } },
  { name: 'sheet', path: '/sheet/bazhong-resident/', ready: { role: 'heading', name: '巴中市城乡居民医保明白纸' } },
  { name: 'contacts', path: '/contacts/', ready: { role: 'heading', name: '医保咨询电话' } },
  { name: 'sources', path: '/sources/', ready: { role: 'heading', name: '资料来源与勘误' } },
  { name: '404', path: '/no-such-page/', ready: { role: 'heading', name: '没有找到这个页面' }, status: 404 },
];

/** Opens every page of this test in 标准版 or 长辈版 (the switch's remembered choice, set before any script runs). */
export async function useMode(page: Page, mode: 'normal' | 'elder'): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      try {
        localStorage.setItem(key!, value!);
      } catch {
        /* about:blank */
      }
    },
    ['ybmbz-elder', mode === 'elder' ? '1' : '0'],
  );
}
