#!/usr/bin/env node
/**
 * Serves the static export in out/ at http://localhost:3000 (or --port N / $PORT), like the nginx
 * deployment (deploy/nginx.conf) does: the files are served by sirv (safe path handling, ETag/304,
 * Range, the precompressed .br/.gz files that `npm run build` writes), and this file adds only what
 * nginx's configuration adds:
 *   - the deployment's security headers (deploy/security-headers.conf, including the CSP header the
 *     build writes to out/csp-header.conf) on every answer;
 *   - Cache-Control: a year for content-hashed files (/_next/static/), revalidation for the rest;
 *   - Cross-Origin-Resource-Policy: same-origin, except for the share image and icons (cross-origin:
 *     chat apps fetch them for link previews);
 *   - /bazhong → /bazhong/ (301, only to a directory the site has), 404.html with 404;
 *   - 400 for a URL that cannot be decoded, 405 for methods other than GET and HEAD; an error while
 *     answering one request is answered with 500 and never stops the server.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { securityHeaders } from './security-headers.mjs';

/** Content types that get `; charset=utf-8` (as nginx's charset_types does). */
const TEXT_TYPE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;
const HASHED_PREFIX = '/_next/static/';
const CACHE_HASHED = 'public, max-age=31536000, immutable';
const CACHE_REVALIDATE = 'no-cache';
/** Files that other sites may embed (the share image and icons): the same list as deploy/nginx.conf. */
const SHARED_FILE = /^\/(og-image\.png|icon-[a-z0-9-]+\.png|apple-touch-icon\.png|favicon\.ico)$/;

/** Every directory of the site that has an index.html, as URL paths without the trailing slash. */
function directoriesWithIndex(root) {
  const dirs = new Set();
  const walk = (dir, url) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      const at = `${url}/${entry.name}`;
      if (fs.existsSync(path.join(full, 'index.html'))) dirs.add(at);
      walk(full, at);
    }
  };
  walk(root, '');
  return dirs;
}

/** The decoded path of a request target, or undefined when it is not a well-formed origin path. */
export function requestPath(rawUrl) {
  if (typeof rawUrl !== 'string' || !rawUrl.startsWith('/')) return undefined;
  const pathname = rawUrl.split(/[?#]/, 1)[0];
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(decoded)) return undefined;
  return decoded;
}

/**
 * A request handler for the export in `root`. Exported for the tests (scripts/serve.test.ts), which
 * send malformed and hostile requests to it and check that the server still answers.
 */
export function createHandler(root, headers = securityHeaders(root)) {
  const directories = directoriesWithIndex(root);
  const notFoundPage = path.join(root, '404.html');
  const files = sirv(root, {
    // Looks each file up when asked (not once at start), so a new build or deployment into `root` is
    // served at once with its own ETag and length.
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', pathname.startsWith(HASHED_PREFIX) ? CACHE_HASHED : CACHE_REVALIDATE);
      if (SHARED_FILE.test(pathname)) res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    },
    onNoMatch: notFound,
  });
  function notFound(req, res) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', CACHE_REVALIDATE);
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(notFoundPage)
      .on('error', () => res.end())
      .pipe(res);
  }

  return function handle(req, res) {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('只支持 GET 和 HEAD 请求\n');
    }
    const pathname = requestPath(req.url);
    if (pathname === undefined) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('无法识别的网址\n');
    }
    // Dotfiles (the build's .csp-header.conf, a stray .git) are for the server, not for browsers.
    if (/\/\.(?!well-known\/)/.test(pathname)) return notFound(req, res);
    if (!pathname.endsWith('/') && directories.has(pathname)) {
      // Host-less, like nginx's `absolute_redirect off`; only ever to a directory of the site.
      const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      res.writeHead(301, { Location: `${pathname}/${query}` });
      return res.end();
    }
    const setType = res.setHeader.bind(res);
    // sirv names text types without a charset; nginx adds it (charset_types), so do the same here.
    res.setHeader = (name, value) => setType(name, String(name).toLowerCase() === 'content-type' && TEXT_TYPE.test(String(value)) && !/charset/i.test(String(value)) ? `${value}; charset=utf-8` : value);
    files(req, res);
  };
}

function argument(name) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

function main() {
  const root = path.resolve(argument('--root') ?? 'out');
  const port = Number(argument('--port') ?? process.env.PORT ?? 3000);
  const host = process.env.HOST || '127.0.0.1';
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`没有找到静态站点 ${root}/index.html：请先运行 npm run build`);
    process.exit(1);
  }
  const handle = createHandler(root);
  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error(`出错的请求 ${req.method} ${requestPath(req.url) ?? '(无法识别的网址)'}：${error instanceof Error ? error.message : error}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    }
  });
  // A request line Node cannot parse: answer 400 and close that connection only.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.listen(port, host, () => console.log(`医保明白纸已启动：http://localhost:${server.address().port}`));
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) main();
