#!/usr/bin/env node
/**
 * Last post-build step (npm run build: next build → islands → csp → precache → compress): writes a
 * brotli (.br) and a gzip (.gz) copy beside every text file of the static export, so that nginx
 * (brotli_static, gzip_static) and `npm start` (sirv) send them as they are instead of compressing the
 * same bytes on every request. Uses Node's zlib, at the highest levels (this runs once per build).
 * A copy is written only where it is smaller than the file; stale copies of files that are gone or
 * changed are replaced. It must run after every step that changes out/ (it is the last one).
 *
 * Usage: node scripts/compress.mjs [--dir out]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { filesUnder } from './files.mjs';
import { fileURLToPath } from 'node:url';

/** Files worth compressing: text. Images (png, ico) are compressed already. */
export const TEXT_FILE = /\.(html|js|mjs|css|json|txt|xml|svg|webmanifest|map)$/;
/** Below this size the headers outweigh what compression saves (nginx's gzip_min_length too). */
export const MIN_BYTES = 512;

/** The two compressed copies of a file's bytes. */
export function compressedCopies(body) {
  return {
    br: zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gz: zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION }),
  };
}

/** Writes the copies for every text file under `dir`; returns what it did. */
export function compressDir(dir) {
  const stats = { files: 0, bytes: 0, br: 0, gz: 0 };
  for (const file of filesUnder(dir)) {
    if (/\.(br|gz)$/.test(file)) {
      // A copy whose file is gone (an earlier build) would be served for a missing page.
      if (!fs.existsSync(file.slice(0, -3))) fs.rmSync(file);
      continue;
    }
    if (!TEXT_FILE.test(file)) continue;
    const body = fs.readFileSync(file);
    for (const ext of ['br', 'gz']) fs.rmSync(`${file}.${ext}`, { force: true });
    if (body.length < MIN_BYTES) continue;
    const copies = compressedCopies(body);
    stats.files++;
    stats.bytes += body.length;
    for (const ext of /** @type {const} */ (['br', 'gz'])) {
      if (copies[ext].length >= body.length) continue;
      fs.writeFileSync(`${file}.${ext}`, copies[ext]);
      stats[ext] += copies[ext].length;
    }
  }
  return stats;
}

function main(argv) {
  const dirArg = argv.indexOf('--dir');
  const dir = path.resolve(dirArg >= 0 ? argv[dirArg + 1] : 'out');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`compress: 没有找到 ${dir}/index.html，请先运行 next build`);
    return 1;
  }
  const s = compressDir(dir);
  const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  console.log(`compress: ${s.files} 个文本文件 ${mb(s.bytes)} → brotli ${mb(s.br)}、gzip ${mb(s.gz)}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
