import Link from '@/components/Link';
import { ElderToggle } from './ElderToggle';
import { SearchBox, type SearchBoxCity } from './SearchBox';

export interface NavLink {
  href: string;
  label: string;
}

export function SiteHeader({ links, searchCities }: { links: NavLink[]; searchCities: SearchBoxCity[] }) {
  return (
    <header className="bg-brand-700 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 focus:text-ink">
        跳到正文
      </a>
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="tap flex items-center text-xl font-bold tracking-wide">
          医保明白纸
        </Link>
        <ElderToggle />
      </div>
      <SearchBox variant="header" cities={searchCities} />
      <nav aria-label="主导航" className="mx-auto max-w-3xl overflow-x-auto px-2 pb-1">
        <ul className="flex gap-1 whitespace-nowrap text-[0.9375rem]">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="tap inline-flex items-center rounded-md px-3 hover:bg-white/10">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
