#!/usr/bin/env node
/**
 * Post-build step (npm run build: next build → csp → precache; precache.mjs writes no HTML and
 * records the revisions of the pages as this script leaves them, so it runs last): gives every page
 * of the static export a Content-Security-Policy for scripts without 'unsafe-inline'.
 *
 * Pages may carry inline scripts (today only the 长辈版 boot script of app/layout.tsx: scripts/islands.mjs,
 * which runs before this step, removes Next's inline RSC payload and chunk list), and any page may
 * get a different one. A static server cannot know their hashes, so this script computes the sha256 of each inline script of each page and puts a per-page
 *   <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-…' …; style-src 'self'; object-src 'none'; base-uri 'self'">
 * at the top of <head> (right after <meta charset>, which must stay in the first 1024 bytes and
 * cannot run anything; the policy applies to everything after it, i.e. every script of the page).
 * It also writes the response header's policy, out/.csp-header.conf (an nginx `add_header` line that
 * deploy/security-headers.conf includes and scripts/serve.mjs reads): every directive, with script-src
 * and style-src listing the hashes of every page, so that no page is ever served without a script
 * policy. A browser enforces both policies (they intersect), so each page still runs only its own
 * inline scripts.
 *
 * Idempotent: an existing policy meta is removed before the page is hashed again, so running it
 * twice (or after another post-build step changed a page) gives the same, correct result.
 *
 * Usage: node scripts/csp.mjs [--dir out] [--check]
 *   --check  changes nothing; exits 1 if a page has no policy, its policy misses a script's hash, or the
 *            header policy (out/.csp-header.conf) misses one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP_HEADER_FILE, parseAddHeaders } from './security-headers.mjs';

const META_RE = /<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/gi;
const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE_RE = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;
/** Script types the browser executes (an absent or empty type is JavaScript). */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

function attr(attrs, name) {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs);
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

function sha256(body) {
  // The HTML parser turns CR LF and lone CR into LF before the browser hashes the text.
  const text = body.replace(/\r\n?/g, '\n');
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** sha256 source expressions of the page's executable inline scripts, in document order, deduplicated. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT_RE)) {
    if (attr(attrs, 'src') !== undefined) continue;
    const type = (attr(attrs, 'type') ?? '').trim().toLowerCase();
    if (!JS_TYPES.has(type)) continue; // JSON data blocks are never executed
    const hash = sha256(body);
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** The same for inline <style> elements (none today; there if inlined critical CSS is ever turned on). */
export function inlineStyleHashes(html) {
  const hashes = [];
  for (const [, , body = ''] of html.matchAll(STYLE_RE)) {
    const hash = sha256(body);
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

const list = (hashes) => hashes.map((h) => ` ${h}`).join('');

/**
 * The page's policy. style-src is here too: React sets style through the CSSOM
 * (which CSP does not govern), the export has no style="" attributes, so styles need no
 * 'unsafe-inline' either - only the hashes of inline <style> elements, if any.
 */
export function policyFor(scriptHashes, styleHashes = []) {
  return [`script-src 'self'${list(scriptHashes)}`, `style-src 'self'${list(styleHashes)}`, "object-src 'none'", "base-uri 'self'"].join('; ');
}

/** Every directive other than script-src and style-src: the same for every page and every response. */
const FETCH_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The response header's policy for a build whose pages have these inline script and style hashes. */
export function headerPolicyFor(scriptHashes, styleHashes = []) {
  return [`script-src 'self'${list(scriptHashes)}`, `style-src 'self'${list(styleHashes)}`, ...FETCH_DIRECTIVES].join('; ');
}

/** The nginx include file that sends it (deploy/security-headers.conf includes it). */
export function headerFile(scriptHashes, styleHashes = []) {
  return [
    '# Written by scripts/csp.mjs at build time: the Content-Security-Policy header for this build',
    "# (every page's inline script and style hashes). Included by deploy/security-headers.conf.",
    `add_header Content-Security-Policy "${headerPolicyFor(scriptHashes, styleHashes)}" always;`,
    '',
  ].join('\n');
}

/** The page with exactly one policy meta, for its current inline scripts. */
export function applyCsp(html) {
  const clean = html.replace(META_RE, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScriptHashes(clean), inlineStyleHashes(clean))}"/>`;
  const head = /<head\b[^>]*>/i.exec(clean);
  if (!head) throw new Error('no <head>');
  let at = head.index + head[0].length;
  const charset = /^\s*<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(clean.slice(at));
  if (charset) at += charset[0].length;
  return clean.slice(0, at) + meta + clean.slice(at);
}

/** Problems of a page as served: no policy, more than one, or an inline script whose hash is missing. */
export function checkPage(html) {
  const metas = html.match(META_RE) ?? [];
  if (metas.length !== 1) return [`${metas.length} policy metas`];
  const content = /content="([^"]*)"/i.exec(metas[0])?.[1] ?? '';
  const page = html.replace(META_RE, '');
  const missing = [...inlineScriptHashes(page), ...inlineStyleHashes(page)].filter((h) => !content.includes(h));
  return missing.map((h) => `inline script or style ${h} not in the policy`);
}

function htmlFiles(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) files.push(full);
  }
  return files.sort();
}

function main(argv) {
  const dirArg = argv.indexOf('--dir');
  const dir = path.resolve(dirArg >= 0 ? argv[dirArg + 1] : 'out');
  const check = argv.includes('--check');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`csp: 没有找到 ${dir}/index.html，请先运行 next build`);
    return 1;
  }
  const files = htmlFiles(dir);
  const all = new Set();
  const allStyles = new Set();
  const headerPath = path.join(dir, CSP_HEADER_FILE);
  const header = fs.existsSync(headerPath) ? parseAddHeaders(fs.readFileSync(headerPath, 'utf8'))['Content-Security-Policy'] ?? '' : '';
  let changed = 0;
  let most = 0;
  const problems = [];
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    if (check) {
      for (const p of checkPage(html)) problems.push(`${path.relative(dir, file)}: ${p}`);
      for (const h of [...inlineScriptHashes(html), ...inlineStyleHashes(html)]) {
        if (!header.includes(h)) problems.push(`${path.relative(dir, file)}: ${h} not in ${CSP_HEADER_FILE}`);
      }
      continue;
    }
    const next = applyCsp(html);
    const hashes = inlineScriptHashes(next);
    hashes.forEach((h) => all.add(h));
    inlineStyleHashes(next).forEach((h) => allStyles.add(h));
    most = Math.max(most, hashes.length);
    if (next !== html) {
      fs.writeFileSync(file, next);
      changed++;
    }
  }
  if (check) {
    if (problems.length) {
      console.error(`csp: ${problems.length} 个问题\n${problems.slice(0, 20).join('\n')}`);
      return 1;
    }
    console.log(`csp: ${files.length} 个页面的脚本策略完整`);
    return 0;
  }
  fs.writeFileSync(headerPath, headerFile([...all].sort(), [...allStyles].sort()));
  console.log(`csp: ${files.length} 个页面（更新 ${changed} 个），${all.size} 个不同的内联脚本哈希，单页最多 ${most} 个；响应头策略写入 ${CSP_HEADER_FILE}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
