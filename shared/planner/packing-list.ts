import type { Block } from './agenda.js';

/** One thing to bring, and the blocks that need it, in programme order. */
export interface PackingItem {
  /** As the first block that needs it writes it. */
  item: string;
  blocks: { id: string; title: string }[];
}

/** A block's materials field holds a list: one thing per comma, semicolon or line. */
export const materialsOf = (materials: string): string[] =>
  materials
    .split(/[,;\n]/)
    .map((part) => part.replace(/\s+/g, ' ').replace(/^[-•*\s]+/, '').trim())
    .filter(Boolean);

/** The same thing written twice ("Post-its", "post-its ") is packed once. */
const sameThing = (item: string) => item.toLocaleLowerCase('nl').replace(/[.\s]+$/, '');

/**
 * Everything the session needs, each thing once, in the order the programme
 * first needs it; a block that names a thing twice counts once.
 */
export function packingList(blocks: readonly Pick<Block, 'id' | 'title' | 'materials'>[]): PackingItem[] {
  const byThing = new Map<string, PackingItem>();
  for (const block of blocks) {
    for (const item of materialsOf(block.materials)) {
      const key = sameThing(item);
      const entry = byThing.get(key) ?? { item, blocks: [] };
      if (!entry.blocks.some((b) => b.id === block.id)) entry.blocks.push({ id: block.id, title: block.title });
      byThing.set(key, entry);
    }
  }
  return [...byThing.values()];
}
