import { expect, test, type Page } from '@playwright/test';
import { calculatorResultUrl, useMode } from './page-types';

/**
 * 读给我听 with a stubbed speechSynthesis (the test machine has no voices): the button appears only
 * where a Chinese voice exists, reads the answer (not the navigation), pauses, resumes and stops.
 */
async function stubSpeech(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((list) => {
    const log: string[] = [];
    const listeners: (() => void)[] = [];
    const synth = {
      speaking: false,
      paused: false,
      getVoices: () => list.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
      speak: (u: SpeechSynthesisUtterance) => log.push(`speak:${u.lang}:${u.text}`),
      pause: () => log.push('pause'),
      resume: () => log.push('resume'),
      cancel: () => log.push('cancel'),
      addEventListener: (_type: string, fn: () => void) => listeners.push(fn),
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    (window as unknown as { __speech: string[] }).__speech = log;
  }, voices);
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: string[] }).__speech);

for (const mode of ['标准版', '长辈版'] as const) {
  test(`${mode}: an answer is read aloud, paused, resumed and stopped`, async ({ page }) => {
    await stubSpeech(page, [{ lang: 'zh-CN', name: '普通话' }]);
    await useMode(page, mode === '长辈版' ? 'elder' : 'normal');
    await page.goto('/bazhong/resident/11/');
    const read = page.getByRole('button', { name: '读给我听' });
    await expect(read).toBeVisible();
    const box = await read.boundingBox();
    if (mode === '长辈版') {
      expect(box!.height).toBeGreaterThanOrEqual(60);
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.y).toBeLessThan(844); // on the first screen
    }
    await read.click();
    const said = (await spoken(page)).filter((s) => s.startsWith('speak:'));
    expect(said[0]).toBe('speak:zh-CN:参保城乡居民住院费用报销是如何规定的？');
    expect(said.join('')).toContain('起付线');
    expect(said.join('')).not.toContain('医保明白纸'); // the header is not read
    await page.getByRole('button', { name: '暂停' }).click();
    await page.getByRole('button', { name: '继续' }).click();
    await page.getByRole('button', { name: '停止' }).click();
    expect((await spoken(page)).filter((s) => !s.startsWith('speak:'))).toEqual(['cancel', 'pause', 'resume', 'cancel']);
    await expect(page.getByRole('button', { name: '读给我听' })).toBeVisible();
    await expect(page.getByRole('button', { name: '停止' })).toBeHidden();
  });
}

test('no Chinese voice, no button', async ({ page }) => {
  await stubSpeech(page, [{ lang: 'en-US', name: 'English' }]);
  await page.goto('/bazhong/resident/11/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: '读给我听' })).toBeHidden();
});

test('the calculator result is read aloud too: the answer, not the page around it', async ({ page }) => {
  await stubSpeech(page, [{ lang: 'zh-CN', name: '普通话' }]);
  await page.goto(calculatorResultUrl());
  await page.getByRole('button', { name: '读给我听' }).click();
  const said = (await spoken(page)).filter((s) => s.startsWith('speak:')).join(' ');
  expect(said).toContain('您大约要自己付');
  expect(said).toContain('医保等报销');
  expect(said).not.toContain('报销计算器');
});
