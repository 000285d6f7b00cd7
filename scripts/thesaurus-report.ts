/**
 * npm run report:thesaurus — which residents' words of the thesaurus (content/search/synonyms.yaml) look
 * like patches for one test question rather than general vocabulary: a word that appears in exactly one
 * question of all the query sets (tuned and held out) and nowhere in the handbooks (titles, answers,
 * tags) nor in any entry's 相似问法. Such a word helps that one question and, as far as the sources
 * show, no next resident; each listed word should be either a real everyday synonym (keep it, knowing
 * why) or removed.
 *
 * Prints how many words appear in exactly one question and in no handbook (the 相似问法 aside), how many
 * of those no 相似问法 uses either, then each of the latter with its group's first handbook term. Only
 * the word is printed, never the question (held-out questions stay unread).
 *   --all   also count words that appear in no question at all (general vocabulary nobody tested)
 */
import { getHandbook } from '@/lib/content/load';
import { loadQueryCases, loadSearchConfig, QUERY_SETS } from '@/lib/search/config';
import { normalizeText } from '@/lib/search/normalize';

const book = getHandbook();
const config = loadSearchConfig();
const handbookText = normalizeText(book.entries.map((e) => `${e.title}\n${e.text}\n${e.tags.join(' ')}`).join('\n'));
const phrasingText = normalizeText(book.entries.flatMap((e) => e.similar).join('\n'));
const questions = QUERY_SETS.flatMap((s) => loadQueryCases(s.file)).map((c) => normalizeText(c.q));

const rows = config.thesaurus.groups.flatMap((group) =>
  group.words.map((word) => {
    const w = normalizeText(word);
    return {
      word,
      term: group.terms[0] ?? '',
      inQuestions: questions.filter((q) => q.includes(w)).length,
      inHandbooks: handbookText.includes(w),
      inPhrasings: phrasingText.includes(w),
    };
  }),
);
const patches = rows.filter((r) => r.inQuestions === 1 && !r.inHandbooks && !r.inPhrasings);
const untested = rows.filter((r) => r.inQuestions === 0 && !r.inHandbooks && !r.inPhrasings);
const notInHandbooks = rows.filter((r) => r.inQuestions === 1 && !r.inHandbooks);

console.log(`同义词表 ${config.thesaurus.groups.length} 组，居民说法 ${rows.length} 个；测试问题 ${questions.length} 条（${QUERY_SETS.length} 套）`);
console.log(`只出现在一条测试问题里、手册没有的说法：${notInHandbooks.length} 个（其中 ${notInHandbooks.length - patches.length} 个居民的相似问法里有）`);
console.log(`只出现在一条测试问题里、手册和相似问法都没有的说法：${patches.length} 个`);
for (const r of patches) console.log(`  ${r.word}  → ${r.term}`);
if (process.argv.includes('--all')) {
  console.log(`哪条测试问题、手册和相似问法都没有的说法：${untested.length} 个`);
  for (const r of untested) console.log(`  ${r.word}  → ${r.term}`);
}
