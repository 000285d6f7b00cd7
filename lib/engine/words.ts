import type Decimal from 'decimal.js';
import { formatYuan, round2, toAmountString } from '@/lib/money';
import type { Step } from '@/lib/scenario/types';
import type { StructuredStep } from './steps';

/**
 * The Chinese sentence of each kind of step, made only from the step's params: the words a resident
 * reads next to each amount ("三级医疗机构起付线 ¥700.00，由个人支付").
 */

export const yuan = (value: Decimal | number) => formatYuan(value);
export const pct = (ratio: number) => `${ratio}%`;

/** 100000 → 10万, 4900 → 4900元. */
export function short(n: number): string {
  return n >= 10000 && n % 1000 === 0 ? `${n / 10000}万` : `${n}元`;
}

/** “20万以内93%、20万至40万96%、40万以上98%” from a band table. */
export function bandTable(table: readonly { upTo: number | null; ratio: number }[]): string {
  let lower = 0;
  return table
    .map((b) => {
      const text = lower === 0 && b.upTo !== null ? `${short(b.upTo)}以内${pct(b.ratio)}` : b.upTo === null ? `${lower === 0 ? '全部' : `${short(lower)}以上`}${pct(b.ratio)}` : `${short(lower)}至${short(b.upTo)}${pct(b.ratio)}`;
      lower = b.upTo ?? lower;
      return text;
    })
    .join('、');
}

const parts = (ps: readonly { from: Decimal; to: Decimal; ratio: number }[]) => ps.map((s) => `${yuan(s.to.minus(s.from))}×${pct(s.ratio)}`).join(' + ');
const who = (labels: readonly string[]) => (labels.length ? `（${labels.join('，')}）` : '');
const ORDINALS = ['第一次', '第二次', '第三次', '第四次', '第五次'];
const nth = (n: number) => ORDINALS[n - 1] ?? `第${n}次`;

/** What a limit did to this bill, after the step's own words (nothing when it did not cut it). */
function capWords(wanted: Decimal, granted: Decimal, paidBefore: Decimal): string {
  if (!granted.lt(round2(wanted))) return '';
  const before = paidBefore.isZero() ? '' : `本年此前已支付 ${yuan(paidBefore)}，`;
  return `；${before}超出的部分不再支付，本次支付 ${yuan(granted)}`;
}

/**
 * “起付线 ¥700.00，由个人支付”; or that there is none; or that this bill stays below it (and is all the
 * person's). `due` is what this bill still owes of the deductible (less when part was paid before).
 */
export function deductibleWords(full: Decimal, covered: Decimal, due: Decimal = full): string {
  if (full.isZero()) return '无起付线';
  if (due.isZero()) return `起付线 ${yuan(full)}，本年已经扣过，这次不再扣`;
  if (covered.lt(due)) return `起付线 ${yuan(full)}，这次政策范围内费用 ${yuan(covered)} 没有超过起付线，由个人支付`;
  if (due.lt(full)) return `起付线 ${yuan(full)}，这次扣剩下的 ${yuan(due)}，由个人支付`;
  return `起付线 ${yuan(full)}，由个人支付`;
}

