import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** scripts/csp.mjs: the per-page script policy written after `next build`. */
function run(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['scripts/csp.mjs', '--dir', dir, ...args], { encoding: 'utf8', cwd: process.cwd() });
}
const hash = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function site(pages: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-'));
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const PAGE = (body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><script src="/_next/static/a.js" async=""></script><script>try{document.documentElement.dataset.elder='1'}catch(e){}</script></head><body>${body}<script>self.__next_f.push([1,"页面"])</script><script type="application/ld+json">{"a":1}</script></body></html>`;

describe('scripts/csp.mjs', () => {
  it('hashes each inline script of each page into a meta policy right after <meta charset>', () => {
    const dir = site({ 'index.html': PAGE('<p>首页</p>'), 'a/b/index.html': PAGE('<p>别的页</p>') });
    const r = run(dir);
    expect(r.status).toBe(0);
    const html = fs.readFileSync(path.join(dir, 'a/b/index.html'), 'utf8');
    const expected = `script-src 'self' ${hash(`try{document.documentElement.dataset.elder='1'}catch(e){}`)} ${hash('self.__next_f.push([1,"页面"])')}; style-src 'self'; object-src 'none'; base-uri 'self'`;
    expect(html.startsWith(`<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="${expected}"/><script src=`)).toBe(true);
    // External scripts and JSON data blocks are not hashed.
    expect(html).not.toContain(hash('{"a":1}'));
    expect(run(dir, '--check').status).toBe(0);
  });

  it('is idempotent, and a changed page gets a new policy', () => {
    const dir = site({ 'index.html': PAGE('') });
    run(dir);
    const once = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(run(dir).stdout).toContain('更新 0 个');
    expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(once);
    expect(once.match(/Content-Security-Policy/g)).toHaveLength(1);

    fs.writeFileSync(path.join(dir, 'index.html'), once.replace('页面', '改过的页面'));
    const check = run(dir, '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('not in the policy');
    run(dir);
    expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toContain(hash('self.__next_f.push([1,"改过的页面"])'));
    expect(run(dir, '--check').status).toBe(0);
  });

  it('hashes inline styles too, and --check finds a page without a policy', () => {
    const dir = site({ 'index.html': PAGE('<style>p{color:red}</style>') });
    expect(run(dir, '--check').status).toBe(1);
    run(dir);
    expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toContain(`style-src 'self' ${hash('p{color:red}')};`);
  });

  it('writes the response header policy with every page\'s hashes and every other directive', () => {
    const dir = site({ 'index.html': PAGE('<p>首页</p>'), 'a/index.html': PAGE('<style>p{color:red}</style>').replace('页面', '别的页') });
    run(dir);
    const header = fs.readFileSync(path.join(dir, '.csp-header.conf'), 'utf8');
    const policy = /add_header Content-Security-Policy "([^"]+)" always;/.exec(header)?.[1] ?? '';
    for (const h of [hash(`try{document.documentElement.dataset.elder='1'}catch(e){}`), hash('self.__next_f.push([1,"页面"])'), hash('self.__next_f.push([1,"别的页"])')]) {
      expect(policy).toContain(h);
    }
    expect(policy).toContain(`style-src 'self' ${hash('p{color:red}')};`);
    for (const directive of ["default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"]) expect(policy).toContain(directive);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(run(dir, '--check').status).toBe(0);
    // A page whose inline script is not in the header policy fails the check.
    fs.writeFileSync(path.join(dir, '.csp-header.conf'), header.replace(hash('self.__next_f.push([1,"别的页"])'), ''));
    const check = run(dir, '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('.csp-header.conf');
  });
});
