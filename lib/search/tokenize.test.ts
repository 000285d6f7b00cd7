import { describe, expect, it } from 'vitest';
import { bigramTokens, exactToken, indexTokens, phraseTokens, segments } from './tokenize';

describe('tokenizer', () => {
  it('cuts Chinese into ordered bigrams', () => {
    expect(phraseTokens('医保报销')).toEqual(['医保', '保报', '报销']);
    expect(phraseTokens('起付线')).toEqual(['起付', '付线']);
    // Order matters: 销报 is not 报销.
    expect(phraseTokens('销报')).toEqual(['销报']);
  });

  it('keeps a one-character query as a unigram', () => {
    expect(phraseTokens('药')).toEqual(['药']);
  });

  it('keeps Latin words and numbers whole, with decimals', () => {
    expect(phraseTokens('国家医保APP')).toEqual(['国家', '家医', '医保', 'app']);
    expect(phraseTokens('12393')).toEqual(['12393']);
    expect(phraseTokens('2026年缴费')).toEqual(['2026', '年缴', '缴费']);
    expect(phraseTokens('费率0.6%')).toEqual(['费率', '0.6']);
    expect(phraseTokens('Ｍ０１６０３')).toEqual(['m01603']);
  });

  it('folds before cutting: traditional and full-width text give the same tokens', () => {
    expect(phraseTokens('醫保報銷')).toEqual(phraseTokens('医保报销'));
    expect(indexTokens('ＡＰＰ備案')).toEqual(indexTokens('app备案'));
  });

  it('indexes unigrams and bigrams for titles, bigrams only for long answers', () => {
    expect(indexTokens('报销比例')).toEqual(['报', '报销', '销', '销比', '比', '比例', '例']);
    expect(bigramTokens('报销比例')).toEqual(['报销', '销比', '比例']);
    expect(bigramTokens('药')).toEqual(['药']);
  });

  it('passes an exact token through untouched', () => {
    expect(indexTokens(exactToken('报销'))).toEqual(['报销']);
    expect(bigramTokens(exactToken('app'))).toEqual(['app']);
  });

  it('is deterministic: separators split runs, the same text gives the same tokens', () => {
    const text = '参保人员（含退休人员）在异地就医的，通过国家医保服务平台APP备案；费用0.6%。';
    expect(indexTokens(text)).toEqual(indexTokens(text));
    expect(segments('医保，报销 app').map((s) => s.text)).toEqual(['医保', '报销', 'app']);
  });
});
