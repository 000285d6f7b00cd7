/**
 * npm run --silent estimate -- FILE|-
 * Reads one scenario (JSON), prints one result (JSON). Bad input: exit 2 and {"error": {path, message}}.
 * The same lib/ code as the calculator page (the scenario and result format: lib/scenario/types.ts).
 */
import fs from 'node:fs';
import { estimateInput } from '@/lib/engine/estimate';
import { getRuleBook } from '@/lib/policy/load';

function fail(path: string, message: string): never {
  process.stdout.write(`${JSON.stringify({ error: { path, message } })}\n`);
  process.exit(2);
}

const arg = process.argv[2];
if (!arg || process.argv.length > 3) fail('', '用法：npm run --silent estimate -- 文件路径（或 - 表示标准输入）');

let text: string;
try {
  text = fs.readFileSync(arg === '-' ? 0 : arg, 'utf8');
} catch {
  fail('', `无法读取文件：${arg}`);
}

let input: unknown;
try {
  input = JSON.parse(text);
} catch {
  fail('', '输入不是有效的 JSON');
}

const outcome = estimateInput(input, getRuleBook());
if (!outcome.ok) fail(outcome.error.path, outcome.error.message);
process.stdout.write(`${JSON.stringify(outcome.result, null, 2)}\n`);
