// Formatting-preserving text edits on the JSON tree (remove, insert, rename, wrap), shared by quick fixes.
import type { Node } from 'jsonc-parser';
import type { OffsetEdit } from '../../types';

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** The indentation (spaces and tabs) of the line that holds `offset`. */
export function lineIndent(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = start;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return text.slice(start, end);
}

/** One level of indentation as the document uses it (the first indented line), or two spaces. */
export function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  // The first indented line is a top-level property: one level deep.
  return m ? m[1] : '  ';
}

/** The end-of-line sequence the document uses. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The whitespace that separates `node` from the token before it, reduced to newline + indentation or one space. */
function separatorBefore(text: string, node: Node): string {
  let i = node.offset;
  while (i > 0 && isSpace(text[i - 1])) i--;
  const ws = text.slice(i, node.offset);
  const nl = Math.max(ws.lastIndexOf('\n'), ws.lastIndexOf('\r'));
  return nl >= 0 ? eolOf(text) + ws.slice(nl + 1) : ' ';
}

/**
 * Removes a property from its object, or an element from its array, together with one separating comma,
 * so the remaining list stays valid JSON and keeps its layout.
 */
export function removeElement(node: Node): OffsetEdit {
  const container = node.parent?.type === 'property' ? node.parent : node;
  const list = container.parent;
  const siblings = list?.children ?? [];
  const index = siblings.indexOf(container);
  if (!list || index < 0) return { offset: container.offset, length: container.length, newText: '' };
  const next = siblings[index + 1];
  if (next) return { offset: container.offset, length: next.offset - container.offset, newText: '' };
  const previous = siblings[index - 1];
  if (previous) {
    const start = previous.offset + previous.length;
    return { offset: start, length: container.offset + container.length - start, newText: '' };
  }
  // The only element: empty the container, keeping its brackets.
  return { offset: list.offset + 1, length: list.length - 2, newText: '' };
}

/** Renders a property for insertion: `"Key": value` where value is raw JSON text. */
export function propertyText(key: string, valueJson: string): string {
  return `${JSON.stringify(key)}: ${valueJson}`;
}

/**
 * Inserts `"key": valueJson` into an object (first, last, or after one of its property nodes), matching the
 * indentation of its other properties (or one level deeper than the object for an empty multi-line object).
 */
export function insertProperty(text: string, object: Node, key: string, valueJson: string, position: 'first' | 'last' | { after: Node } = 'last'): OffsetEdit {
  const prop = propertyText(key, valueJson);
  const children = object.children ?? [];
  if (children.length === 0) {
    // An unclosed `{` (still being typed) has no closing brace to keep.
    const closed = object.length >= 2 && text[object.offset + object.length - 1] === '}';
    const innerLength = object.length - (closed ? 2 : 1);
    const inner = text.slice(object.offset + 1, object.offset + 1 + innerLength);
    if (/[\r\n]/.test(inner)) {
      const eol = eolOf(text);
      const indent = lineIndent(text, object.offset);
      return { offset: object.offset + 1, length: innerLength, newText: `${eol}${indent}${indentUnit(text)}${prop}${eol}${indent}` };
    }
    return { offset: object.offset + 1, length: innerLength, newText: prop };
  }
  if (position === 'first') {
    const first = children[0];
    return { offset: first.offset, length: 0, newText: `${prop},${separatorBefore(text, first)}` };
  }
  const after = typeof position === 'object' && children.includes(position.after) ? position.after : children[children.length - 1];
  return { offset: after.offset + after.length, length: 0, newText: `,${separatorBefore(text, after)}${prop}` };
}

/** Replaces a whole value (or key) node with raw JSON text. */
export function replaceNode(node: Node, json: string): OffsetEdit {
  return { offset: node.offset, length: node.length, newText: json };
}

/** Replaces a string node (key or value) with another string. */
export function replaceString(node: Node, value: string): OffsetEdit {
  return replaceNode(node, JSON.stringify(value));
}

/** Wraps a value in an array: `{...}` becomes `[{...}]`. */
export function wrapInArray(node: Node): OffsetEdit[] {
  return [
    { offset: node.offset, length: 0, newText: '[' },
    { offset: node.offset + node.length, length: 0, newText: ']' },
  ];
}

/**
 * Adds strings to a value that is a string or an array of strings: `"a"` becomes `["a", "b"]`,
 * an array gets the new items after its last one in the same layout.
 */
export function appendStrings(text: string, value: Node, items: readonly string[]): OffsetEdit {
  const rendered = items.map((s) => JSON.stringify(s));
  if (value.type !== 'array') {
    return { offset: value.offset, length: value.length, newText: `[${[text.slice(value.offset, value.offset + value.length), ...rendered].join(', ')}]` };
  }
  const children = value.children ?? [];
  if (children.length === 0) return { offset: value.offset + 1, length: value.length - 2, newText: rendered.join(', ') };
  const last = children[children.length - 1];
  const sep = separatorBefore(text, last);
  return { offset: last.offset + last.length, length: 0, newText: rendered.map((r) => `,${sep === ' ' ? ' ' : sep}${r}`).join('') };
}
