import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHandbook } from './load';
import { ContentError } from './parse';

/** A one-city handbook in a temporary directory, with the given home.yaml (or none). */
function tempContent(homeYaml?: string, extraChapter?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  fs.writeFileSync(path.join(dir, 'topics.yaml'), '- { slug: inpatient, name: 住院, description: 住院报销 }\n');
  fs.mkdirSync(path.join(dir, 'x'));
  fs.writeFileSync(
    path.join(dir, 'x', 'city.yaml'),
    'id: x\nname: X市\nprovince: P\norder: 1\nkind: city\nsummary: s\nschemes: [resident]\ndocuments:\n  - { key: "d", title: t, publisher: p, date: "2025", covers: c }\n',
  );
  fs.writeFileSync(
    path.join(dir, 'x', '01-y.md'),
    '---\nchapter: y\ntitle: Y\norder: 1\ndocument: "d"\ndate: "2025"\nschemes: [resident]\n---\n\n## 住院怎么报销？\n<!-- {id: x/y/1, tags: [住院], section: 一问} -->\n\n答案。\n',
  );
  if (extraChapter !== undefined) fs.writeFileSync(path.join(dir, 'x', '02-z.md'), extraChapter);
  if (homeYaml !== undefined) fs.writeFileSync(path.join(dir, 'home.yaml'), homeYaml);
  return dir;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const load = (homeYaml?: string, extraChapter?: string) => {
  const dir = tempContent(homeYaml, extraChapter);
  dirs.push(dir);
  return loadHandbook(dir);
};

describe('home.yaml', () => {
  it('resolves popular ids to entries, with the label or the entry title', () => {
    const book = load('popular:\n  - { id: x/y/1, label: 住院能报多少？ }\n');
    expect(book.home?.popular.map((p) => [p.entry.id, p.label])).toEqual([['x/y/1', '住院能报多少？']]);
    expect(load('popular:\n  - id: x/y/1\n').home?.popular[0]?.label).toBe('住院怎么报销？');
  });
  it('is optional', () => {
    expect(load().home).toBeUndefined();
  });
  it('fails naming the file and the field for an unknown id, a duplicate, an unknown key or an empty list', () => {
    expect(() => load('popular:\n  - { id: x/y/2 }\n')).toThrow(/home\.yaml: popular\.0\.id: 不是已有条目的 id/);
    expect(() => load('popular:\n  - { id: x/y/1 }\n  - { id: x/y/1 }\n')).toThrow(/popular\.1\.id: .*重复/);
    expect(() => load('popular:\n  - { id: x/y/1, colour: red }\n')).toThrow(ContentError);
    expect(() => load('popular: []\n')).toThrow(/popular/);
    expect(() => load('populr:\n  - { id: x/y/1 }\n')).toThrow(ContentError);
  });
});

describe('the loader', () => {
  const chapter = (meta: string) => `---\nchapter: z\ntitle: Z\norder: 2\ndocument: "d"\ndate: "2025"\nschemes: [resident]\n---\n\n## 又一问？\n<!-- ${meta} -->\n\n答案。\n`;
  it('fails on an id used twice, naming both places', () => {
    expect(() => load(undefined, chapter('{id: x/y/1, tags: [住院], section: 二问}'))).toThrow(/应以 x\/z\/ 开头/);
    const twice = chapter('{id: x/z/1, tags: [住院], section: 二问}').replace('答案。\n', '答案。\n\n## 第三问？\n<!-- {id: x/z/1, tags: [住院], section: 三问} -->\n\n答案。\n');
    expect(() => load(undefined, twice)).toThrow(/x\/z\/1.*重复/);
  });
  it('fails on a missing field or an unknown tag, naming file and field', () => {
    expect(() => load(undefined, chapter('{id: x/z/1, tags: [住院]}'))).toThrow(/02-z\.md: .*section/);
    expect(() => load(undefined, chapter('{id: x/z/1, tags: [门诊], section: 二问}'))).toThrow(/02-z\.md: .*tags: “门诊”/);
  });
});
