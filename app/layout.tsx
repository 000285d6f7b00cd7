import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader, type NavLink } from '@/components/SiteHeader';
import { getHandbook } from '@/lib/content/load';
import { ELDER_BOOT_SCRIPT } from '@/lib/ui/elder';

export const metadata: Metadata = {
  title: { default: '医保明白纸 — 医保政策一查就懂', template: '%s · 医保明白纸' },
  description: '巴中、长春、昌都医保手册一问一答：怎么参保、住院能报多少、异地就医怎么办，每个数字都注明出处。',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#174b98',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const book = getHandbook();
  const links: NavLink[] = [
    ...book.cities.filter((c) => c.kind === 'city').map((c) => ({ href: c.url, label: c.name })),
    { href: '/calculator/', label: '报销计算' },
    { href: '/topics/', label: '按主题' },
    { href: '/contacts/', label: '咨询电话' },
  ];
  const sources = book.cities.flatMap((c) => c.documents);
  return (
    <html lang="zh-CN">
      <head>
        <script dangerouslySetInnerHTML={{ __html: ELDER_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen">
        <SiteHeader links={links} searchCities={book.cities.map((c) => ({ id: c.id, name: c.name, kind: c.kind }))} />
        <main id="main" className="mx-auto max-w-3xl px-4 py-4">
          {children}
        </main>
        <SiteFooter sources={sources} />
      </body>
    </html>
  );
}
