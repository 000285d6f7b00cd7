import { describe, expect, it } from 'vitest';
import { correctHomophones, homophoneTable, wordsByChar, type Lexicon } from './homophones';

const table = homophoneTable(['付服福附', '线先现限险县', '统同通痛', '保报宝包', '销消小', '证正政', '要药']);

/** A toy lexicon: these bigrams occur, these are words (terms unless marked). */
function lexicon(bigrams: string[], terms: string[], residentWords: string[] = []): Lexicon {
  const known = new Set(bigrams);
  for (const w of [...terms, ...residentWords]) for (let i = 0; i + 1 < w.length; i++) known.add(w.slice(i, i + 2));
  const words = new Set([...terms, ...residentWords]);
  return {
    known: (b) => known.has(b),
    isWord: (w) => words.has(w),
    weak: new Set('的了是要'),
    wordsWith: wordsByChar([...terms.map((word) => ({ word, term: true })), ...residentWords.map((word) => ({ word, term: false }))]),
  };
}

const lex = lexicon(['发现', '医院'], ['起付线', '门诊统筹', '报销', '医保', '电子凭证', '药品'], ['县医院']);

describe('homophoneTable', () => {
  it('lists the other characters of each syllable, both ways', () => {
    expect(table.alike('付')).toEqual(['服', '福', '附']);
    expect(table.alike('服')).toContain('付');
    expect(table.alike('龙')).toEqual([]);
  });

  it('merges a character listed under two syllables', () => {
    const t = homophoneTable(['长常场', '长张章']);
    expect(t.alike('长')).toEqual(['常', '场', '张', '章']);
  });
});

describe('correctHomophones', () => {
  it('corrects a same-sound character that breaks a handbook word', () => {
    expect(correctHomophones('起服线', table, lex)).toBe('起付线');
    expect(correctHomophones('门诊同筹怎么报', table, lex)).toBe('门诊统筹怎么报');
    expect(correctHomophones('住院保销', table, lex)).toBe('住院报销');
    expect(correctHomophones('医宝', table, lex)).toBe('医保');
    expect(correctHomophones('医保电子凭正', table, lex)).toBe('医保电子凭证');
  });

  it('keeps the length of the text', () => {
    for (const q of ['起服线', '门诊同筹 app 12393', '医保，电子凭正？']) {
      expect(correctHomophones(q, table, lex)).toHaveLength(q.length);
    }
  });

  it('leaves correct text, words it does not know and function characters alone', () => {
    expect(correctHomophones('起付线', table, lex)).toBe('起付线');
    expect(correctHomophones('火星签证', table, lex)).toBe('火星签证');
    // 要 is a function character: not turned into 药 even though 药品 is a word.
    expect(correctHomophones('要品', table, lex)).toBe('要品');
  });

  it('undoes a bigram that occurs only for a handbook term, not for a resident’s word', () => {
    // 发现 occurs; 县医院 is only a resident's word, so 发现医院 stays.
    expect(correctHomophones('发现医院', table, lex)).toBe('发现医院');
    // Without 发现 in the handbooks, 现医 and 发现 are both unknown: the resident's word is completed.
    expect(correctHomophones('发现医院', table, lexicon(['医院'], [], ['县医院']))).toBe('发县医院');
  });

  it('does not take a character for a misspelling just because it would extend an intact word', () => {
    // 医保 stands on its own: 欠缴医保 is not 欠交医保 (交医保 being a resident's word).
    const l = lexicon(['医保'], ['医保'], ['交医保']);
    expect(correctHomophones('欠缴医保', homophoneTable(['交缴']), l)).toBe('欠缴医保');
  });

  it('is deterministic', () => {
    expect(correctHomophones('起服线门诊同筹', table, lex)).toBe(correctHomophones('起服线门诊同筹', table, lex));
  });
});
