import { getHandbook } from '@/lib/content/load';
import { loadSearchConfig } from '@/lib/search/config';
import { buildSearchData } from '@/lib/search/data';

/**
 * /search-data.json: everything the browser needs to search (entries, thesaurus, cities), written
 * as a static file at build time. Fetched only when a search box gets focus or /search opens.
 */
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildSearchData(getHandbook(), loadSearchConfig()));
}
