import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { contactAnchor, hotlineGroups, telNumbers } from '@/lib/content/contacts';
import { getHandbook } from '@/lib/content/load';
import { pageMetadata } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: '医保咨询电话',
  description: '巴中、长春、昌都及其他地区医保部门咨询电话，点一下就能拨打。',
  path: '/contacts/',
});

export default function ContactsPage() {
  const groups = hotlineGroups(getHandbook());
  const cities = [...new Set(groups.map((g) => g.cityName))];
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { label: '咨询电话' }]} />
      <h1 className="text-2xl font-bold">医保咨询电话</h1>
      <p className="mt-1 mb-4 text-muted">点号码即可拨打。号码照录各地公开资料，如有变动以当地公布为准。全国医保服务热线 12393。</p>
      {cities.map((cityName) => (
        <section key={cityName} className="mb-6">
          <h2 className="mb-2 text-xl font-bold">{cityName}</h2>
          {groups
            .filter((g) => g.cityName === cityName)
            .map((g) => (
              <div key={g.group} id={contactAnchor(g.cityId, g.group)} className="mb-3 scroll-mt-4">
                <h3 className="mb-1 font-bold text-muted">{g.group}</h3>
                <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
                  {g.hotlines.map((h) => (
                    <li key={`${h.name}-${h.phone}`} className="flex flex-wrap items-center justify-between gap-x-3 px-4 py-2">
                      <span>
                        {h.name}
                        {h.note && <span className="block text-sm text-muted">{h.note}</span>}
                      </span>
                      <span className="flex flex-wrap gap-2">
                        {telNumbers(h.phone).map((n) => (
                          <a key={n} href={`tel:${n}`} className="tap inline-flex items-center font-bold text-brand-700 underline">
                            {telNumbers(h.phone).length > 1 ? n : h.phone}
                          </a>
                        ))}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </section>
      ))}
    </>
  );
}
