// Where a completion goes: the range it replaces (a whole string, quotes included) and the commas it needs.
import { findNodeAtOffset, type Node } from 'jsonc-parser';
import type { Cursor } from '../cursor';
import type { TrustPolicy } from '../document';

export interface Spot {
  kind: 'key' | 'value';
  offset: number;
  length: number;
  /** The range covers an existing string, so newText must bring its own quotes (it always does). */
  inString: boolean;
  /** For keys: the property already has a colon and value, so only the key is replaced. */
  hasValue: boolean;
  /** Text before and after the item: `, ` when a neighbour in the array or object is not separated yet. */
  before: string;
  after: string;
  /** The object or array the item goes into, if any. */
  container: Node | undefined;
  /** The node being replaced (a string), if any. */
  replacing: Node | undefined;
}

function isInsideString(node: Node, offset: number, text: string): boolean {
  if (node.type !== 'string' || offset <= node.offset) return false;
  const end = node.offset + node.length;
  if (offset < end) return true;
  // An unterminated string ends at the line break: the cursor at its end is still inside it.
  return offset === end && (node.length < 2 || text[end - 1] !== '"');
}

function between(text: string, from: number, to: number): string {
  return from < to ? text.slice(from, to) : '';
}

/** Finds the spot for a completion at the cursor, or undefined when the cursor is somewhere nothing fits (a number...). */
export function spotAt(policy: TrustPolicy, cursor: Cursor): Spot | undefined {
  const { text } = policy;
  const offset = cursor.offset;
  const root = policy.root;
  const node = root ? findNodeAtOffset(root, offset, true) : undefined;
  const kind = cursor.location.isAtPropertyKey ? 'key' : 'value';
  if (node && isInsideString(node, offset, text)) {
    const parent = node.parent;
    const isKey = parent?.type === 'property' && parent.children?.[0] === node;
    const container = isKey ? parent?.parent : parent?.type === 'array' ? parent : undefined;
    return {
      kind: isKey ? 'key' : 'value', offset: node.offset, length: node.length, inString: true,
      hasValue: isKey && parent?.colonOffset !== undefined, before: '', after: '', container, replacing: node,
    };
  }
  // Right before or after a finished string there is nothing to add (the value is already there).
  if (node?.type === 'string' && (offset === node.offset || offset === node.offset + node.length)) return undefined;
  if (node && (node.type === 'number' || node.type === 'boolean' || node.type === 'null') && offset > node.offset) return undefined;
  // Between items: the innermost object or array around the cursor decides about separators.
  let container = root ? findNodeAtOffset(root, offset, false) : undefined;
  while (container && container.type !== 'object' && container.type !== 'array') container = container.parent;
  let before = '';
  let after = '';
  const siblings = container?.children ?? [];
  const inContainerList = container && (kind === 'key' ? container.type === 'object' : container.type === 'array');
  if (inContainerList) {
    const prev = [...siblings].reverse().find((c) => c.offset + c.length <= offset);
    const next = siblings.find((c) => c.offset >= offset);
    if (prev && !between(text, prev.offset + prev.length, offset).includes(',')) before = ', ';
    if (next && !between(text, offset, next.offset).includes(',')) after = ', ';
  }
  return { kind, offset, length: 0, inString: false, hasValue: false, before, after, container: inContainerList ? container : undefined, replacing: undefined };
}

/** The string values already in the array (or the keys already in the object), except the one being replaced. */
export function presentItems(spot: Spot): Set<string> {
  const present = new Set<string>();
  for (const child of spot.container?.children ?? []) {
    const n = child.type === 'property' ? child.children?.[0] : child;
    if (n && n !== spot.replacing && n.type === 'string') present.add(n.value as string);
  }
  return present;
}
