import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './highlight';

const join = (pieces: { text: string; hit: boolean }[]) => pieces.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('highlight', () => {
  it('marks every occurrence of every term', () => {
    expect(join(highlight('新生儿如何参保缴费？', ['新生儿', '参保']))).toBe('[新生儿]如何[参保]缴费？');
  });

  it('matches traditional and full-width text against folded terms, keeping the original characters', () => {
    expect(join(highlight('醫保報銷ＡＰＰ', ['报销', 'app']))).toBe('醫保[報銷ＡＰＰ]');
  });

  it('merges overlapping matches', () => {
    expect(join(highlight('异地就医备案', ['异地', '地就', '就医']))).toBe('[异地就医]备案');
  });
});

describe('snippet', () => {
  const text = `${'甲'.repeat(200)}。参保人员在异地定点医疗机构就医的，通过异地就医结算平台实行即时结算。${'乙'.repeat(200)}`;

  it('shows the densest cluster of matches, from the start of its sentence, with ellipses', () => {
    const s = join(snippet(text, ['异地', '结算'], 60));
    expect(s.startsWith('…参保人员在[异地]')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('[结算]');
  });

  it('falls back to the beginning when nothing matches, and keeps short texts whole', () => {
    expect(join(snippet(text, ['火星'], 10))).toBe(`${'甲'.repeat(10)}…`);
    expect(join(snippet('短答案。\n第二行', ['答案']))).toBe('短[答案]。 第二行');
  });
});

describe('snippet start', () => {
  it('starts after a comma rather than on it when no sentence start is near', () => {
    const text = `${'甲'.repeat(60)}，在各级别医院需要先支付起付线，三级医院1200元${'乙'.repeat(100)}`;
    const s = join(snippet(text, ['起付线'], 40));
    expect(s.startsWith('…在各级别医院需要先支付[起付线]')).toBe(true);
  });
});

describe('numbers and Latin words are highlighted whole', () => {
  it('marks “1” only where it stands alone, never inside 12393, 2021 or 0.1', () => {
    const text = '第1次住院，拨打12393，2021年，比例0.1，1%';
    const marked = highlight(text, ['1']).filter((p) => p.hit).map((p) => p.text);
    expect(marked).toEqual(['1', '1']);
    expect(highlight('一次性补缴', ['1']).some((p) => p.hit)).toBe(false);
    expect(highlight('下载app，happy', ['app']).filter((p) => p.hit).map((p) => p.text)).toEqual(['app']);
  });
});
