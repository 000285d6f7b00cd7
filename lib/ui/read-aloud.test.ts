import { describe, expect, it } from 'vitest';
import { MAX_PIECE, pickChineseVoice, speechPieces } from './read-aloud';

describe('读给我听', () => {
  it('cuts an answer into sentences, none too long for a speech engine', () => {
    expect(speechPieces('住院要先交起付线。三级医院700元！\n\n然后按比例报销；  余下的自付')).toEqual([
      '住院要先交起付线。',
      '三级医院700元！',
      '然后按比例报销；',
      '余下的自付',
    ]);
    const long = `${'参保人员在定点医疗机构发生的符合规定的医疗费用，'.repeat(12)}由统筹基金支付。`;
    const pieces = speechPieces(long);
    expect(pieces.every((p) => p.length <= MAX_PIECE)).toBe(true);
    expect(pieces.join('')).toBe(long);
    expect(speechPieces('   \n ')).toEqual([]);
  });

  it('prefers a mainland Mandarin voice, on the phone itself, and finds none where there is none', () => {
    const voices = [
      { lang: 'en-US', name: 'a' },
      { lang: 'zh-TW', name: 'b' },
      { lang: 'zh-CN', name: 'c', localService: false },
      { lang: 'zh-CN', name: 'd', localService: true },
    ];
    expect(pickChineseVoice(voices)?.name).toBe('d');
    expect(pickChineseVoice(voices.slice(0, 2))?.name).toBe('b');
    expect(pickChineseVoice([{ lang: 'en-GB' }])).toBeUndefined();
  });
});
