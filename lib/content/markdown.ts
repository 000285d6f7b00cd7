import { Marked, type Renderer, type Tokens } from 'marked';
import { tableBoxHtml } from './table-box';

/**
 * Markdown → HTML for handbook answers, at build time only (no Markdown code reaches the browser).
 * Tables are wrapped in a focusable, labelled scroll region so a wide table scrolls inside itself
 * on a 360 px screen instead of breaking the page width, with the “左右滑动看全表” cue above it
 * (lib/ui/table.ts).
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

/**
 * CommonMark will not close `**` between Chinese punctuation and a Chinese character
 * (“**线上备案渠道：**国家医保服务APP” stays as literal asterisks), and the handbooks write bold
 * that way throughout. This inline rule accepts any `**…**` on one line whose inside does not start
 * or end with a space, before the standard emphasis rules run.
 */
const CJK_STRONG = /^\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*/;
marked.use({
  extensions: [
    {
      name: 'cjkStrong',
      level: 'inline',
      start: (src: string) => {
        const index = src.indexOf('**');
        return index < 0 ? undefined : index;
      },
      tokenizer(this: { lexer: { inlineTokens: (src: string) => Tokens.Generic[] } }, src: string) {
        const match = CJK_STRONG.exec(src);
        if (!match) return undefined;
        const text = match[1] ?? '';
        return { type: 'strong', raw: match[0], text, tokens: this.lexer.inlineTokens(text) };
      },
    },
  ],
});
marked.use({
  renderer: {
    table(this: Renderer, token: Tokens.Table) {
      const cell = (c: Tokens.TableCell, tag: 'th' | 'td') => {
        const align = c.align ? ` style="text-align:${c.align}"` : '';
        const scope = tag === 'th' ? ' scope="col"' : '';
        return `<${tag}${scope}${align}>${this.parser.parseInline(c.tokens)}</${tag}>`;
      };
      const head = `<tr>${token.header.map((c) => cell(c, 'th')).join('')}</tr>`;
      const body = token.rows.map((row) => `<tr>${row.map((c) => cell(c, 'td')).join('')}</tr>`).join('');
      return tableBoxHtml(`<table><thead>${head}</thead><tbody>${body}</tbody></table>`, '表格（可左右滑动）');
    },
  },
});

export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown) as string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Plain text of an answer (for search and descriptions): tags removed, cells and blocks spaced. */
export function htmlToText(html: string): string {
  return html
    .replace(/<p class="table-cue"[^>]*>[\s\S]*?<\/p>/g, '') // the “左右滑动看全表” cue is not part of the answer
    .replace(/<\/(p|li|tr|h\d|div|table|blockquote)>/g, '\n')
    .replace(/<\/t[dh]>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Every Markdown table in a text, as rows of cell counts (for the ragged-table check). */
export function tableShapes(markdown: string): { line: number; cells: number[] }[] {
  const tables: { line: number; cells: number[] }[] = [];
  for (const token of marked.lexer(markdown)) {
    if (token.type !== 'table') continue;
    const t = token as Tokens.Table;
    const line = markdown.slice(0, markdown.indexOf(t.raw)).split('\n').length;
    // marked pads short rows; count the raw pipes instead so ragged rows are caught.
    const cells = t.raw
      .trim()
      .split('\n')
      .map((row) => splitRow(row).length);
    tables.push({ line, cells });
  }
  return tables;
}

function splitRow(row: string): string[] {
  const trimmed = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(/(?<!\\)\|/);
}
