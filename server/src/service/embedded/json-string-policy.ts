// A trust policy written as a JSON string in a template (`AssumeRolePolicyDocument: |` and indented JSON, a quoted
// string, a string in a JSON template): the string's characters are parsed with jsonc-parser and every JSON node is
// mapped to its host range through the scalar's character map. Fixes are JSON edits of the string's text, written
// back in the scalar's style (block lines indented, quoted strings escaped); not offered where that is not exact.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { OffsetRange } from '../types';
import { VirtualJsonBuilder } from './builder';
import type { HostEdit, HostEditor, MappedNode } from './types';
import { encodeForScalar, multiline, type DecodedScalar } from './yaml-scalar';
import { columnOf as columnAt, lineIndent as indentAt } from './text-columns';

export interface JsonStringPolicy {
  text: string;
  nodes: MappedNode[];
  /** The host range of the JSON object (the whole scalar when characters cannot be placed exactly). */
  hostRange: OffsetRange;
  editor?: HostEditor;
}

export interface JsonStringResult {
  policy?: JsonStringPolicy;
  problems: { range: OffsetRange; message: string }[];
}

/** Where a range of the decoded text sits in the host: exact when the scalar maps one-to-one, else the whole scalar. */
function hostRangeIn(decoded: DecodedScalar, start: number, end: number): OffsetRange {
  if (!decoded.exact) return decoded.range;
  const last = decoded.map.length - 1;
  const from = decoded.map[Math.min(start, last)];
  const to = decoded.map[Math.min(end, last)];
  return { offset: from, length: Math.max(0, to - from) };
}

/** The host offset where the characters of a JSON string's content start, when they map one-to-one. */
function linearStart(decoded: DecodedScalar, node: JsonNode): number | undefined {
  if (!decoded.exact) return undefined;
  const start = node.offset + 1;
  const end = node.offset + node.length - 1;
  if (end < start || decoded.text.slice(start, end).includes('\\')) return undefined;
  return decoded.map[end] - decoded.map[start] === end - start ? decoded.map[start] : undefined;
}

const MAX_DEPTH = 64;

/** Reads the JSON policy in a string scalar; invalid JSON gives problems at their place and no policy. */
export function readJsonString(decoded: DecodedScalar, name: string): JsonStringResult {
  const errors: ParseError[] = [];
  const root = parseTree(decoded.text, errors, { allowTrailingComma: false, disallowComments: true });
  const problems = errors.slice(0, 5).map((e) => ({
    range: hostRangeIn(decoded, e.offset, e.offset + e.length),
    message: `The trust policy of ${name} is a string that is not valid JSON (${printParseErrorCode(e.error)}).`,
  }));
  if (problems.length) return { problems };
  if (!root || root.type !== 'object') return { problems: [{ range: decoded.range, message: `The trust policy of ${name} is a string that does not hold a JSON object.` }] };
  if (depthOf(root) > MAX_DEPTH) return { problems: [{ range: decoded.range, message: `The trust policy of ${name} is nested too deeply to be read.` }] };
  const b = new VirtualJsonBuilder();
  const range = (n: JsonNode) => hostRangeIn(decoded, n.offset, n.offset + n.length);
  const emit = (node: JsonNode): void => {
    switch (node.type) {
      case 'object':
        b.object(range(node), node, () => {
          for (const property of node.children ?? []) {
            const [keyNode, valueNode] = property.children ?? [];
            if (!keyNode) continue;
            b.property(String(keyNode.value), range(property), range(keyNode), property, valueNode ? () => emit(valueNode) : undefined, linearStart(decoded, keyNode) !== undefined);
          }
        });
        return;
      case 'array':
        b.array(range(node), node, () => {
          for (const child of node.children ?? []) {
            b.item();
            emit(child);
          }
        });
        return;
      case 'string':
        b.string(String(node.value), range(node), node, linearStart(decoded, node));
        return;
      default:
        b.literal(node.value as null | number | boolean, range(node), node);
    }
  };
  emit(root);
  return {
    policy: { text: b.text, nodes: b.nodes, hostRange: range(root), editor: decoded.exact && encodeForScalar(decoded, '') !== undefined ? createJsonStringEditor(decoded) : undefined },
    problems: [],
  };
}

function depthOf(node: JsonNode): number {
  let max = 0;
  const stack: [JsonNode, number][] = [[node, 1]];
  while (stack.length) {
    const [n, d] = stack.pop() as [JsonNode, number];
    if (d > max) max = d;
    if (d <= MAX_DEPTH + 1) for (const c of n.children ?? []) stack.push([c, d + 1]);
  }
  return max;
}

