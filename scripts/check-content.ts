/**
 * Content check (part of the test command): loads every handbook through lib/content (schema,
 * duplicate ids, tags, documents) and then runs the debris/table/link checks.
 * Exit 1 with one line per problem, naming file, line and entry.
 */
import { checkHandbook } from '@/lib/content/check';
import { loadHandbook } from '@/lib/content/load';
import { ContentError } from '@/lib/content/parse';

try {
  const book = loadHandbook();
  const problems = checkHandbook(book);
  for (const p of problems) console.error(`${p.file}:${p.line} ${p.entry} ${p.problem}`);
  const perCity = book.cities.map((c) => `${c.name} ${c.chapters.reduce((n, ch) => n + ch.entries.length, 0)}`).join('，');
  if (problems.length) {
    console.error(`内容检查未通过：${problems.length} 个问题`);
    process.exit(1);
  }
  console.log(`内容检查通过：${book.entries.length} 个条目（${perCity}）`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`内容文件有误：${error.message}`);
    process.exit(1);
  }
  throw error;
}
