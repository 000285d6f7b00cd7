import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs build script without type declarations
import { isObsolete, islandsOf, rewritePage } from './islands.mjs';
import { jsonForScript } from '@/lib/ui/island';

/** scripts/islands.mjs: Next's runtime out of every exported page, our islands in. */
const BUNDLES = {
  site: { file: '/_next/static/islands/site-A.js', imports: ['/_next/static/islands/chunk-P.js'] },
  calculator: { file: '/_next/static/islands/calculator-B.js', imports: ['/_next/static/islands/chunk-P.js', '/_next/static/islands/chunk-R.js'] },
  search: { file: '/_next/static/islands/search-C.js', imports: [] },
};

const NEXT_PAGE = (body: string) =>
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/x.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0kb.js"/>' +
  '<script src="/_next/static/chunks/17q.js" async=""></script>' +
  `<script>try{if(localStorage.getItem("ybmbz-elder")==='1')document.documentElement.dataset.elder='1'}catch(e){}</script>` +
  '<link rel="preload" href="/search-data.json" as="fetch" crossorigin="anonymous"/>' +
  '<script src="/_next/static/chunks/poly.js" noModule=""></script></head><body>' +
  body +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"页面 </p>"])</script></body></html>';

describe('scripts/islands.mjs', () => {
  it('removes Next’s runtime scripts, their preloads and the RSC payload, and keeps everything else', () => {
    const out = rewritePage(NEXT_PAGE('<main><p>答案</p></main>'), BUNDLES);
    expect(out).not.toMatch(/_next\/static\/chunks\/[^"]+\.js/);
    expect(out).not.toContain('__next_f');
    expect(out).not.toContain('TURBOPACK');
    expect(out).toContain('/_next/static/chunks/x.css');
    expect(out).toContain('dataset.elder');
    expect(out).toContain('<link rel="preload" href="/search-data.json" as="fetch"');
    expect(out).toContain('<main><p>答案</p></main>');
  });

  it('adds the site script to every page, and an island’s script with its chunks preloaded once', () => {
    const plain = rewritePage(NEXT_PAGE('<p>x</p>'), BUNDLES);
    expect(plain).toContain('<link rel="modulepreload" href="/_next/static/islands/chunk-P.js"/><script type="module" src="/_next/static/islands/site-A.js"></script></head>');
    expect(plain).not.toContain('calculator-B.js');

    const calc = rewritePage(NEXT_PAGE('<div data-island="calculator"><p>x</p></div>'), BUNDLES);
    expect(calc.match(/chunk-P\.js/g)).toHaveLength(1);
    expect(calc).toContain('<link rel="modulepreload" href="/_next/static/islands/chunk-R.js"/>');
    expect(calc.indexOf('site-A.js')).toBeLessThan(calc.indexOf('calculator-B.js'));
    expect(calc.indexOf('calculator-B.js')).toBeLessThan(calc.indexOf('</head>'));
  });

  it('refuses a page that names an island without a bundle', () => {
    expect(() => rewritePage(NEXT_PAGE('<div data-island="nosuch"></div>'), BUNDLES)).toThrow(/nosuch/);
    expect(() => rewritePage('<p>no head</p>', BUNDLES)).toThrow(/head/);
  });

  it('lists a page’s islands in order, once each', () => {
    expect(islandsOf('<div data-island="search"></div><div class="a" data-island="calculator"></div><div data-island="search"></div>')).toEqual(['search', 'calculator']);
    expect(islandsOf('<p>none</p>')).toEqual([]);
  });

  it('removes Next’s JavaScript and RSC payloads, never our bundles, CSS, data or robots.txt', () => {
    for (const f of ['_next/static/chunks/17q.js', '_next/static/abc/_buildManifest.js', 'index.txt', 'bazhong/index.txt', 'bazhong/__next._full.txt', '__next.__PAGE__.txt']) expect(isObsolete(f), f).toBe(true);
    for (const f of ['_next/static/islands/site-A.js', '_next/static/chunks/x.css', 'robots.txt', 'search-data.json', 'sw.js', 'index.html']) expect(isObsolete(f), f).toBe(false);
  });
});

describe('jsonForScript', () => {
  it('cannot end its <script> block or open a comment, and reads back the same', () => {
    const value = { text: '</script><script>alert(1)</script><!-- 巴中 \u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual(value);
  });
});
