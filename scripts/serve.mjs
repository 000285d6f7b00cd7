#!/usr/bin/env node
/**
 * Serves the static export in out/ at http://localhost:3000 (or --port N / $PORT).
 * Plain Node, no dependencies: directory URLs get index.html, unknown paths the export's 404.html.
 * Production deployments use deploy/nginx.conf; this is for running the site on one machine, with the
 * same security headers (read from deploy/security-headers.conf).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv.includes('--root') ? process.argv[process.argv.indexOf('--root') + 1] : 'out');
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT || 3000);
const host = process.env.HOST || '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** The deployment's security headers: every `add_header Name "value"` line of deploy/security-headers.conf. */
const SECURITY_HEADERS = Object.fromEntries(
  [...fs.readFileSync(new URL('../deploy/security-headers.conf', import.meta.url), 'utf8').matchAll(/^add_header\s+(\S+)\s+"([^"]*)"/gm)].map((m) => [m[1], m[2]]),
);

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`没有找到静态站点 ${root}/index.html：请先运行 npm run build`);
  process.exit(1);
}

function resolve(urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const file = path.join(root, clean);
  if (!file.startsWith(root)) return { status: 404 };
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return { status: 200, file };
  if (fs.existsSync(path.join(file, 'index.html'))) {
    return urlPath.endsWith('/') ? { status: 200, file: path.join(file, 'index.html') } : { status: 308, location: `${urlPath}/` };
  }
  if (fs.existsSync(`${file}.html`)) return { status: 200, file: `${file}.html` };
  return { status: 404 };
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let { status, file, location } = resolve(url.pathname);
  if (status === 308) {
    res.writeHead(308, { ...SECURITY_HEADERS, Location: location + url.search });
    res.end();
    return;
  }
  if (status === 404) file = path.join(root, '404.html');
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const hashed = url.pathname.startsWith('/_next/static/');
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  const body = fs.readFileSync(file);
  if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|json|javascript|svg|xml/.test(type)) {
    headers['Content-Encoding'] = 'gzip';
    res.writeHead(status, headers);
    res.end(zlib.gzipSync(body));
  } else {
    res.writeHead(status, headers);
    res.end(body);
  }
});

server.listen(port, host, () => console.log(`医保明白纸已启动：http://localhost:${port}`));
