import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { calculatorResultUrl, PAGE_TYPES, useMode, type PageType } from './page-types';

/**
 * Accessibility of every page type, in the normal layout and in 长辈版 (MIIT 适老化):
 * - axe-core finds no WCAG 2.0/2.1 A or AA violation (contrast ≥ 4.5:1 included);
 * - 长辈版: the switch on every page, remembered across pages and reloads; all text ≥ 18 px
 *   (normal: body ≥ 16 px), line height ≥ 1.5; every link, button and field ≥ 60 px (normal: 44 px);
 *   secondary decoration hidden; no pop-ups;
 * - reduced motion is respected, and text follows the browser's font size (rem, no px font sizes).
 */

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/*
 * The page under test is the page alone. Left on, the service worker registers during every test
 * here and downloads the whole site in the background (347 files, ≈ 1.6 MB, brotli-decoded and written
 * to Cache Storage), messaging its progress to the page (data-offline on <html>, 16 changes): the only
 * thing still changing on a page such as /compare/ after its ready signal, running concurrently with
 * axe and the measurements, and for as long as the machine is slow — two whole-site downloads at a
 * time on a 2-CPU CI machine with 2 workers. It made the 长辈版 compare test ≈ 40 % slower under load
 * (median 5.6 s → 3.9 s) and its timing depend on the machine. Offline behaviour has its own spec
 * (e2e/offline.spec.ts, including the offline note's accessibility).
 */
test.use({ serviceWorkers: 'block' });

type Mode = 'normal' | 'elder';

async function open(page: Page, type: PageType, mode: Mode) {
  await page.addInitScript(() => {
    const w = window as unknown as { __opened: number };
    w.__opened = 0;
    const original = window.open.bind(window);
    window.open = (...args: Parameters<typeof window.open>) => {
      w.__opened++;
      return original(...args);
    };
  });
  await useMode(page, mode);
  const response = await page.goto(type.path);
  expect(response?.status(), type.name).toBe(type.status ?? 200);
  await expect(page.getByRole(type.ready.role, { name: type.ready.name }).first(), type.name).toBeVisible();
  await page.waitForLoadState('networkidle');
  if (mode === 'elder') await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  else await expect(page.locator('html')).not.toHaveAttribute('data-elder', '1');
}

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length}× e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect.soft(summary, what).toEqual([]);
}

/** Interactive elements that are shown, with their tap area (a radio or checkbox: its label). */
function tapTargets(page: Page) {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="option"], [tabindex="0"]';
    const out: { what: string; width: number; height: number; inline: boolean }[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (!el.closest('header, main, footer')) continue;
      let target: HTMLElement = el;
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) target = el.closest('label') ?? el;
      const style = getComputedStyle(target);
      const box = target.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue; // sr-only, display:none
      if (target.getAttribute('role') === 'region' && target.matches('.table-wrap')) continue; // a scroll area, not a control
      // A link inside a sentence is exempt (WCAG 2.5.8 "inline"): it is as tall as its line of text.
      const inline = target.tagName === 'A' && style.display === 'inline' && !!target.closest('p, li, td, dd, blockquote') && !target.classList.contains('tap');
      const label = (target.innerText || target.getAttribute('aria-label') || (target as HTMLInputElement).name || target.tagName).trim().slice(0, 30);
      out.push({ what: `${target.tagName.toLowerCase()} “${label}”`, width: Math.round(box.width), height: Math.round(box.height), inline });
    }
    return out;
  });
}

/** Every visible piece of text: its font size and line height (SVG chart labels excluded: the chart has a text alternative). */
function textMetrics(page: Page) {
  return page.evaluate(() => {
    const out: { text: string; tag: string; size: number; lineHeight: number; heading: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim() || el.closest('svg, script, style, noscript, [hidden]')) continue;
      seen.add(el);
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.clipPath.includes('inset(50%)') || style.clip === 'rect(0px, 0px, 0px, 0px)') continue;
      const size = parseFloat(style.fontSize);
      const lh = style.lineHeight === 'normal' ? 1.2 * size : parseFloat(style.lineHeight);
      out.push({ text: node.textContent.trim().slice(0, 20), tag: el.tagName.toLowerCase(), size, lineHeight: lh / size, heading: !!el.closest('h1, h2, h3, h4, h5, h6, th') });
    }
    return out;
  });
}

