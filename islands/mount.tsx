import type { ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { ISLAND_ATTRIBUTE, type IslandName } from '@/lib/ui/island';
import { readIslandProps } from './props';

/**
 * Hydrates a React island (components/Island) in the browser: the page holds the component's own
 * first render with the same props, which React takes over without redrawing.
 */
export function hydrateIsland<P extends object>(name: IslandName, Component: ComponentType<P>): void {
  const element = document.querySelector(`[${ISLAND_ATTRIBUTE}="${name}"]`);
  const props = readIslandProps<P>(name);
  if (!element || !props) return;
  hydrateRoot(element, <Component {...props} />);
}
