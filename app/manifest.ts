import type { MetadataRoute } from 'next';
import { BACKGROUND_COLOR, SITE_DESCRIPTION, SITE_NAME, THEME_COLOR } from '@/lib/site';

/** /manifest.webmanifest: lets a phone add the site to its home screen (icons: scripts/icons.mjs). */
export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: `${SITE_NAME} — 医保政策一查就懂`,
    short_name: SITE_NAME,
    description: SITE_DESCRIPTION,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ['medical', 'reference', 'government'],
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      { name: '搜索医保问题', short_name: '搜索', url: '/search/' },
      { name: '报销计算器', short_name: '计算器', url: '/calculator/' },
    ],
  };
}
