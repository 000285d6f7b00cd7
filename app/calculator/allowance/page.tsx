import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Allowance } from '@/components/calculator/Allowance';
import { Island } from '@/components/Island';
import { getRuleBook } from '@/lib/policy/load';
import { pageMetadata } from '@/lib/site';
import { calculatorContext } from '../context';

export const metadata: Metadata = pageMetadata({
  title: '生育津贴计算：能领多少天、多少钱',
  description: '职工生育保险的生育津贴、配偶护理津贴和一次性营养补助费：按手册规定算天数和金额，每一步注明出处。在您的手机上计算。',
  path: '/calculator/allowance/',
});

/** The 生育津贴 tool: the rules that have one (tools.maternityAllowance) decide where it applies. */
export default function AllowancePage() {
  const rules = getRuleBook();
  const spec = Object.values(rules).find((s) => s.tools?.maternityAllowance);
  const tool = spec?.tools?.maternityAllowance;
  if (!spec || !tool) notFound();
  const props = {
    tool,
    cityName: spec.name,
    eligibility: spec.schemes.employee?.events.maternity?.eligible?.source ?? tool.source,
    context: calculatorContext(rules),
  };
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: '首页' }, { href: '/calculator/', label: '报销计算器' }, { label: '生育津贴' }]} />
      <h1 className="text-2xl font-bold">生育津贴能领多少</h1>
      <p className="mt-1 text-muted">
        {spec.name}职工医保（生育保险）：生孩子或做计划生育手术期间，按天发的生育津贴，和配偶的护理津贴。计算在您的手机上完成，填写的内容不会发送到任何地方。
      </p>
      <Island name="allowance" props={props}>
        <Allowance {...props} />
      </Island>
    </>
  );
}
