import type { BlockNode, InlineNode, ListBlock, ListItemNode } from '@dk20000/shared';

export type { BlockNode, InlineNode, ListBlock, ListItemNode };

/** Shift applied to every heading so that the text's highest heading lands on `minLevel`. */
export function headingShift(blocks: readonly BlockNode[], minLevel: number): number {
  const levels = blocks.flatMap((b) => (b.type === 'heading' ? [b.level] : []));
  if (levels.length === 0) return 0;
  return minLevel - Math.min(...levels);
}

export function plainText(nodes: readonly InlineNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : plainText(n.children))).join('');
}

export function isEmptyInline(nodes: readonly InlineNode[]): boolean {
  return plainText(nodes).trim() === '';
}

/** Strapi stores a nested list as a sibling following the item it belongs to. */
export function groupListItems(list: ListBlock): Array<{ item: ListItemNode; nested: ListBlock[] }> {
  const groups: Array<{ item: ListItemNode; nested: ListBlock[] }> = [];
  for (const child of list.children) {
    if (child.type === 'list-item') groups.push({ item: child, nested: [] });
    else if (groups.length > 0) groups[groups.length - 1]!.nested.push(child);
    else groups.push({ item: { type: 'list-item', children: [] }, nested: [child] });
  }
  return groups;
}

/** The plain text of rich text (blocks), paragraphs separated by a space: for meta descriptions. */
export function blocksText(blocks: readonly BlockNode[]): string {
  const texts: string[] = [];
  const visit = (node: BlockNode | ListBlock | ListItemNode) => {
    if (node.type === 'list') node.children.forEach(visit);
    else if (node.type !== 'image') texts.push(plainText(node.children));
  };
  blocks.forEach(visit);
  return texts.filter((text) => text.trim() !== '').join(' ');
}
