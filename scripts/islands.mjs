#!/usr/bin/env node
/**
 * Post-build step (npm run build: next build → islands → csp → precache): turns Next's static export
 * into plain HTML pages with small, separate scripts ("islands", see lib/ui/island.ts).
 *
 * Why: Next's App Router makes every page load its client runtime (React, the router, the RSC payload
 * reader: about 130 KB gzip) and hydrate the whole document, even a handbook answer that is only text
 * and links. On a slow phone that start-up is a long task of several hundred milliseconds, and the RSC
 * payload doubles each page's HTML. Our pages need none of it: every link is a plain <a>, and the few
 * things that run in the browser are the islands below.
 *
 *   1. bundles the browser code with esbuild into out/_next/static/islands/ (hashed names, so the web
 *      server caches them for a year like Next's own assets):
 *        site        every page: 长辈版 switch, copy-link, search boxes, offline (islands/site.ts)
 *        calculator  /calculator/ (React, hydrates the page's first render)
 *        compare     /compare/
 *        search      /search/ (plain DOM code: the results, filters and suggestions)
 *   2. rewrites every HTML page: removes Next's runtime scripts, their preloads and the inline RSC
 *      payload, and adds `site` plus the island of each <div data-island="…"> on the page, with
 *      modulepreload links for the chunks they import (no request waterfall);
 *   3. deletes what no page loads any more: Next's JavaScript chunks and the RSC .txt files that its
 *      client router fetched (the service worker would otherwise save them for offline use).
 *
 * Fails (exit 1) when a page still refers to a deleted file or names an island that has no bundle.
 * Usage: node scripts/islands.mjs [--dir out]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Public path of the bundles (under /_next/static/: long-lived caching in deploy/nginx.conf). */
export const ISLANDS_PATH = '/_next/static/islands/';
/** Browser entry points: `site` on every page, the others where a page has their <div data-island>. */
export const ENTRIES = {
  site: 'islands/site.ts',
  calculator: 'islands/calculator.tsx',
  compare: 'islands/compare.tsx',
  search: 'islands/search.ts',
  allowance: 'islands/allowance.tsx',
};
/**
 * Oldest browsers served: ES modules and dynamic import are required anyway (older phones still get
 * the full HTML; only the interactive parts need script). es2019 rewrites ?. and ?? for the WebViews
 * of older WeChat versions.
 */
const TARGET = ['es2019'];
/**
 * Islands whose dynamically imported chunks are preloaded with the page too: the calculator's result
 * step (a shared result link needs it at once; every other visit fetches it when idle anyway), so it
 * downloads alongside the island instead of after it.
 */
const PRELOAD_DYNAMIC = new Set(['calculator']);

const NEXT_SCRIPT_SRC = /^\/_next\/static\/(?!islands\/).*\.js$/;
const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SCRIPT_PRELOAD_RE = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*>/gi;
const ISLAND_RE = /<div\b[^>]*\bdata-island="([^"]+)"/g;

function srcOf(attrs) {
  return /(?:^|\s)src="([^"]*)"/i.exec(attrs)?.[1];
}

/** Is this <script> part of Next's client runtime (its chunks, the chunk list, the RSC payload)? */
function isNextRuntime(attrs, body) {
  const src = srcOf(attrs);
  if (src !== undefined) return NEXT_SCRIPT_SRC.test(src);
  return /\bself\.__next_f\b/.test(body) || /\bTURBOPACK\b/.test(body);
}

/** The islands a page asks for, in page order, without repeats. */
export function islandsOf(html) {
  return [...new Set([...html.matchAll(ISLAND_RE)].map((m) => m[1]))];
}

/**
 * One page: Next's runtime out, our scripts in. `bundles` maps an entry name to its file and the
 * chunks it imports ({ file, imports: [file] }, public paths). Pure, for tests.
 */
export function rewritePage(html, bundles) {
  const islands = islandsOf(html);
  const missing = islands.filter((name) => !bundles[name] || name === 'site');
  if (missing.length) throw new Error(`no island bundle named ${missing.join(', ')}`);
  let out = html.replace(SCRIPT_RE, (tag, attrs, body) => (isNextRuntime(attrs, body) ? '' : tag)).replace(SCRIPT_PRELOAD_RE, '');
  const entries = ['site', ...islands].map((name) => bundles[name]);
  const chunks = [...new Set(entries.flatMap((b) => b.imports))].filter((file) => !entries.some((b) => b.file === file));
  const tags =
    chunks.map((file) => `<link rel="modulepreload" href="${file}"/>`).join('') +
    entries.map((b) => `<script type="module" src="${b.file}"></script>`).join('');
  if (!out.includes('</head>')) throw new Error('page has no </head>');
  out = out.replace('</head>', `${tags}</head>`);
  return out;
}

