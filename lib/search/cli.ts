/**
 * Argument handling and output of `npm run --silent search -- "QUERY" [--city ID] [--limit N]`
 * (docs/contract.md), kept apart from scripts/search.ts so that it can be tested.
 */
export const SEARCH_USAGE = '用法：npm run --silent search -- "要查的问题" [--city 城市] [--limit 条数]';
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 1000;

export interface SearchArgs {
  query: string;
  city?: string;
  limit: number;
}

export type ParsedArgs = { ok: true; args: SearchArgs } | { ok: true; help: true } | { ok: false; message: string };

/** Parses argv (without node and the script). `cities`: known city ids with their names. */
export function parseSearchArgs(argv: readonly string[], cities: readonly { id: string; name: string }[]): ParsedArgs {
  const positional: string[] = [];
  let city: string | undefined;
  let limit = DEFAULT_LIMIT;
  const cityList = cities.map((c) => `${c.id}（${c.name}）`).join('、');

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { ok: true, help: true };
    const option = /^--(city|limit)(?:=(.*))?$/.exec(arg);
    if (option) {
      const name = option[1]!;
      let value = option[2];
      if (value === undefined) {
        value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) return { ok: false, message: `--${name} 后面缺少${name === 'city' ? '城市' : '条数'}。\n${SEARCH_USAGE}` };
        i++;
      }
      if (name === 'city') {
        if (!cities.some((c) => c.id === value)) return { ok: false, message: `没有这个城市：“${value}”。可选：${cityList}` };
        city = value;
      } else {
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT) {
          return { ok: false, message: `--limit 应为 1 到 ${MAX_LIMIT} 之间的整数，收到的是“${value}”` };
        }
        limit = Number(value);
      }
      continue;
    }
    if (arg.startsWith('--') && arg.length > 2) return { ok: false, message: `不认识的参数：“${arg}”。\n${SEARCH_USAGE}` };
    positional.push(arg);
  }
  if (positional.length === 0) return { ok: false, message: `请给出要查的问题。\n${SEARCH_USAGE}` };
  if (positional.length > 1) return { ok: false, message: `只能查一个问题，收到了 ${positional.length} 个；问题里有空格时请加引号。\n${SEARCH_USAGE}` };
  const query = positional[0]!.trim();
  if (!query) return { ok: false, message: `要查的问题不能为空。\n${SEARCH_USAGE}` };
  return { ok: true, args: { query, city, limit } };
}

export interface CliResult {
  id: string;
  city: string;
  title: string;
  url: string;
  text: string;
}

/** The JSON printed on standard output. */
export function formatSearchOutput(query: string, results: CliResult[]): string {
  return `${JSON.stringify({ query, results: results.map(({ id, city, title, url, text }) => ({ id, city, title, url, text })) }, null, 2)}\n`;
}
