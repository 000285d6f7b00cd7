import type { Metadata } from 'next';

/**
 * Where the site is published, for absolute URLs: canonical links, Open Graph (a link shared in
 * WeChat shows og:title and og:image only when they are absolute), the sitemap and robots.txt.
 * Set SITE_URL when building for a real domain: `SITE_URL=https://yibao.example.org npm run build`.
 */
export const SITE_URL = (process.env.SITE_URL || 'https://yibao.example.cn').replace(/\/+$/, '');
export const SITE_NAME = '医保明白纸';
export const SITE_TITLE = '医保明白纸 — 医保政策一查就懂';
export const SITE_DESCRIPTION = '巴中、长春、昌都医保手册一问一答：怎么参保、住院能报多少、异地就医怎么办，每个数字都注明出处。';
export const THEME_COLOR = '#174b98';
export const BACKGROUND_COLOR = '#f6f7f9';

/** The picture a shared link shows (public/og-image.png, 1200 × 630). */
export const OG_IMAGE = { url: '/og-image.png', width: 1200, height: 630, alt: '医保明白纸：医保政策一查就懂' };

/** An absolute URL on this site. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * A page's metadata: title, description, its canonical URL and the Open Graph tags for sharing.
 * `path` is the page's own address (with the trailing slash of the static export).
 */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
}: {
  title: string;
  description: string;
  path: string;
  type?: 'website' | 'article';
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title,
      description,
      url: path,
      type,
      siteName: SITE_NAME,
      locale: 'zh_CN',
      images: [OG_IMAGE],
    },
  };
}
