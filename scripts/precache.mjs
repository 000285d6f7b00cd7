#!/usr/bin/env node
/**
 * Post-build step (npm run build): writes the service worker's precache manifest for the static
 * export and stamps the build's version into out/sw.js (see public/sw.js).
 *
 *   out/precache-manifest.json = {
 *     version,                  hash of everything below: a new build with any change is a new worker
 *     core:  [[url, revision]], cached when the worker installs: the home page, /search/,
 *                               /calculator/, /compare/, /search-data.json, every /_next/static file
 *                               (the CSS and the pages' scripts of scripts/islands.mjs), icons, the web
 *                               app manifest, the offline page
 *     pages: [[url, revision]], cached in the background afterwards: every other page, as HTML (/x/)
 *   }
 * A revision is the sha256 of the file's content (16 hex digits).
 *
 * Run it after every other step that changes out/ (scripts/islands.mjs and scripts/csp.mjs edit every page),
 * so that the revisions are those of the files served. Usage: node scripts/precache.mjs [--dir out]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { filesUnder } from './files.mjs';

const dirArg = process.argv.indexOf('--dir');
const OUT = path.resolve(dirArg > 0 ? process.argv[dirArg + 1] : 'out');
const VERSION_PLACEHOLDER = "'__PRECACHE_VERSION__'";

/** Pages cached when the worker installs (the rest of the handbook follows in the background). */
const CORE_PAGES = ['/', '/search/', '/calculator/', '/compare/'];
/** Other files the offline site needs from the start. */
const CORE_FILES = ['/offline.html', '/search-data.json', '/manifest.webmanifest', '/favicon.ico'];
/** Never precached: the worker and its manifest, error pages, files for crawlers and sharing. */
const SKIP = [/\.(br|gz)$/, /^\/\./, /^\/sw\.js$/, /^\/precache-manifest\.json$/, /^\/404(\.html|\/)/, /^\/_not-found\//, /^\/(sitemap\.xml|robots\.txt)$/, /^\/og-image\.png$/, /^\/icon-512\.png$/, /^\/icon-maskable-512\.png$/, /^\/apple-touch-icon\.png$/];

const hash = (buf, n = 16) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, n);

/** Scripts only for browsers without ES modules (Next's polyfills): no browser with service workers runs them. */
function noModuleScripts(outDir) {
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  return new Set([...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => /\snomodule\b/i.test(tag)).map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter(Boolean));
}

export function buildManifest(outDir) {
  const legacy = noModuleScripts(outDir);
  const files = filesUnder(outDir)
    .map((file) => '/' + path.relative(outDir, file).split(path.sep).join('/'))
    .filter((url) => !SKIP.some((re) => re.test(url)) && !legacy.has(url))
    .sort();
  /** url → { revision, bytes, gzip } where url is what the browser asks for (a page is /x/, not /x/index.html). */
  const info = new Map();
  for (const file of files) {
    const body = fs.readFileSync(path.join(outDir, file));
    const url = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
    info.set(url, { revision: hash(body), bytes: body.length, gzip: /\.(png|ico|woff2?)$/.test(url) ? body.length : zlib.gzipSync(body).length });
  }
  const isCore = (url) => url.startsWith('/_next/') || CORE_FILES.includes(url) || CORE_PAGES.includes(url);

  const core = [];
  const pages = [];
  // Background order: city and chapter pages before the entries.
  const depth = (url) => url.split('/').length;
  const backgroundOrder = (a, b) => depth(a) - depth(b) || a.localeCompare(b);
  for (const url of [...info.keys()].sort()) (isCore(url) ? core : pages).push(url);
  pages.sort(backgroundOrder);
  for (const url of [...CORE_PAGES, ...CORE_FILES]) if (!info.has(url)) throw new Error(`precache: ${url} is missing from ${outDir}`);

  const entries = (list) => list.map((url) => [url, info.get(url).revision]);
  const body = { core: entries(core), pages: entries(pages) };
  const version = hash(JSON.stringify(body), 12);
  const size = (list) => list.reduce((s, url) => s + info.get(url).gzip, 0);
  return { manifest: { version, ...body }, stats: { core: core.length, pages: pages.length, coreGzip: size(core), pagesGzip: size(pages) } };
}

function main() {
  const sw = path.join(OUT, 'sw.js');
  if (!fs.existsSync(path.join(OUT, 'index.html')) || !fs.existsSync(sw)) {
    console.error(`precache: ${OUT} has no static export with sw.js: run next build first`);
    process.exit(1);
  }
  const { manifest, stats } = buildManifest(OUT);
  fs.writeFileSync(path.join(OUT, 'precache-manifest.json'), JSON.stringify(manifest));
  const source = fs.readFileSync(sw, 'utf8');
  const stamped = source.replace(/^const VERSION = '[^']*';$/m, `const VERSION = '${manifest.version}';`);
  if (stamped === source && !source.includes(`const VERSION = '${manifest.version}';`)) {
    console.error(`precache: out/sw.js has no line "const VERSION = ${VERSION_PLACEHOLDER};"`);
    process.exit(1);
  }
  fs.writeFileSync(sw, stamped);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `precache ${manifest.version}: ${stats.core} files at install (${kb(stats.coreGzip)} gzip), ` +
      `${stats.pages} in the background (${kb(stats.pagesGzip)} gzip)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
