import Link from '@/components/Link';
import { ElderToggle } from './ElderToggle';
import { PhoneIcon } from './PhoneIcon';
import { SearchBox, type SearchBoxCity } from './SearchBox';

export interface NavLink {
  href: string;
  label: string;
}

/**
 * The header of every page. Always on screen, in both modes: the name (home), the phone link
 * (/contacts/, which opens at the resident's city) and the 长辈版 switch; then the search box.
 * The site's sections (cities, calculator, topics) are a strip to swipe in 标准版; 长辈版 has no
 * room for a strip of 60 px targets, so there they are in a 菜单 that opens in place (a <details>
 * disclosure: no pop-up, works without script) and the header stays at two rows (≤ 120 px).
 */
export function SiteHeader({ links, searchCities }: { links: NavLink[]; searchCities: SearchBoxCity[] }) {
  const nav = (className: string) => (
    <ul className={className}>
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href} className="tap flex items-center rounded-md px-3 hover:bg-white/10">
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <header className="site-header bg-brand-700 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 focus:text-ink">
        跳到正文
      </a>
      <div className="site-header-row mx-auto flex max-w-3xl items-center gap-1 px-3 py-1">
        <Link href="/" className="tap mr-auto flex items-center text-xl font-bold tracking-wide">
          医保明白纸
        </Link>
        <Link href="/contacts/" className="header-button tap flex items-center justify-center font-bold text-white">
          <span className="header-pill flex items-center gap-1 rounded-lg border border-white/70 px-2 hover:bg-white/10">
            <PhoneIcon className="size-5" />
            <span>
              <span className="elder-off">咨询</span>电话
            </span>
          </span>
        </Link>
        <ElderToggle />
      </div>
      <div data-header-row2="" className="site-header-row mx-auto flex max-w-3xl flex-wrap items-start gap-x-2 px-3 pb-2">
        <details className="site-menu elder-on">
          <summary className="header-button tap flex w-fit cursor-pointer list-none items-center justify-center font-bold">
            <span className="header-pill flex items-center rounded-lg border border-white/70 px-3">菜单</span>
          </summary>
          <nav aria-label="主导航" className="pb-2">
            {nav('site-menu-list grid grid-cols-2 gap-x-2')}
          </nav>
        </details>
        <SearchBox variant="header" cities={searchCities} />
      </div>
      <nav aria-label="主导航" className="elder-off mx-auto max-w-3xl overflow-x-auto px-1 pb-1">
        {nav('flex gap-1 whitespace-nowrap text-[0.9375rem]')}
      </nav>
    </header>
  );
}
