import { describe, expect, it } from 'vitest';
import { htmlToText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders bold that ends in Chinese punctuation right before Chinese text', () => {
    expect(renderMarkdown('**线上备案渠道：**国家医保服务APP。')).toContain('<strong>线上备案渠道：</strong>国家医保服务APP');
    expect(renderMarkdown('**（一）城乡居民基本医疗保险。**为参保居民提供保障。')).toContain('<strong>（一）城乡居民基本医疗保险。</strong>为');
    expect(renderMarkdown('（一）**医保部门实施的有：**基本医疗保险。')).toContain('（一）<strong>医保部门实施的有：</strong>基本');
    expect(renderMarkdown('**例一：**2025年度参保人员')).toContain('<strong>例一：</strong>2025年');
  });
  it('keeps links and ordinary bold working', () => {
    expect(renderMarkdown('（一）**[个人账户家庭共济](/bazhong/employee/25/)**：允许')).toContain(
      '<strong><a href="/bazhong/employee/25/">个人账户家庭共济</a></strong>：允许',
    );
    expect(renderMarkdown('医疗总费用为**32.63万元**，报销**32.09万元**。')).toContain('<strong>32.63万元</strong>，报销<strong>32.09万元</strong>');
    expect(renderMarkdown('2 ** 3 and a*b*c')).not.toContain('<strong>');
  });
  it('leaves no Markdown markers in the plain text', () => {
    const text = htmlToText(renderMarkdown('**近亲属：指配偶、父母、子女。**\n\n- **办理地点：**参保地医保经办机构。'));
    expect(text).not.toMatch(/\*\*/);
    expect(text).toContain('办理地点：参保地医保经办机构。');
  });
  it('wraps tables in a labelled scroll region, with the swipe cue above it (shown only when the table is too wide)', () => {
    const html = renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toMatch(
      /^<div class="table-box" data-table-box=""><p class="table-cue" aria-hidden="true">← 左右滑动看全表 →<\/p><div class="table-wrap" role="region" aria-label="表格（可左右滑动）" tabindex="0"><table>/,
    );
    // The cue is not part of the answer's text (search, descriptions).
    expect(htmlToText(html)).toBe('a b\n1 2');
  });
});
