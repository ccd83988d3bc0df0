/** Minimal builder of Strapi « blocks » rich text from a light markup. */

export type TextNode = { type: 'text'; text: string; bold?: boolean; italic?: boolean };
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 2 | 3; children: InlineNode[] }
  | { type: 'list'; format: 'unordered' | 'ordered'; children: { type: 'list-item'; children: InlineNode[] }[] }
  | { type: 'quote'; children: InlineNode[] };

/** Parses `**bold**`, `_italic_` and `[label](url)` into inline nodes. */
export function inline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  const pattern = /\*\*(.+?)\*\*|\[(.+?)\]\((.+?)\)|(?<![\p{L}\d])_(.+?)_(?![\p{L}\d])/gu;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push({ type: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) nodes.push({ type: 'text', text: match[1], bold: true });
    else if (match[2] !== undefined && match[3] !== undefined) {
      nodes.push({ type: 'link', url: match[3], children: [{ type: 'text', text: match[2] }] });
    } else if (match[4] !== undefined) nodes.push({ type: 'text', text: match[4], italic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', text: text.slice(last) });
  if (nodes.length === 0) nodes.push({ type: 'text', text: '' });
  return nodes;
}

/**
 * Turns a template into blocks. Paragraphs are separated by blank lines;
 * `## ` / `### ` start headings, `- ` unordered list items, `1. ` ordered ones, `> ` a quote.
 */
export function md(source: string): Block[] {
  const blocks: Block[] = [];
  const chunks = source
    .trim()
    .split(/\n\s*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0);
  for (const lines of chunks) {
    const first = lines[0];
    if (first.startsWith('### ')) {
      blocks.push({ type: 'heading', level: 3, children: inline(first.slice(4)) });
      if (lines.length > 1) blocks.push(...md(lines.slice(1).join('\n')));
    } else if (first.startsWith('## ')) {
      blocks.push({ type: 'heading', level: 2, children: inline(first.slice(3)) });
      if (lines.length > 1) blocks.push(...md(lines.slice(1).join('\n')));
    } else if (lines.every((line) => line.startsWith('- '))) {
      blocks.push({
        type: 'list',
        format: 'unordered',
        children: lines.map((line) => ({ type: 'list-item' as const, children: inline(line.slice(2)) })),
      });
    } else if (lines.every((line) => /^\d+\. /.test(line))) {
      blocks.push({
        type: 'list',
        format: 'ordered',
        children: lines.map((line) => ({ type: 'list-item' as const, children: inline(line.replace(/^\d+\. /, '')) })),
      });
    } else if (lines.every((line) => line.startsWith('> '))) {
      blocks.push({ type: 'quote', children: inline(lines.map((line) => line.slice(2)).join(' ')) });
    } else {
      blocks.push({ type: 'paragraph', children: inline(lines.join(' ')) });
    }
  }
  return blocks;
}
