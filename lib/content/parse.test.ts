import { describe, expect, it } from 'vitest';
import { ContentError, parseChapterFile } from './parse';

const FRONT = `---
chapter: resident
title: 第三章 城乡居民医保篇
order: 3
document: "001"
date: 2025-11
schemes: [resident]
---
`;

describe('parseChapterFile', () => {
  it('splits entries with their metadata and answer', () => {
    const chapter = parseChapterFile(
      'x.md',
      `${FRONT}
## 住院怎么报销？
<!-- {id: bazhong/resident/11, tags: [住院], section: "第三章 十一问"} -->

答案第一段。

### 小标题
| a | b |
|---|---|
| 1 | 2 |

## 第二问？
<!-- {id: bazhong/resident/12, tags: [住院, 异地就医], section: 十二问, titleAdded: true, notes: [原文如此]} -->
第二个答案。
`,
    );
    expect(chapter.frontMatter.date).toBe('2025-11');
    expect(chapter.entries.map((e) => e.meta.id)).toEqual(['bazhong/resident/11', 'bazhong/resident/12']);
    expect(chapter.entries[0]?.markdown).toContain('### 小标题');
    expect(chapter.entries[1]?.meta.titleAdded).toBe(true);
    expect(chapter.entries[1]?.line).toBe(20);
  });

  it('names the file and the field when metadata is missing a required field', () => {
    const bad = `${FRONT}\n## 问？\n<!-- {id: bazhong/resident/1, section: x} -->\n答。\n`;
    expect(() => parseChapterFile('content/bazhong/03-resident.md', bad)).toThrow(/content\/bazhong\/03-resident\.md: .*tags/);
  });

  it('rejects unknown metadata fields, bad ids and a missing metadata line', () => {
    expect(() => parseChapterFile('f.md', `${FRONT}\n## 问？\n<!-- {id: a/b/c, tags: [住院], section: x, colour: red} -->\n答。\n`)).toThrow(ContentError);
    expect(() => parseChapterFile('f.md', `${FRONT}\n## 问？\n<!-- {id: 巴中/1, tags: [住院], section: x} -->\n答。\n`)).toThrow(/id/);
    expect(() => parseChapterFile('f.md', `${FRONT}\n## 问？\n答。\n`)).toThrow(/标题下一行/);
  });

  it('rejects a file without front matter or with a bad date', () => {
    expect(() => parseChapterFile('f.md', '## 问？\n')).toThrow(/front matter/);
    expect(() => parseChapterFile('f.md', FRONT.replace('2025-11', '十一月'))).toThrow(/date/);
  });
});