export function words(s: StructuredStep): string {
  switch (s.kind) {
    case 'eligible': {
      const p = s.params;
      const head = p.disease ? `${p.disease}：` : '';
      return `${head}政策范围内费用：总费用 ${yuan(p.total)} − ${p.word} ${yuan(p.outOfScope)} = ${yuan(p.total.minus(p.outOfScope))}`;
    }
    case 'classB':
      return s.params.note ?? `乙类药品和诊疗项目 ${yuan(s.params.classB)} 个人先自付 ${pct(s.params.selfPay)}`;
    case 'transfer':
      return `同一治疗过程转院：只补计起付线差额 ${yuan(s.params.due)}（本院 ${yuan(s.params.full)}，已计 ${yuan(s.params.paidBefore)}）`;
    case 'deductible': {
      const p = s.params;
      const factor = p.factor !== undefined && p.factor !== 100 ? `按${pct(p.factor)}计` : '';
      const whoText = [...p.who, factor].filter(Boolean);
      if (p.per === 'admission') {
        const place = p.place ? `${p.place}，` : '';
        const admission = p.admission !== undefined ? `${nth(p.admission)}住院，` : '';
        return `${place}${admission}${p.level ?? ''}${deductibleWords(p.full, p.covered, p.due)}${who(whoText)}`;
      }
      const level = p.atLevel ? `按${p.atLevel}住院标准，` : p.level ? `${p.level}，` : '';
      return `${level}一年只扣一次${deductibleWords(p.full, p.covered, p.due)}${who(whoText)}`;
    }
    case 'ratio':
      return `${s.params.afterDeductible ? '起付线以上' : '政策范围内费用'} ${yuan(s.params.base)} 由统筹基金报销 ${pct(s.params.ratio)}${who(s.params.who)}`;
    case 'bands': {
      const p = s.params;
      const detail = parts(p.parts) || '无';
      if (p.of === 'year') return `按年度累计费用分段报销（${bandTable(p.table)}）：年度累计 ${yuan(p.yearTotal ?? 0)}，本次 ${detail}`;
      return `${p.place ? `${p.place}：` : ''}起付线以上按费用分段报销（${[...p.who, bandTable(p.table)].join('：')}）：${detail}`;
    }
    case 'lumpSum':
      return `生育医疗费${s.params.called}：${s.params.what}，${s.params.called} ${yuan(s.params.amount)}；政策范围内费用比${s.params.called}少的，按实际费用支付`;
    case 'cumulativePay':
      return `年度累计政策范围内费用 ${yuan(s.params.yearTotal)}，超过 ${yuan(s.params.deductible)} 的部分：${bandTable(s.params.table)}`;
    case 'cap':
      return `${s.params.called} ${yuan(s.params.cap)}${capWords(s.params.wanted, s.params.granted, s.params.paidBefore)}`;
    case 'diseaseCap': {
      const p = s.params;
      const several = p.count > 1 ? `（患多种病时按限额最高的${p.highest}${p.extraPerDisease ? `，每多一种加 ${yuan(p.extraPerDisease)}` : ''}）` : '';
      return `${p.called} ${yuan(p.cap)}${several}`;
    }
    case 'shareRatio':
      return `${s.params.label}：基本医保支付后剩余的 ${yuan(s.params.share)} 报销 ${pct(s.params.ratio)}（年度限额 ${yuan(s.params.cap)}）`;
    case 'cumulativeLayer': {
      const p = s.params;
      const favoured = p.favoured
        ? `（${p.favoured.status}起付线按${pct(p.favoured.deductiblePercent)}计，比例提高 ${p.favoured.ratioPlus} 个百分点${p.favoured.uncapped ? '，不设限额' : ''}）`
        : p.cap === null
          ? ''
          : `，年度限额 ${yuan(p.cap)}`;
      const detail = parts(p.parts);
      return `${p.label}${who(p.who)}：${p.base} ${yuan(p.yearTotal)}，起付线 ${yuan(p.deductible)}${favoured}${detail ? `；本次 ${detail}` : '，本次没有超过起付线'}`;
    }
    case 'assistance':
      return `医疗救助（${s.params.status}）：年度累计剩余自付 ${yuan(s.params.yearTotal)}，起付标准 ${yuan(s.params.deductible)}，救助 ${pct(s.params.ratio)}，年度限额 ${yuan(s.params.cap)}`;
    case 'assistanceExcluded':
      return `${s.params.place}的费用原则上不纳入医疗救助范围`;
    case 'tilted':
      return `倾斜救助（${s.params.who}）：常规救助后年度累计个人自付 ${yuan(s.params.yearTotal)}，超过 ${yuan(s.params.threshold)} 的部分救助 ${pct(s.params.ratio)}（年度限额 ${yuan(s.params.cap)}）`;
  }
}

/** The contract's steps of a bill: `{text, amount, source}`, the text made from each step's params. */
export function render(steps: readonly StructuredStep[]): Step[] {
  return steps.map((s) => (s.amount === undefined ? { text: words(s), source: s.source } : { text: words(s), source: s.source, amount: toAmountString(s.amount) }));
}
