// Formatting-preserving edits for condition fixes: remove an element, rename or move an operator block or entry.
import type { Node } from 'jsonc-parser';
import type { ConditionBlock, ConditionElement, ConditionEntry } from '../../document';
import type { OffsetEdit } from '../../types';
import { sameKey } from './walk';
import { eolOf, lineIndent, removeElement } from '../structural/edits';

/** Removes `child` (a property or array element) of `parent` with one separating comma (the shared structural edit). */
export function removeChild(parent: Node, child: Node): OffsetEdit {
  return (parent.children ?? []).includes(child) ? removeElement(child) : { offset: child.offset, length: child.length, newText: '' };
}

/** Appends properties (raw text) to an object, matching its one-line or one-per-line layout. */
export function appendProperties(text: string, object: Node, properties: readonly string[]): OffsetEdit {
  const children = object.children ?? [];
  const eol = eolOf(text);
  if (children.length === 0) {
    return { offset: object.offset + 1, length: Math.max(0, object.length - 2), newText: properties.join(', ') };
  }
  const last = children[children.length - 1];
  const multiline = /[\r\n]/.test(text.slice(object.offset, last.offset));
  const sep = multiline ? `,${eol}${lineIndent(text, last.offset)}` : ', ';
  return { offset: last.offset + last.length, length: 0, newText: properties.map((p) => sep + p).join('') };
}

function rawText(text: string, node: Node): string {
  return text.slice(node.offset, node.offset + node.length);
}

/** The block that an operator name would land in (the last one with that exact name), other than `except`. */
function blockNamed(condition: ConditionElement, operator: string, except: ConditionBlock): ConditionBlock | undefined {
  for (let i = condition.blocks.length - 1; i >= 0; i--) {
    const b = condition.blocks[i];
    if (b !== except && b.operator === operator) return b;
  }
  return undefined;
}

function conflicts(target: ConditionBlock, entries: readonly ConditionEntry[]): boolean {
  return entries.some((e) => target.entries.some((t) => sameKey(t.key, e.key)));
}

/**
 * Renames a whole operator block; when a block with the new name already exists its entries are merged into it.
 * Returns undefined when merging would put the same key twice under one operator (the fix would change meaning).
 */
export function renameBlock(text: string, condition: ConditionElement, block: ConditionBlock, operator: string): OffsetEdit[] | undefined {
  const target = blockNamed(condition, operator, block);
  if (!target) return [{ offset: block.property.keyNode.offset, length: block.property.keyNode.length, newText: JSON.stringify(operator) }];
  const conditionNode = condition.property.valueNode;
  if (!conditionNode || target.property.valueNode?.type !== 'object' || conflicts(target, block.entries)) return undefined;
  return [
    removeChild(conditionNode, block.property.node),
    appendProperties(text, target.property.valueNode, block.entries.map((e) => rawText(text, e.property.node))),
  ];
}

/**
 * Moves one entry to the block named `operator` (existing or new). When the entry is the block's only one,
 * or `wholeBlock` is set, the block itself is renamed instead. Undefined when the move would duplicate a key.
 */
export function moveEntry(
  text: string, condition: ConditionElement, block: ConditionBlock, entry: ConditionEntry, operator: string, wholeBlock = false,
): OffsetEdit[] | undefined {
  if (wholeBlock || block.entries.length === 1) return renameBlock(text, condition, block, operator);
  const source = block.property.valueNode;
  const conditionNode = condition.property.valueNode;
  if (!source || !conditionNode) return undefined;
  const raw = rawText(text, entry.property.node);
  const target = blockNamed(condition, operator, block);
  if (target) {
    if (target.property.valueNode?.type !== 'object' || conflicts(target, [entry])) return undefined;
    return [removeChild(source, entry.property.node), appendProperties(text, target.property.valueNode, [raw])];
  }
  // A new block copies the source block's layout: the text around its first and after its last entry.
  const first = block.entries[0].property.node;
  const last = block.entries[block.entries.length - 1].property.node;
  const open = text.slice(source.offset + 1, first.offset);
  const close = text.slice(last.offset + last.length, source.offset + source.length - 1);
  const colon = text.slice(block.property.keyNode.offset + block.property.keyNode.length, source.offset);
  const newBlock = `${JSON.stringify(operator)}${colon}{${open}${raw}${close}}`;
  return [removeChild(source, entry.property.node), appendProperties(text, conditionNode, [newBlock])];
}
