import { getHandbook } from '@/lib/content/load';
import { loadSearchConfig } from '@/lib/search/config';
import { buildSearchData } from '@/lib/search/data';
import { buildSearchEngine, createSearchEngine } from '@/lib/search/engine';
const data = JSON.parse(JSON.stringify(buildSearchData(getHandbook(), loadSearchConfig())));
for (let k = 0; k < 3; k++) createSearchEngine(data); // warm
const gen = buildSearchEngine(data);
let last = performance.now(); const steps: number[] = [];
for (;;) { const s = gen.next(); const now = performance.now(); steps.push(now - last); last = now; if (s.done) break; }
const N = data.docs.length;
console.log('total', steps.reduce((a,b)=>a+b,0).toFixed(1), 'docs phase', steps.slice(0, N).reduce((a,b)=>a+b,0).toFixed(1));
console.log('after docs:', steps.slice(N).map(x=>x.toFixed(1)).join(' '));
