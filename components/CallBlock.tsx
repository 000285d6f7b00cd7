import Link from '@/components/Link';
import { callTargets, contactsUrl, CONTACTS_PATH, telNumbers } from '@/lib/content/contacts';
import type { Hotline } from '@/lib/content/schema';
import type { Handbook } from '@/lib/content/types';
import { PhoneIcon } from './PhoneIcon';

/** "0431-81110000" → "0431" (the area code the page says was added by us). */
const areaCode = (phone: string) => /^(0\d{2,3})-/.exec(phone)?.[1] ?? '';

/** One number to tap: the number large, whose it is under it, then its opening hours or address. */
export function CallLink({ hotline }: { hotline: Hotline }) {
  const [dial] = telNumbers(hotline.phone);
  return (
    <li>
      <a
        href={`tel:${dial}`}
        className="tap flex items-center gap-3 rounded-lg border-2 border-brand-700 bg-white px-3 py-1 text-brand-700 hover:bg-brand-50"
      >
        <PhoneIcon className="size-6" />
        <span className="min-w-0">
          <span className="block text-xl font-bold tabular-nums">{hotline.phone}</span>
          <span className="block text-sm text-ink">{hotline.name}</span>
        </span>
      </a>
      {(hotline.note || hotline.areaCodeAdded) && (
        <p className="mt-1 text-sm text-muted">
          {hotline.note}
          {hotline.note && hotline.areaCodeAdded && '。'}
          {hotline.areaCodeAdded && `区号 ${areaCode(hotline.phone)} 是本站加上的（资料里的号码没有写区号）`}
        </p>
      )}
    </li>
  );
}

/**
 * “打电话问”: the last block of every city page and every answer page — the city's main hotline(s)
 * (marked `main: true` in content/<city>/city.yaml), tap to call, and the way to its other numbers.
 */
export function CallBlock({ book, cityId }: { book: Handbook; cityId: string }) {
  const targets = callTargets(book, cityId);
  if (!targets) return null;
  const { city, hotlines, borrowed } = targets;
  const reference = city.kind === 'reference';
  return (
    <section aria-labelledby="call-heading" className="mt-8 rounded-xl border border-brand-100 bg-white px-4 py-3">
      <h2 id="call-heading" className="text-lg font-bold">
        打电话问
      </h2>
      <p className="mt-1 text-[0.9375rem] text-muted">
        {borrowed
          ? '这篇报道没有给出医保部门的电话。有问题请打您参保地医保部门的电话；国家医保局公布的电话是：'
          : reference
            ? '各地待遇不同，具体问题请打参保地医保部门的电话。国家医保局公布的电话是：'
            : `不清楚的地方，可以打${city.name}医保部门的电话问：`}
      </p>
      <ul className="mt-2 grid gap-3">
        {hotlines.map((h) => (
          <CallLink key={h.phone} hotline={h} />
        ))}
      </ul>
      <p className="mt-2">
        <Link href={borrowed || reference ? CONTACTS_PATH : contactsUrl(city.id)} className="tap inline-flex items-center font-bold text-brand-700 underline">
          {borrowed || reference ? '各地医保部门的电话 ›' : `${city.name}各区县的电话 ›`}
        </Link>
      </p>
    </section>
  );
}