for (const mode of ['normal', 'elder'] as const) {
  test.describe(`${mode === 'elder' ? '长辈版' : '标准版'}`, () => {
    for (const type of PAGE_TYPES) {
      test(`${type.name}: no axe violation, readable text, large tap targets`, async ({ page }) => {
        const dialogs: string[] = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await open(page, type, mode);
        await axe(page, `${type.name} (${mode})`);

        // The switch is on every page, in the header.
        await expect(page.getByRole('banner').getByRole('button', { name: mode === 'elder' ? '标准版' : '长辈版' })).toBeVisible();

        const min = mode === 'elder' ? 60 : 44;
        const small = (await tapTargets(page)).filter((t) => !t.inline && (t.height < min || t.width < min));
        expect.soft(small, `${type.name}: tap targets under ${min} px`).toEqual([]);

        const text = await textMetrics(page);
        expect(text.length).toBeGreaterThan(5);
        const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        const bodyLine = await page.evaluate(() => parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize));
        expect.soft(bodyLine).toBeGreaterThanOrEqual(1.5);
        if (mode === 'elder') {
          expect.soft(bodySize).toBeGreaterThanOrEqual(18);
          expect.soft(text.filter((t) => t.size < 18).map((t) => `${t.tag} “${t.text}” ${t.size}px`), `${type.name}: text under 18 px`).toEqual([]);
        } else {
          expect.soft(bodySize).toBeGreaterThanOrEqual(16);
          expect.soft(text.filter((t) => t.size < 14).map((t) => `${t.tag} “${t.text}” ${t.size}px`), `${type.name}: text under 14 px`).toEqual([]);
        }
        // Headings and large display figures (≥ 1.5 × body text, one line: ¥19,356.80) may be set tighter.
        const tight = text.filter((t) => !t.heading && t.size < 1.5 * bodySize && t.lineHeight < 1.5 - 1e-3).map((t) => `${t.tag} “${t.text}” ${t.lineHeight.toFixed(2)}`);
        expect.soft(tight, `${type.name}: line height under 1.5`).toEqual([]);

        // 长辈版 is the simplified layout: secondary decoration is not shown.
        const decoration = page.locator('.elder-hide');
        expect(await decoration.count(), 'the footer marks its list of documents').toBeGreaterThan(0);
        // The header leaves the screen to the page: at most 120 px in 长辈版 (it was 280 px, a third of
        // the screen), and its phone link and search box are there.
        const header = page.getByRole('banner');
        const headerHeight = (await header.boundingBox())!.height;
        expect.soft(headerHeight, `${type.name}: header height`).toBeLessThanOrEqual(mode === 'elder' ? 120 : 160);
        await expect.soft(header.getByRole('link', { name: mode === 'elder' ? '电话' : '咨询电话', exact: true })).toBeInViewport({ ratio: 1 });
        if (mode === 'elder') {
          // The site's sections are in a 菜单 that opens in place (no pop-up): every item then on screen, 60 px tall.
          const menu = header.locator('summary', { hasText: '菜单' });
          await menu.click();
          const links = header.getByRole('navigation', { name: '主导航' }).getByRole('link');
          expect(await links.count()).toBeGreaterThanOrEqual(5);
          const boxes = await links.evaluateAll((els) => els.map((a) => ({ text: a.textContent, ...a.getBoundingClientRect().toJSON() })));
          expect.soft(boxes.filter((b) => b.right > page.viewportSize()!.width + 0.5 || b.left < 0 || b.height < 60 || b.width < 60), 'menu items off screen or small').toEqual([]);
          expect.soft((await header.boundingBox())!.height, 'the open menu pushes the page down').toBeGreaterThan(headerHeight);
          await menu.click();
          await expect(links.first()).toBeHidden();
        }
        for (let i = 0; i < (await decoration.count()); i++) {
          if (mode === 'elder') await expect.soft(decoration.nth(i)).toBeHidden();
          else await expect.soft(decoration.nth(i)).toBeVisible();
        }

        // No pop-ups: no dialogs, no alert/confirm, no new windows or tabs, no overlay over the page.
        await expect(page.locator('dialog[open], [role="dialog"], [role="alertdialog"]')).toHaveCount(0);
        await expect(page.locator('a[target="_blank"], form[target="_blank"]')).toHaveCount(0);
        expect(dialogs).toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { __opened: number }).__opened)).toBe(0);
        const overlays = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('body *'))
            .filter((el) => {
              const s = getComputedStyle(el);
              if (s.position !== 'fixed' && s.position !== 'sticky') return false;
              const r = el.getBoundingClientRect();
              return s.visibility !== 'hidden' && r.width * r.height > 0.25 * window.innerWidth * window.innerHeight;
            })
            .map((el) => el.outerHTML.slice(0, 80)),
        );
        expect(overlays).toEqual([]);
      });
    }

    test('open states: header suggestions, a calculator question with errors', async ({ page }) => {
      await open(page, PAGE_TYPES.find((t) => t.name === 'contacts')!, mode);
      const box = page.getByRole('banner').getByRole('combobox', { name: '搜索医保问题' });
      await box.fill('住院报销');
      await expect(page.getByRole('listbox', { name: '搜索建议' }).getByRole('option').first()).toBeVisible();
      await axe(page, `suggestions (${mode})`);
      if (mode === 'elder') {
        const options = await page.getByRole('listbox', { name: '搜索建议' }).getByRole('option').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
        for (const h of options) expect(h).toBeGreaterThanOrEqual(60);
      }

      await page.goto('/calculator/?city=bazhong&scheme=resident&step=events');
      await expect(page.getByRole('heading', { name: '看病花了多少钱？' })).toBeVisible();
      const total = page.getByLabel('总费用');
      await total.fill('abc');
      await total.blur();
      await expect(page.locator('#f-events-0-total-error')).toContainText('请输入数字金额');
      await page.getByRole('button', { name: '看结果' }).click();
      await expect(page.getByRole('alert').filter({ hasText: '请先修改以下内容' })).toBeVisible();
      await axe(page, `calculator errors (${mode})`);
      const small = (await tapTargets(page)).filter((t) => !t.inline && (t.height < (mode === 'elder' ? 60 : 44)));
      expect(small).toEqual([]);
    });
  });
}

