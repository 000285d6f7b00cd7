/**
 * npm run --silent search -- "QUERY" [--city ID] [--limit N]
 * Prints {"query": "…", "results": [{"id", "city", "title", "url", "text"}]}, best first (docs/contract.md).
 * The same index, tokenizer, thesaurus and ranking as the search box on the site (lib/search).
 * --city keeps only that city's entries (the site's city filter); a city named in the query puts its
 * answers first, as on the site; --limit defaults to 10.
 * Bad arguments: a message in Chinese on standard error, nothing on standard output, exit status 2.
 */
import { getHandbook } from '@/lib/content/load';
import { formatSearchOutput, parseSearchArgs, SEARCH_USAGE } from '@/lib/search/cli';
import { loadSearchConfig } from '@/lib/search/config';
import { buildSearchData } from '@/lib/search/data';
import { createSearchEngine } from '@/lib/search/engine';
import { docUrl } from '@/lib/search/types';

const book = getHandbook();
const parsed = parseSearchArgs(process.argv.slice(2), book.cities);
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(2);
}
if ('help' in parsed) {
  process.stdout.write(`${SEARCH_USAGE}\n城市：${book.cities.map((c) => `${c.id}（${c.name}）`).join('、')}\n`);
  process.exit(0);
}

const { query, city, limit } = parsed.args;
const engine = createSearchEngine(buildSearchData(book, loadSearchConfig()));
const response = engine.search(query, { city, limit });
// Handbook entries and hotline results alike (a hotline's text lists its offices and numbers).
const results = response.hits.map(({ doc }) => ({ id: doc.id, city: doc.city, title: doc.title, url: docUrl(doc), text: doc.text }));
process.stdout.write(formatSearchOutput(query, results));
