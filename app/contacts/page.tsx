import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import Link from '@/components/Link';
import { hotlineGroups, telNumbers, cityContactAnchor, type HotlineGroup } from '@/lib/content/contacts';
import { getHandbook } from '@/lib/content/load';
import type { City } from '@/lib/content/types';
import { pageMetadata } from '@/lib/site';
import { CONTACTS_CITY_ATTRIBUTE, CONTACTS_ORDER_SCRIPT } from '@/lib/ui/contacts-order';

export const metadata: Metadata = pageMetadata({
  title: '医保咨询电话',
  description: '巴中、长春、昌都及其他地区医保部门咨询电话，点一下就能拨打。',
  path: '/contacts/',
});

/** What a place is called on this page: the national reference holds other cities' numbers. */
const placeName = (city: City) => (city.kind === 'reference' ? '其他地区和国家医保局' : city.name);

const areaCode = (phone: string) => /^(0\d{2,3})-/.exec(phone)?.[1] ?? '';

/** A group named like its city holds the city's own offices. */
const groupName = (city: City, group: string) => (group === city.name ? '市本级' : group);

/**
 * Which numbers of a city had no area code in the source, in one sentence for its section (长春:
 * all but 公主岭's; 北京's two), so that the page does not repeat it under every number.
 */
function areaCodeNote(city: City, own: HotlineGroup[]): string {
  const added = own.filter((g) => g.hotlines.every((h) => h.areaCodeAdded));
  if (added.length === 0) return '';
  const plain = own.filter((g) => g.hotlines.every((h) => !h.areaCodeAdded));
  const codes = [...new Set(added.flatMap((g) => g.hotlines.map((h) => areaCode(h.phone))))].join('、');
  const names = (groups: HotlineGroup[]) => groups.map((g) => groupName(city, g.group)).join('、');
  const which = added.length === own.length ? '这里的号码' : plain.length > 0 && plain.length < added.length && plain.length + added.length === own.length ? `除${names(plain)}外，这里的号码` : `${names(added)}的号码`;
  return `${which}资料里没有写区号，区号 ${codes} 是本站加上的。`;
}

function Group({ city, group }: { city: City; group: HotlineGroup }) {
  // A group whose numbers differ in this respect says it number by number.
  const mixed = group.hotlines.some((h) => h.areaCodeAdded) && !group.hotlines.every((h) => h.areaCodeAdded);
  return (
    <div id={group.anchor} className="mb-3 scroll-mt-2">
      <h3 className="mb-1 font-bold text-muted">{groupName(city, group.group)}</h3>
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
        {group.hotlines.map((h) => (
          <li key={`${h.name}-${h.phone}`} className="flex flex-wrap items-center justify-between gap-x-3 px-4 py-2">
            <span className="min-w-0">
              {h.name}
              {h.note && <span className="block text-sm text-muted">{h.note}</span>}
              {mixed && h.areaCodeAdded && <span className="block text-sm text-muted">区号 {areaCode(h.phone)} 是本站加上的（资料里的号码没有写区号）</span>}
            </span>
            <span className="flex flex-wrap gap-2">
              {telNumbers(h.phone).map((n) => (
                <a key={n} href={`tel:${n}`} className="tap inline-flex items-center font-bold text-brand-700 underline tabular-nums">
                  {h.phone}
                </a>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function ContactsPage() {
  const book = getHandbook();
  const groups = hotlineGroups(book);
  const cities = book.cities.filter((c) => groups.some((g) => g.cityId === c.id));
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { label: '咨询电话' }]} />
      <h1 className="text-2xl font-bold">医保咨询电话</h1>
      <p className="mt-1 text-muted">点号码就能拨打。号码来自各地公开的资料，如有变动，以当地公布的为准。</p>
      <nav aria-label="按地方找电话" className="mt-3 mb-5">
        <ul className="flex flex-wrap gap-2">
          {cities.map((c) => (
            <li key={c.id}>
              <Link href={`#${cityContactAnchor(c.id)}`} className="tap inline-flex items-center rounded-full border border-slate-300 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50">
                {placeName(c)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div data-contacts-list="">
        {cities.map((city) => {
          // The group with the city's main hotline first, right under the name; then the way to each district.
          const own = groups.filter((g) => g.cityId === city.id);
          const first = own.filter((g) => g.hotlines.some((h) => h.main) && city.kind !== 'reference');
          const rest = own.filter((g) => !first.includes(g));
          return (
            <section key={city.id} id={cityContactAnchor(city.id)} {...{ [CONTACTS_CITY_ATTRIBUTE]: city.id }} aria-labelledby={`h-${city.id}`} className="mb-6 scroll-mt-2">
              <h2 id={`h-${city.id}`} className="mb-1 text-xl font-bold">
                {placeName(city)}
              </h2>
              <p data-remembered-note="" hidden className="mb-2 text-sm text-muted">
                您看过{city.name}的页面，所以把这里的电话排在最前。
              </p>
              {areaCodeNote(city, own) && <p className="mb-2 text-sm text-muted">{areaCodeNote(city, own)}</p>}
              {first.map((g) => (
                <Group key={g.anchor} city={city} group={g} />
              ))}
              {rest.length > 1 && (
                <nav aria-label={`${placeName(city)}：按${city.kind === 'reference' ? '地方' : '区县'}找`} className="mb-3">
                  <h3 className="font-bold text-muted">{city.kind === 'reference' ? '各地' : '各区县'}</h3>
                  <ul className="flex flex-wrap gap-x-1">
                    {rest.map((g) => (
                      <li key={g.anchor}>
                        <Link href={`#${g.anchor}`} className="tap inline-flex items-center px-2 text-brand-700 underline">
                          {groupName(city, g.group)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              {rest.map((g) => (
                <Group key={g.anchor} city={city} group={g} />
              ))}
            </section>
          );
        })}
      </div>
      {/* Right after the list: the remembered city first, before the page is first drawn (lib/ui/contacts-order.ts). */}
      <script dangerouslySetInnerHTML={{ __html: CONTACTS_ORDER_SCRIPT }} />
    </>
  );
}
