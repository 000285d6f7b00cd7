import type { AnchorHTMLAttributes } from 'react';

/**
 * Every internal link of the site: a plain <a>. Pages are static HTML with no client-side router (see
 * scripts/islands.mjs): a tap loads the page, which is small, and the service worker keeps what was
 * visited for offline use. Nothing is prefetched: residents are often on slow, metered connections.
 * One component so that this choice is made in one place.
 */
export default function Link({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={href} {...props} />;
}
