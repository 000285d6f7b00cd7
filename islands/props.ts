import { islandPropsId, type IslandName } from '@/lib/ui/island';

/** The props a page left for its island (components/Island), or null when the page has none. */
export function readIslandProps<P>(name: IslandName): P | null {
  const data = document.getElementById(islandPropsId(name));
  if (!data?.textContent) return null;
  return JSON.parse(data.textContent) as P;
}
