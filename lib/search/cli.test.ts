import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT, formatSearchOutput, parseSearchArgs } from './cli';

const cities = [
  { id: 'bazhong', name: '巴中市' },
  { id: 'changchun', name: '长春市' },
];

describe('parseSearchArgs', () => {
  it('takes one query with optional --city and --limit, in either order and with =', () => {
    expect(parseSearchArgs(['新生儿如何参保'], cities)).toEqual({ ok: true, args: { query: '新生儿如何参保', city: undefined, limit: DEFAULT_LIMIT } });
    expect(parseSearchArgs(['--city', 'bazhong', '住院', '--limit', '3'], cities)).toEqual({ ok: true, args: { query: '住院', city: 'bazhong', limit: 3 } });
    expect(parseSearchArgs(['住院', '--city=changchun', '--limit=5'], cities)).toEqual({ ok: true, args: { query: '住院', city: 'changchun', limit: 5 } });
    expect(parseSearchArgs(['--help'], cities)).toEqual({ ok: true, help: true });
  });

  it.each([
    [[], '请给出要查的问题'],
    [['  '], '不能为空'],
    [['住院', '报销'], '只能查一个问题'],
    [['住院', '--city', 'beijing'], '没有这个城市：“beijing”'],
    [['住院', '--city'], '--city 后面缺少城市'],
    [['住院', '--limit', '0'], '--limit 应为 1 到 1000 之间的整数'],
    [['住院', '--limit', 'abc'], '--limit 应为'],
    [['住院', '--limit', '2.5'], '--limit 应为'],
    [['住院', '--sort', 'x'], '不认识的参数：“--sort”'],
  ])('rejects %j with a Chinese message', (argv, message) => {
    const parsed = parseSearchArgs(argv, cities);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

describe('formatSearchOutput', () => {
  it('prints exactly query and results with id, city, title, url, text', () => {
    const out = formatSearchOutput('问', [{ id: 'a/b/1', city: 'a', title: 't', url: '/a/b/1/', text: 'x', extra: 1 } as never]);
    expect(JSON.parse(out)).toEqual({ query: '问', results: [{ id: 'a/b/1', city: 'a', title: 't', url: '/a/b/1/', text: 'x' }] });
    expect(out.endsWith('\n')).toBe(true);
  });
});
