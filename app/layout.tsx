import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader, type NavLink } from '@/components/SiteHeader';
import { getHandbook } from '@/lib/content/load';
import { OG_IMAGE, SITE_DESCRIPTION, SITE_NAME, SITE_TITLE, SITE_URL, THEME_COLOR } from '@/lib/site';
import { ELDER_BOOT_SCRIPT } from '@/lib/ui/elder';
import { OFFLINE_NOTE_BOOT_SCRIPT, OFFLINE_NOTE_TEXT } from '@/lib/ui/offline';

/**
 * Defaults for every page; each page sets its own title, description, canonical URL and Open Graph
 * tags (lib/site.ts pageMetadata). Absolute URLs use SITE_URL (see README).
 */
export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  applicationName: SITE_NAME,
  title: { default: SITE_TITLE, template: '%s · 医保明白纸' },
  description: SITE_DESCRIPTION,
  // Privacy on any server (deploy/nginx.conf also sends it): /search/?q=… holds
  // what a resident typed, and a Referer header would carry that address along with every request.
  referrer: 'no-referrer',
  openGraph: { siteName: SITE_NAME, locale: 'zh_CN', type: 'website', images: [OG_IMAGE] },
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '48x48' },
      { url: '/icon-192.png', type: 'image/png', sizes: '192x192' },
    ],
    apple: [{ url: '/apple-touch-icon.png', sizes: '180x180' }],
  },
  appleWebApp: { capable: true, title: SITE_NAME, statusBarStyle: 'default' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: THEME_COLOR,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const book = getHandbook();
  const links: NavLink[] = [
    ...book.cities.filter((c) => c.kind === 'city').map((c) => ({ href: c.url, label: c.name })),
    { href: '/calculator/', label: '报销计算' },
    { href: '/topics/', label: '按主题' },
    // 咨询电话 is not here: it has its own link in the header's first row, on screen in both modes.
  ];
  const sources = book.cities.flatMap((c) => c.documents);
  return (
    <html lang="zh-CN">
      <head>
        <script dangerouslySetInnerHTML={{ __html: ELDER_BOOT_SCRIPT + OFFLINE_NOTE_BOOT_SCRIPT }} />
        {/* The page's scripts (islands/site.ts, and the calculator's or the search page's island) are
            added by scripts/islands.mjs after the build: the pages carry no client-side framework. */}
      </head>
      <body className="min-h-screen">
        <SiteHeader links={links} searchCities={book.cities.map((c) => ({ id: c.id, name: c.name, kind: c.kind }))} />
        <main id="main" className="mx-auto max-w-3xl px-4 py-4">
          {/* Shown once, on the page after the site was saved for offline use (lib/ui/offline.ts). */}
          <p role="status" aria-live="polite" data-offline-note="" className="offline-note mb-3 text-sm text-green-900">
            {OFFLINE_NOTE_TEXT}
          </p>
          {children}
        </main>
        <SiteFooter sources={sources} />
      </body>
    </html>
  );
}
