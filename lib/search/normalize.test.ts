import { describe, expect, it } from 'vitest';
import { foldChar, normalizeText, spellOutCountedDigits } from './normalize';
import { T2S_PAIRS } from './t2s';

describe('normalizeText', () => {
  it('folds full-width Latin, digits and punctuation to half-width lower case', () => {
    expect(normalizeText('ＡＰＰ１２３９３？')).toBe('app12393?');
    expect(normalizeText('国家医保APP')).toBe('国家医保app');
    expect(normalizeText('医保\u3000电话')).toBe('医保 电话');
  });

  it('turns traditional characters into simplified ones', () => {
    expect(normalizeText('醫保報銷')).toBe('医保报销');
    expect(normalizeText('異地就醫備案')).toBe('异地就医备案');
    expect(normalizeText('門診慢特病')).toBe('门诊慢特病');
    expect(normalizeText('新生兒參保')).toBe('新生儿参保');
    expect(normalizeText('生育津貼怎麼算')).toBe('生育津贴怎么算');
    expect(normalizeText('醫保卡丟了')).toBe('医保卡丢了');
  });

  it('keeps the length, so positions in the folded text are positions in the original', () => {
    for (const s of ['醫保報銷ＡＰＰ', '😀医保', 'Ｍ０１６０３ 糖尿病', T2S_PAIRS.slice(0, 200)]) {
      expect(normalizeText(s)).toHaveLength(s.length);
    }
  });

  it('leaves simplified text untouched and is idempotent', () => {
    const text = '城乡居民医保住院报销比例是多少';
    expect(normalizeText(text)).toBe(text);
    const once = normalizeText('醫療保險ＡＢＣ');
    expect(normalizeText(once)).toBe(once);
  });
});

describe('T2S_PAIRS', () => {
  it('is a list of distinct (traditional, simplified) pairs whose simplified side is never folded again', () => {
    expect(T2S_PAIRS.length % 2).toBe(0);
    const keys = new Set<string>();
    for (let i = 0; i < T2S_PAIRS.length; i += 2) {
      const [t, s] = [T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!];
      expect(t).not.toBe(s);
      expect(keys.has(t)).toBe(false);
      keys.add(t);
      expect(foldChar(t)).toBe(s);
    }
    for (let i = 1; i < T2S_PAIRS.length; i += 2) expect(keys.has(T2S_PAIRS[i]!)).toBe(false);
  });
});

describe('spellOutCountedDigits', () => {
  it('writes a counted digit the way the handbooks do', () => {
    expect(spellOutCountedDigits('生3胎还能享受生育待遇吗')).toBe('生三胎还能享受生育待遇吗');
    expect(spellOutCountedDigits('在3级医院住院')).toBe('在三级医院住院');
    expect(spellOutCountedDigits('3甲医院')).toBe('三甲医院');
    expect(spellOutCountedDigits('第2次住院起付线')).toBe('第二次住院起付线');
    expect(spellOutCountedDigits('交1档还是2档')).toBe('交一档还是二档');
  });

  it('leaves amounts, ages, disease grades and longer numbers alone', () => {
    for (const text of ['5万', '住院2次', '高血压2级', '伤残11级', '12级医院', '0.5档', '80岁', '6个月', '2026年']) {
      expect(spellOutCountedDigits(text)).toBe(text);
    }
  });

  it('keeps the length', () => {
    const text = '我妈第3次住院，在2级医院';
    expect(spellOutCountedDigits(text)).toHaveLength(text.length);
  });
});