test('长辈版 is remembered across pages and reloads, and can be turned off', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveAttribute('data-elder', '1');
  const toggle = page.getByRole('banner').getByRole('button', { name: '长辈版' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  const off = page.getByRole('banner').getByRole('button', { name: '标准版' });
  await expect(off).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(18);

  // Client-side navigation keeps it, a new page load keeps it, a reload keeps it.
  await page.getByRole('main').getByRole('link', { name: /^巴中市/ }).click();
  await expect(page).toHaveURL(/\/bazhong\/$/);
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  await page.goto('/contacts/');
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  await expect(off).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  await page.goto(calculatorResultUrl());
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  await expect(page.getByRole('heading', { name: '估算结果' })).toBeVisible();

  // Off again, also remembered.
  await off.click();
  await expect(page.locator('html')).not.toHaveAttribute('data-elder', '1');
  await page.goto('/sources/');
  await expect(page.locator('html')).not.toHaveAttribute('data-elder', '1');
  await expect(toggle).toBeVisible();
});

test('reduced motion is respected', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const reduced = await page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return { transition: s.transitionDuration, animation: s.animationDuration, scroll: getComputedStyle(document.documentElement).scrollBehavior };
  });
  expect(parseFloat(reduced.transition)).toBeLessThan(0.001);
  expect(parseFloat(reduced.animation)).toBeLessThan(0.001);
  expect(reduced.scroll).toBe('auto');
  // Nothing on the page animates for longer.
  const moving = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .map((el) => getComputedStyle(el))
      .filter((s) => parseFloat(s.transitionDuration) > 0.001 || (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0.001)).length,
  );
  expect(moving).toBe(0);
});

test('text follows the browser’s font size: rem everywhere, no px font sizes', async ({ page }) => {
  const sizes = async () =>
    page.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.body).fontSize),
      h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
      answer: parseFloat(getComputedStyle(document.querySelector('.answer p, .answer li')!).fontSize),
      nav: parseFloat(getComputedStyle(document.querySelector('nav[aria-label="主导航"] a')!).fontSize),
    }));
  await page.goto('/bazhong/resident/11/');
  const normal = await sizes();
  expect(normal.body).toBe(16);

  // The phone's (browser's) default font size, as a resident who set larger text would have it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
  await page.reload();
  const large = await sizes();
  for (const key of Object.keys(normal) as (keyof typeof normal)[]) expect(large[key] / normal[key], key).toBeCloseTo(1.5, 2);
  // …and 长辈版 scales on top of it.
  await page.getByRole('banner').getByRole('button', { name: '长辈版' }).click();
  expect((await sizes()).body).toBeCloseTo(30, 1);
  await page.getByRole('banner').getByRole('button', { name: '标准版' }).click();

  // No stylesheet rule sets a font size in px (SVG chart labels aside, which scale with the chart).
  const pxRules = await page.evaluate(() => {
    const found: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) walk((rule as CSSGroupingRule).cssRules);
        if (rule instanceof CSSStyleRule && /(^|[^-])font-size:\s*[\d.]+px/.test(rule.cssText)) found.push(rule.cssText.slice(0, 120));
        if (rule instanceof CSSStyleRule && /(^|\s)font:\s*[^;]*\d+px/.test(rule.cssText)) found.push(rule.cssText.slice(0, 120));
      }
    };
    for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
    return found;
  });
  expect(pxRules).toEqual([]);
});
