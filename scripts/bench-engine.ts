/**
 * npm run bench:engine — scenario evaluations per second in Node (validation + estimate, as the
 * calculator runs them). A what-if chart needs ~200 evaluations per frame.
 */
import { estimateInput } from '@/lib/engine/estimate';
import { getRuleBook } from '@/lib/policy/load';

const rules = getRuleBook();
const single = { city: 'bazhong', scheme: 'resident', person: { assistance: 'dibao' }, events: [{ type: 'inpatient', level: 'level3', where: 'local', total: 80000, outOfScope: 3000 }] };
const ten = {
  city: 'bazhong',
  scheme: 'employee',
  person: { civilServant: true, retired: true, age: 70 },
  events: [
    ...[12000, 50000, 180000, 9000].map((total, i) => ({ type: 'inpatient', level: i % 2 ? 'level3' : 'level2', where: 'local', total })),
    { type: 'outpatient', level: 'level3', total: 1500 },
    { type: 'outpatient', level: 'pharmacy', total: 600 },
    { type: 'chronic', diseases: ['M04600'], total: 2400 },
    { type: 'special', disease: 'M00500', total: 30000 },
    { type: 'special', disease: 'M00500', total: 20000 },
    { type: 'twoDiseases', conditions: ['hypertension'], total: 500 },
  ],
};

function bench(name: string, scenario: unknown, explain: boolean, seconds = 1.5) {
  for (let i = 0; i < 200; i++) estimateInput(scenario, rules, { explain }); // warm-up
  let n = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 50; i++) {
      const o = estimateInput(scenario, rules, { explain });
      if (!o.ok) throw new Error(o.error.message);
    }
    n += 50;
  }
  const perSecond = Math.round(n / ((performance.now() - start) / 1000));
  console.log(`${name.padEnd(28)} ${perSecond.toLocaleString('en-US').padStart(10)} evaluations/s`);
  return perSecond;
}

console.log(`node ${process.version}`);
console.log('numbers only (what-if chart):');
const s = bench('  single event (巴中居民住院)', single, false);
bench('  10 events (巴中职工全年)', ten, false);
console.log('with explanation steps (calculator result, CLI):');
bench('  single event (巴中居民住院)', single, true);
bench('  10 events (巴中职工全年)', ten, true);
console.log(`what-if chart (200 single-event evaluations): ${((200 / s) * 1000).toFixed(1)} ms per frame`);