/** Every file under dir, as paths relative to it with forward slashes. */
function walk(dir, base = dir, files = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, files);
    else files.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return files;
}

/** Files of Next's export that no page needs once its runtime is gone. */
export function isObsolete(file) {
  if (/(^|\/)(index|__next\.[^/]*)\.txt$/.test(file)) return true; // RSC payloads for the client router
  return /^_next\/static\//.test(file) && !file.startsWith('_next/static/islands/') && /\.js(\.map)?$/.test(file);
}

async function bundle(outDir) {
  const esbuild = await import('esbuild');
  const outdir = path.join(outDir, ISLANDS_PATH.slice(1));
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: TARGET,
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    outdir,
    metafile: true,
    logLevel: 'warning',
  });
  const publicPath = (file) => '/' + path.relative(outDir, path.resolve(ROOT, file)).split(path.sep).join('/');
  /** Static imports, transitively (what the browser fetches before the entry runs). */
  const staticImports = (file, seen = new Set(), dynamic = false) => {
    for (const imp of result.metafile.outputs[file].imports) {
      const wanted = imp.kind === 'import-statement' || (dynamic && imp.kind === 'dynamic-import');
      if (!wanted || seen.has(imp.path)) continue;
      seen.add(imp.path);
      staticImports(imp.path, seen);
    }
    return seen;
  };
  const bundles = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    // Modules loaded with import() are entry points of their own too; only ours are named.
    const name = Object.keys(ENTRIES).find((n) => path.resolve(ROOT, ENTRIES[n]) === path.resolve(ROOT, output.entryPoint));
    if (!name) continue;
    bundles[name] = { file: publicPath(file), imports: [...staticImports(file, new Set(), PRELOAD_DYNAMIC.has(name))].map(publicPath) };
  }
  return bundles;
}

async function main() {
  const dirArg = process.argv.indexOf('--dir');
  const outDir = path.resolve(dirArg > 0 ? process.argv[dirArg + 1] : 'out');
  if (!fs.existsSync(path.join(outDir, 'index.html'))) {
    console.error(`islands: ${outDir} has no static export: run next build first`);
    process.exit(1);
  }
  const bundles = await bundle(outDir);
  const files = walk(outDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const counts = {};
  for (const page of pages) {
    const file = path.join(outDir, page);
    const html = rewritePage(fs.readFileSync(file, 'utf8'), bundles);
    for (const name of islandsOf(html)) counts[name] = (counts[name] ?? 0) + 1;
    fs.writeFileSync(file, html);
  }
  const obsolete = files.filter(isObsolete);
  for (const f of obsolete) fs.rmSync(path.join(outDir, f));
  // Nothing may still point at a deleted file.
  const deleted = new Set(obsolete.map((f) => '/' + f));
  const broken = [];
  for (const page of pages) {
    const html = fs.readFileSync(path.join(outDir, page), 'utf8');
    for (const [, url] of html.matchAll(/(?:src|href)="([^"?#]+)/g)) if (deleted.has(url)) broken.push(`${page}: ${url}`);
  }
  if (broken.length) {
    console.error(`islands: pages still refer to deleted files:\n  ${broken.slice(0, 10).join('\n  ')}`);
    process.exit(1);
  }
  const sizes = Object.entries(bundles).map(([name, b]) => {
    const bytes = [b.file, ...b.imports].reduce((s, f) => s + fs.statSync(path.join(outDir, f)).size, 0);
    return `${name} ${(bytes / 1024).toFixed(1)} KB`;
  });
  console.log(
    `islands: ${pages.length} pages without Next's runtime (islands: ${Object.entries(counts).map(([n, c]) => `${n} ×${c}`).join(', ') || 'none'}); ` +
      `bundles (minified, with their chunks): ${sizes.join(', ')}; ${obsolete.length} files no longer needed removed`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`islands: ${error.message}`);
    process.exit(1);
  });
}
