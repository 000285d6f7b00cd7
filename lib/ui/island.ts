/**
 * Islands: the parts of a page that run code of their own in the browser — the calculator and the
 * comparison (React, hydrated) and the search page (plain DOM code). The page's HTML is rendered at
 * build time; scripts/islands.mjs adds to each
 * page the browser bundle of every island it finds (islands/<name>.tsx), and that bundle mounts the
 * island on its element with the props the page left for it. The rest of the page carries no
 * framework code at all.
 */
export const ISLAND_NAMES = ['calculator', 'compare', 'search', 'allowance'] as const;
export type IslandName = (typeof ISLAND_NAMES)[number];

/** The element an island mounts on: <div data-island="name">. */
export const ISLAND_ATTRIBUTE = 'data-island';
/** The id of the JSON data block with an island's props. */
export const islandPropsId = (name: IslandName): string => `island-props-${name}`;

/**
 * JSON for a <script type="application/json"> data block: "<" is escaped so that no text in the data
 * (a "</script>" or "<!--") can end the block or change how the HTML parser reads it.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
