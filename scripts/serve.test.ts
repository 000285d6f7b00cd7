import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types (scripts/serve.mjs)
import { createHandler } from './serve.mjs';

/** scripts/serve.mjs (npm start) against a small export: hostile requests must never stop it. */
let server: http.Server;
let base: string;
let port: number;

function site(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>首页</title>',
    '404.html': '<!doctype html><title>找不到</title>',
    'bazhong/index.html': '<!doctype html><title>巴中</title>',
    'search-data.json': JSON.stringify({ docs: Array.from({ length: 200 }, (_, i) => ({ id: i, title: '住院报销' })) }),
    '_next/static/islands/site-abc.js': 'console.log(1)',
    '.csp-header.conf': `add_header Content-Security-Policy "script-src 'self'; object-src 'none'" always;\n`,
    'og-image.png': 'png',
  };
  for (const [file, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), body);
  }
  const json = fs.readFileSync(path.join(dir, 'search-data.json'));
  fs.writeFileSync(path.join(dir, 'search-data.json.br'), zlib.brotliCompressSync(json));
  fs.writeFileSync(path.join(dir, 'search-data.json.gz'), zlib.gzipSync(json));
  return dir;
}

/** Sends a raw request line (fetch would repair a malformed URL) and returns the status line. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('end', () => resolve(data.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
    socket.setTimeout(3000, () => socket.destroy(new Error('timeout')));
  });
}

beforeAll(async () => {
  const handle = createHandler(site());
  server = http.createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('scripts/serve.mjs', () => {
  it('answers a malformed URL with 400 and keeps serving', async () => {
    for (const target of ['/%', '/search/100%', '/%E4%B8', '/a%00b', '/..%5c..%5cetc/passwd']) {
      expect(await raw(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`), target).toMatch(/^HTTP\/1\.1 400/);
    }
    expect(await raw('GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it('answers only GET and HEAD (405 with Allow)', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const res = await fetch(`${base}/`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('redirects a directory without its slash, only to the site itself', async () => {
    const res = await fetch(`${base}/bazhong?x=1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/bazhong/?x=1');
    for (const target of ['/.//evil.example/x', '//evil.example/', '/./bazhong/../..//evil.example']) {
      const status = await raw(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      expect(status, target).toMatch(/^HTTP\/1\.1 (404|400)/);
    }
  });

  it('serves 404.html with status 404 and never a dotfile or a path outside the export', async () => {
    const missing = await fetch(`${base}/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('找不到');
    expect((await fetch(`${base}/.csp-header.conf`)).status).toBe(404);
    expect(await raw('GET /../package.json HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 404/);
  });

  it('sends the precompressed copy, an ETag, 304 on revalidation, and byte ranges', async () => {
    const res = await fetch(`${base}/search-data.json`, { headers: { 'Accept-Encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${base}/search-data.json`, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    const gz = await fetch(`${base}/search-data.json`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const range = await fetch(`${base}/index.html`, { headers: { Range: 'bytes=0-8' } });
    expect(range.status).toBe(206);
    expect(await range.text()).toBe('<!doctype');
  });

  it('sends the deployment headers: the build\'s CSP, caching, Cross-Origin-Resource-Policy', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-security-policy')).toBe("script-src 'self'; object-src 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const hashed = await fetch(`${base}/_next/static/islands/site-abc.js`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const image = await fetch(`${base}/og-image.png`);
    expect(image.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const malformed = await raw('GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(malformed).toMatch(/400/);
  });

  it('as a process (npm start): still answers after malformed and hostile requests', async () => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', '--root', site(), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          const m = /http:\/\/localhost:(\d+)/.exec(d.toString());
          if (m) resolve(`http://127.0.0.1:${m[1]}`);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const childPort = Number(new URL(url).port);
      const send = (request: string) =>
        new Promise<string>((resolve) => {
          const socket = net.connect(childPort, '127.0.0.1', () => socket.write(request));
          let data = '';
          socket.on('data', (d) => (data += d.toString('latin1')));
          socket.on('close', () => resolve(data.split('\r\n')[0] ?? ''));
          socket.on('error', () => resolve('error'));
        });
      for (const target of ['/%', '/search/100%', '/%%30', '/.//evil.example/']) {
        expect(await send(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`), target).toMatch(/^HTTP\/1\.1 40[04]/);
      }
      await send('\u0000\u0001 nonsense\r\n\r\n');
      expect((await fetch(`${url}/`, { method: 'POST' })).status).toBe(405);
      expect((await fetch(`${url}/`)).status).toBe(200);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill();
    }
  });
});

