import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Every internal link of the site: next/link (client-side navigation) without prefetching. Residents
 * are often on slow, metered connections: loading the code and data of every page a list links to,
 * as soon as the list scrolls into view, costs them data and a busy phone for pages they may never
 * open. A tap loads the page; the service worker keeps what was visited for offline use.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
