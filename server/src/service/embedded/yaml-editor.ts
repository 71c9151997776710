// Writes changes of a virtual policy back into a CloudFormation template: YAML as YAML (block or flow style as
// found, indentation kept), JSON templates as JSON. Values that did not change keep their original text.
import { isAlias, isMap, isScalar, isSeq, parse as parseYaml, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { HostEdit, HostEditor, MappedNode } from './types';
import { hostRangeOf, trimEnd } from './yaml-ranges';
import { columnOf as columnAt, lineIndent as indentAt } from './text-columns';

type Original = (virtualString: string) => string | undefined;

/** Thrown while rendering a value that cannot be written in this host; the edit is then not offered. */
class CannotRender extends Error {}

const YAML_11_SPECIAL = /^(y|yes|n|no|on|off|true|false|null|~|[-+]?(\.inf|\.nan)|[-+]?[0-9][0-9_,.:eE+-]*|0x[0-9a-fA-F]+|0o?[0-7]+)$/i;

/** A string YAML reads back as the same string when written without quotes (in block and flow context). */
export function plainSafe(s: string): boolean {
  if (!s || s.trim() !== s || YAML_11_SPECIAL.test(s)) return false;
  if (!/^[A-Za-z0-9_./$(][A-Za-z0-9_./:@+=*?~()$-]*$/.test(s)) return false;
  if (s.endsWith(':') || s.includes('://')) return false;
  try {
    return parseYaml(`[${s}]`, { version: '1.1' })?.[0] === s && parseYaml(s, { version: '1.1' }) === s;
  } catch {
    return false;
  }
}

function pad(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

export function createYamlEditor(text: string, json: boolean): HostEditor {
  const columnOf = (offset: number) => columnAt(text, offset);
  const lineIndent = (offset: number) => indentAt(text, offset);
  /** Start of a node, a short-form tag (`!Ref`) included, and its end without trailing whitespace. */
  const startOf = (node: YamlNode): number => hostRangeOf(node, text).offset;
  const endOf = (node: YamlNode): number => trimEnd(text, node.range?.[1] ?? 0);
  const pairStart = (pair: Pair): number => startOf(pair.key as YamlNode);
  const pairEnd = (pair: Pair): number => {
    const v = pair.value as YamlNode | null;
    return v?.range ? Math.max(endOf(v), endOf(pair.key as YamlNode)) : endOf(pair.key as YamlNode);
  };

  const scalarText = (s: string): string => (json ? JSON.stringify(s) : plainSafe(s) ? s : JSON.stringify(s));
  const stringText = (s: string, original: Original): string => {
    const o = original(s);
    if (o !== undefined) {
      if (!json && o.includes('\n')) throw new CannotRender('a multi-line value cannot move');
      return o;
    }
    return scalarText(s);
  };
  const keyText = (k: string) => (json ? JSON.stringify(k) : plainSafe(k) ? k : JSON.stringify(k));

  /** One-line flow rendering (also valid JSON when `json`). */
  const flow = (v: unknown, original: Original): string => {
    if (typeof v === 'string') return stringText(v, original);
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return json ? JSON.stringify(v) : scalarText(String(v));
    if (Array.isArray(v)) return `[${v.map((x) => flow(x, original)).join(', ')}]`;
    if (typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      return entries.length ? `{ ${entries.map(([k, x]) => `${keyText(k)}: ${flow(x, original)}`).join(', ')} }` : '{}';
    }
    throw new CannotRender(typeof v);
  };

  /** Pretty JSON for JSON templates: `indent` is the column of the line the value starts on. */
  const jsonPretty = (v: unknown, indent: number, original: Original): string => {
    if (Array.isArray(v)) {
      if (v.every((x) => x === null || typeof x !== 'object')) return flow(v, original);
      return `[\n${v.map((x) => pad(indent + 2) + jsonPretty(x, indent + 2, original)).join(',\n')}\n${pad(indent)}]`;
    }
    if (v && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      if (!entries.length) return '{}';
      return `{\n${entries.map(([k, x]) => `${pad(indent + 2)}${JSON.stringify(k)}: ${jsonPretty(x, indent + 2, original)}`).join(',\n')}\n${pad(indent)}}`;
    }
    return flow(v, original);
  };

  const isCollection = (v: unknown) => v !== null && typeof v === 'object' && Object.keys(v as object).length > 0;

  /** Block YAML: the first line has no indentation (it goes where the old node started); later lines get `indent`. */
  const block = (v: unknown, indent: number, original: Original): string => {
    if (Array.isArray(v) && v.length) {
      return v.map((item, i) => `${i ? `\n${pad(indent)}` : ''}- ${isCollection(item) ? block(item, indent + 2, original) : flow(item, original)}`).join('');
    }
    if (isCollection(v) && !Array.isArray(v)) {
      return Object.entries(v as Record<string, unknown>).map(([k, x], i) => `${i ? `\n${pad(indent)}` : ''}${keyText(k)}:${blockValue(x, indent, original)}`).join('');
    }
    return flow(v, original);
  };
  const blockValue = (v: unknown, indent: number, original: Original): string =>
    isCollection(v) ? `\n${pad(indent + 2)}${block(v, indent + 2, original)}` : ` ${flow(v, original)}`;

  const attempt = (make: () => HostEdit): HostEdit | undefined => {
    try {
      return make();
    } catch (e) {
      if (e instanceof CannotRender) return undefined;
      throw e;
    }
  };

  const isBlock = (h: unknown) => !json && (isMap(h) || isSeq(h)) && !(h as YAMLMap).flow;

  const render = (node: MappedNode, value: unknown, original: Original): string => {
    if (json) return jsonPretty(value, lineIndent(node.host.offset), original);
    if (isBlock(node.handle) && isCollection(value)) return block(value, columnOf(node.host.offset), original);
    return flow(value, original);
  };

  /** Removes entry `index` of a map or sequence whose entries span [starts[i], ends[i]). */
  const removeEntry = (starts: number[], ends: number[], index: number): HostEdit => {
    if (index < starts.length - 1) return { offset: starts[index], length: starts[index + 1] - starts[index], newText: '' };
    return { offset: ends[index - 1], length: ends[index] - ends[index - 1], newText: '' };
  };

  return {
    renderString(node, value) {
      const quote = text[node.host.offset];
      if (json || quote === '"') return JSON.stringify(value);
      if (quote === "'") return `'${value.replace(/'/g, "''")}'`;
      return scalarText(value);
    },

    replace: (node, value, original) => node.handle === undefined ? undefined : attempt(() => ({ offset: node.host.offset, length: node.host.length, newText: render(node, value, original) })),

    removeProperty(object, property) {
      const map = object.handle;
      const pair = property.handle as Pair | undefined;
      if (!isMap(map) || !pair) return undefined;
      const items = map.items as Pair[];
      const index = items.indexOf(pair);
      if (index < 0) return undefined;
      if (items.length === 1) return { offset: object.host.offset, length: object.host.length, newText: '{}' };
      return removeEntry(items.map(pairStart), items.map(pairEnd), index);
    },

    addProperty(object, key, value, original) {
      const map = object.handle;
      if (!isMap(map)) return undefined;
      const items = map.items as Pair[];
      if (!items.length) return attempt(() => ({ offset: object.host.offset, length: object.host.length, newText: render(object, { [key]: value }, original) }));
      const end = pairEnd(items[items.length - 1]);
      const col = columnOf(pairStart(items[0]));
      return attempt(() => {
        if (json) return { offset: end, length: 0, newText: `,\n${pad(col)}${JSON.stringify(key)}: ${jsonPretty(value, col, original)}` };
        if (isBlock(map)) return { offset: end, length: 0, newText: `\n${pad(col)}${keyText(key)}:${blockValue(value, col, original)}` };
        return { offset: end, length: 0, newText: `, ${keyText(key)}: ${flow(value, original)}` };
      });
    },

    removeItem(array, item) {
      const seq = array.handle as YAMLSeq | undefined;
      if (!isSeq(seq)) return undefined;
      const nodes = seq.items as YamlNode[];
      const index = nodes.findIndex((n) => n && startOf(n) === item.host.offset);
      if (index < 0) return undefined;
      if (nodes.length === 1) return { offset: array.host.offset, length: array.host.length, newText: '[]' };
      return removeEntry(nodes.map(startOf), nodes.map(endOf), index);
    },

    addItem(array, value, original) {
      const seq = array.handle as YAMLSeq | undefined;
      if (!isSeq(seq)) return undefined;
      const nodes = (seq.items as YamlNode[]).filter((n) => n && (isScalar(n) || isMap(n) || isSeq(n) || isAlias(n)));
      if (!nodes.length || nodes.length !== seq.items.length) {
        return attempt(() => ({ offset: array.host.offset, length: array.host.length, newText: render(array, [value], original) }));
      }
      const end = endOf(nodes[nodes.length - 1]);
      return attempt(() => {
        if (json) {
          const col = lineIndent(startOf(nodes[0]));
          const multiline = text.slice(startOf(nodes[0]), end).includes('\n') || text.slice(array.host.offset, startOf(nodes[0])).includes('\n');
          return { offset: end, length: 0, newText: multiline ? `,\n${pad(col)}${jsonPretty(value, col, original)}` : `, ${flow(value, original)}` };
        }
        if (isBlock(seq)) {
          const dash = text.lastIndexOf('-', startOf(nodes[0]));
          const col = columnOf(dash);
          return { offset: end, length: 0, newText: `\n${pad(col)}- ${isCollection(value) ? block(value, col + 2, original) : flow(value, original)}` };
        }
        return { offset: end, length: 0, newText: `, ${flow(value, original)}` };
      });
    },
  };
}
