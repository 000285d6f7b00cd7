import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Compare } from '@/components/calculator/Compare';
import { Island } from '@/components/Island';
import { getRuleBook } from '@/lib/policy/load';
import { calculatorContext } from '../calculator/context';
import { pageMetadata } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: '各地报销比一比',
  description: '同样的看病费用，在巴中、长春、昌都和全国参考标准下各报多少、自己付多少，差别在哪里。',
  path: '/compare/',
});

export default function ComparePage() {
  const rules = getRuleBook();
  const props = { rules, context: calculatorContext(rules) };
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { href: '/calculator/', label: '报销计算器' }, { label: '各地比一比' }]} />
      <h1 className="text-2xl font-bold">同样看病，各地报多少？</h1>
      <p className="mt-1 text-muted">
        把同一种情况放到每个地方的医保规定里算一遍。各地的医院等级和险种不完全一样，换算到最接近的一项，并写明怎么换算的。
      </p>
      {/* Rendered on the phone (state in the address): the space is kept so that the footer does not jump. */}
      <div className="min-h-svh">
        <Island name="compare" props={props}>
          <Compare {...props} />
        </Island>
      </div>
    </>
  );
}
