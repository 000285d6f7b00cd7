import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Calculator } from '@/components/calculator/Calculator';
import { Island } from '@/components/Island';
import { getRuleBook } from '@/lib/policy/load';
import { calculatorContext } from './context';
import { pageMetadata } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: '报销计算器：看病能报多少、自己付多少',
  description: '选参保地、险种和看病情况，按巴中、长春、昌都医保手册的规定一步步算出医保报多少、自己付多少，每一步注明出处。在您的手机上计算，不上传任何信息。',
  path: '/calculator/',
});

/** The rules are read here, at build time, and handed to the browser as plain JSON; all computing happens there. */
export default function CalculatorPage() {
  const rules = getRuleBook();
  const props = { rules, context: calculatorContext(rules) };
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { label: '报销计算器' }]} />
      <h1 className="text-2xl font-bold">报销计算器</h1>
      <p className="mt-1 text-muted">
        回答几个问题，算一算医保能报多少、自己要付多少。每一步都注明依据的是手册的哪一问。计算在您的手机上完成，填写的内容不会发送到任何地方。
      </p>
      {/* The calculator renders its first question on the phone (state in the address): the space is kept so that the footer does not jump. */}
      <div className="min-h-svh">
        {/* Its first render, which islands/calculator.tsx hydrates with the same props. */}
        <Island name="calculator" props={props}>
          <Calculator {...props} />
        </Island>
      </div>
    </>
  );
}