// ---------------------------------------------------------------- writing fixes back into the string

/** A change of the decoded text: replace [start, end) with `text`. */
interface DecodedEdit {
  start: number;
  end: number;
  text: string;
}

/** JSON on one line, spaced as people write it (`{"a": "b", "c": [1, 2]}`). */
function compact(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(compact).join(', ')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${compact(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}

function createJsonStringEditor(decoded: DecodedScalar): HostEditor {
  const text = decoded.text;
  const lines = multiline(decoded);
  const columnOf = (offset: number) => columnAt(text, offset);
  const lineIndent = (offset: number) => indentAt(text, offset);
  const spansLines = (n: JsonNode) => text.slice(n.offset, n.offset + n.length).includes('\n');
  /** A value as JSON: pretty (later lines indented to `col`) where the text around it spans lines, else on one line. */
  const pretty = (value: unknown, col: number, multi: boolean) => (lines && multi ? JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(col)}`) : compact(value));
  const toHost = (edit: DecodedEdit): HostEdit | undefined => {
    const newText = encodeForScalar(decoded, edit.text);
    if (newText === undefined) return undefined;
    const from = decoded.map[edit.start];
    const to = decoded.map[edit.end];
    return { offset: from, length: to - from, newText };
  };
  const nodeOf = (m: MappedNode) => m.handle as JsonNode | undefined;
  const end = (n: JsonNode) => n.offset + n.length;

  /** Removes entry `index` of a container with the separator that goes with it. */
  const removeEntry = (container: JsonNode, index: number): DecodedEdit | undefined => {
    const siblings = container.children ?? [];
    const target = siblings[index];
    if (!target) return undefined;
    if (siblings.length === 1) return { start: container.offset + 1, end: end(container) - 1, text: '' };
    if (index < siblings.length - 1) return { start: target.offset, end: siblings[index + 1].offset, text: '' };
    return { start: end(siblings[index - 1]), end: end(target), text: '' };
  };

  /** Appends an entry (`"key": value` or a value) after the last one, on its own line when the entries are. */
  const appendEntry = (container: JsonNode, entry: (col: number, multi: boolean) => string): DecodedEdit => {
    const children = container.children ?? [];
    const multi = lines && spansLines(container);
    if (!children.length) {
      const col = lineIndent(container.offset) + 2;
      const body = entry(col, multi);
      return multi
        ? { start: container.offset, end: end(container), text: `${container.type === 'object' ? '{' : '['}\n${' '.repeat(col)}${body}\n${' '.repeat(col - 2)}${container.type === 'object' ? '}' : ']'}` }
        : { start: container.offset, end: end(container), text: `${container.type === 'object' ? '{' : '['}${body}${container.type === 'object' ? '}' : ']'}` };
    }
    const last = children[children.length - 1];
    const first = children[0];
    const ownLines = lines && text.slice(container.offset, first.offset).includes('\n');
    const col = columnOf(first.offset);
    return { start: end(last), end: end(last), text: ownLines ? `,\n${' '.repeat(col)}${entry(col, true)}` : `, ${entry(col, false)}` };
  };

  return {
    replace(node, value) {
      const n = nodeOf(node);
      if (!n) return undefined;
      const target = n.type === 'property' ? n.children?.[1] : n;
      if (!target) return undefined;
      const multi = spansLines(target) || (target.parent !== undefined && spansLines(target.parent));
      return toHost({ start: target.offset, end: end(target), text: pretty(value, lineIndent(target.offset), multi) });
    },
    removeProperty(object, property) {
      const o = nodeOf(object);
      const p = nodeOf(property);
      if (!o || !p || o.type !== 'object') return undefined;
      const edit = removeEntry(o, (o.children ?? []).indexOf(p));
      return edit && toHost(edit);
    },
    addProperty(object, key, value) {
      const o = nodeOf(object);
      if (!o || o.type !== 'object') return undefined;
      return toHost(appendEntry(o, (col, multi) => `${JSON.stringify(key)}: ${pretty(value, col, multi)}`));
    },
    removeItem(array, item) {
      const a = nodeOf(array);
      const i = nodeOf(item);
      if (!a || !i || a.type !== 'array') return undefined;
      const edit = removeEntry(a, (a.children ?? []).indexOf(i));
      return edit && toHost(edit);
    },
    addItem(array, value) {
      const a = nodeOf(array);
      if (!a || a.type !== 'array') return undefined;
      return toHost(appendEntry(a, (col, multi) => pretty(value, col, multi)));
    },
    renderString(_node, value) {
      return encodeForScalar(decoded, JSON.stringify(value)) ?? null;
    },
  };
}
