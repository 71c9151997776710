// Terraform JSON syntax (`*.tf.json`, e.g. CDKTF's cdk.tf.json), read by writing the same configuration as HCL text
// (a "synthetic" source) that the tree-sitter pipeline reads like any .tf file, with a map from every synthetic
// character back to the JSON host. jsonc-parser reads the JSON; tree-sitter finds the interpolations of its strings.
//
// Terraform reads a JSON string where an expression goes as a template: `"${data.x.y.json}"` is that expression,
// `"arn:${var.p}:x"` a template with text and interpolations. Variable defaults are literal (not templates).
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { OffsetRange } from '../types';
import type { HostEditor, MappedNode, VirtualPolicy } from './types';
import { attributes, attributeValue, parseHclNodes, unwrap } from './terraform-parse';
import { templateLayout } from './terraform-resolve';

/** HCL text written from a .tf.json file: synthetic character i came from host range [starts[i], ends[i]). */
export interface Synthetic {
  text: string;
  starts: number[];
  ends: number[];
}

/** A decoded character of a JSON string and the host range of what wrote it (an escape is several characters). */
interface Char {
  c: string;
  start: number;
  end: number;
}

/** Block types of a policy document (`"statement": [{...}]` is a list of blocks, not an attribute). */
const DOCUMENT_BLOCKS = new Set(['statement', 'principals', 'not_principals', 'condition']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

class SyntheticWriter {
  text = '';
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /** Text that stands for the host range as a whole (keywords, braces, `=`). */
  add(text: string, at: OffsetRange): void {
    this.text += text;
    for (let i = 0; i < text.length; i++) {
      this.starts.push(at.offset);
      this.ends.push(at.offset + at.length);
    }
  }

  /** Text written for one decoded character. */
  char(text: string, from: Char): void {
    this.text += text;
    for (let i = 0; i < text.length; i++) {
      this.starts.push(from.start);
      this.ends.push(from.end);
    }
  }
}

const rangeOfJson = (node: JsonNode): OffsetRange => ({ offset: node.offset, length: node.length });

/** The characters of a JSON string node, escapes decoded, each with the host range that wrote it. */
function decodeString(host: string, node: JsonNode): Char[] {
  const chars: Char[] = [];
  const end = node.offset + node.length - 1;
  for (let i = node.offset + 1; i < end;) {
    let length = 1;
    if (host[i] === '\\') length = host[i + 1] === 'u' ? 6 : 2;
    const raw = host.slice(i, i + length);
    let c = raw;
    try {
      c = JSON.parse(`"${raw}"`) as string;
    } catch {
      // jsonc-parser reported the bad escape; keep the characters
    }
    for (const unit of c) chars.push({ c: unit, start: i, end: i + length });
    i += length;
  }
  return chars;
}

/** A character of a quoted HCL string; `literal` also keeps `${` and `%{` from being read as interpolations. */
function hclEscape(chars: readonly Char[], index: number, literal: boolean): string {
  const c = chars[index].c;
  const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  if (named[c]) return named[c];
  if (c < ' ') return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  if (literal && (c === '$' || c === '%') && chars[index + 1]?.c === '{') return c + c;
  return c;
}

/** Interpolations and directives of a template's text (found by tree-sitter in a heredoc holding it verbatim). */
function templateHoles(content: string): { start: number; end: number; expression?: { start: number; end: number } }[] | undefined {
  let marker = 'TFJSON';
  while (content.includes(marker)) marker += '_';
  const prefix = `x = <<${marker}\n`;
  const source = `${prefix}${content}\n${marker}\n`;
  const root = parseHclNodes(source);
  if (!root || root.hasError) return undefined;
  const attribute = attributes(root.namedChildren.find((c) => c?.type === 'body')).get('x');
  const value = attribute ? attributeValue(attribute) : undefined;
  const template = value ? unwrap(value) : undefined;
  if (!template || template.type !== 'heredoc_template') return undefined;
  return templateLayout(template, source).holes.map((h) => ({
    start: h.start - prefix.length,
    end: h.end - prefix.length,
    expression: h.expression ? { start: h.expression.startIndex - prefix.length, end: h.expression.endIndex - prefix.length } : undefined,
  }));
}

class Converter {
  readonly out = new SyntheticWriter();

  constructor(private readonly host: string) {}

  /** A JSON value as an HCL expression; strings are templates unless `literal`. */
  expression(node: JsonNode, literal = false): void {
    const at = rangeOfJson(node);
    switch (node.type) {
      case 'string':
        this.string(node, literal);
        return;
      case 'number':
        this.out.add(this.host.slice(node.offset, node.offset + node.length), at);
        return;
      case 'boolean':
      case 'null':
        this.out.add(String(node.value), at);
        return;
      case 'array':
        this.out.add('[', at);
        (node.children ?? []).forEach((child, i) => {
          if (i) this.out.add(', ', at);
          this.expression(child, literal);
        });
        this.out.add(']', at);
        return;
      case 'object':
        this.out.add('{', at);
        for (const property of node.children ?? []) {
          const [key, value] = property.children ?? [];
          if (!key || !value) continue;
          this.string(key, true);
          this.out.add(' = ', rangeOfJson(property));
          this.expression(value, literal);
          this.out.add('\n', rangeOfJson(property));
        }
        this.out.add('}', at);
        return;
      default:
        this.out.add('null', at);
    }
  }

  /** A JSON string: a quoted HCL string, or for a template that is one interpolation, that expression itself. */
  string(node: JsonNode, literal: boolean): void {
    const at = rangeOfJson(node);
    const chars = decodeString(this.host, node);
    const content = chars.map((c) => c.c).join('');
    const holes = literal || !/[$%]\{/.test(content) ? [] : templateHoles(content);
    if (!holes) {
      // An interpolation tree-sitter cannot read: a value the file cannot know.
      this.out.add('tfjson_unreadable()', at);
      return;
    }
    const only = holes.length === 1 ? holes[0] : undefined;
    if (only?.expression && only.start === 0 && only.end === content.length) {
      for (let i = only.expression.start; i < only.expression.end; i++) this.out.char(chars[i].c, chars[i]);
      return;
    }
    this.out.add('"', { offset: at.offset, length: 1 });
    let next = 0;
    for (let i = 0; i < chars.length; i++) {
      const hole = holes[next];
      if (hole && i >= hole.start && i < hole.end) {
        this.out.char(chars[i].c, chars[i]);
        if (i === hole.end - 1) next++;
      } else {
        this.out.char(hclEscape(chars, i, literal), chars[i]);
      }
    }
    this.out.add('"', { offset: at.offset + at.length - 1, length: 1 });
  }

  /** `"name"` of a block label, from a JSON key. */
  label(key: JsonNode): void {
    this.string(key, true);
  }

  /** The objects a JSON value stands for: one object, or each object of an array (several blocks). */
  static objects(node: JsonNode | undefined): JsonNode[] {
    if (!node) return [];
    if (node.type === 'object') return [node];
    if (node.type === 'array') return (node.children ?? []).filter((c) => c.type === 'object');
    return [];
  }

  static properties(node: JsonNode): { name: string; key: JsonNode; value: JsonNode; node: JsonNode }[] {
    return (node.children ?? []).flatMap((property) => {
      const [key, value] = property.children ?? [];
      // "//" is a comment in Terraform JSON (CDKTF writes its metadata there).
      return key && value && key.value !== '//' ? [{ name: String(key.value), key, value, node: property }] : [];
    });
  }

  /** A block body: attributes, and nested blocks for the names in `blocks` (and `dynamic`). */
  body(object: JsonNode, blocks: ReadonlySet<string>): void {
    for (const { name, key, value, node } of Converter.properties(object)) {
      const at = rangeOfJson(node);
      if (name === 'dynamic') {
        for (const dynamic of Converter.objects(value)) {
          for (const inner of Converter.properties(dynamic)) {
            for (const content of Converter.objects(inner.value)) {
              this.out.add('dynamic ', rangeOfJson(key));
              this.label(inner.key);
              this.block(content, blocks);
            }
          }
        }
      } else if (blocks.has(name) && Converter.objects(value).length && (value.type === 'object' || (value.children ?? []).every((c) => c.type === 'object'))) {
        for (const content of Converter.objects(value)) {
          this.out.add(name, rangeOfJson(key));
          this.block(content, blocks);
        }
      } else if (IDENTIFIER.test(name)) {
        this.out.add(name, rangeOfJson(key));
        this.out.add(' = ', at);
        this.expression(value);
        this.out.add('\n', at);
      }
    }
  }

  /** ` { body }` of a block whose header is written. */
  block(content: JsonNode, blocks: ReadonlySet<string>, body?: () => void): void {
    this.out.add(' {\n', { offset: content.offset, length: 1 });
    if (body) body();
    else this.body(content, blocks);
    this.out.add('}\n', { offset: content.offset + content.length - 1, length: 1 });
  }

  /** The top-level object: resource, data, variable and locals blocks; the rest says nothing about trust policies. */
  file(root: JsonNode): void {
    for (const top of Converter.properties(root)) {
      if (top.name === 'resource' || top.name === 'data') {
        for (const types of Converter.objects(top.value)) {
          for (const type of Converter.properties(types)) {
            const blocks = type.name === 'aws_iam_policy_document' ? DOCUMENT_BLOCKS : new Set<string>();
            for (const names of Converter.objects(type.value)) {
              for (const name of Converter.properties(names)) {
                for (const content of Converter.objects(name.value)) {
                  this.out.add(`${top.name} `, rangeOfJson(top.key));
                  this.label(type.key);
                  this.out.add(' ', rangeOfJson(name.key));
                  this.label(name.key);
                  this.block(content, blocks);
                }
              }
            }
          }
        }
      } else if (top.name === 'variable') {
        for (const names of Converter.objects(top.value)) {
          for (const name of Converter.properties(names)) {
            for (const content of Converter.objects(name.value)) {
              this.out.add('variable ', rangeOfJson(top.key));
              this.label(name.key);
              this.block(content, new Set(), () => {
                // Only the default matters; it is a literal value in JSON syntax (no templates).
                const found = Converter.properties(content).find((p) => p.name === 'default');
                if (!found) return;
                this.out.add('default = ', rangeOfJson(found.node));
                this.expression(found.value, true);
                this.out.add('\n', rangeOfJson(found.node));
              });
            }
          }
        }
      } else if (top.name === 'locals') {
        for (const content of Converter.objects(top.value)) {
          this.out.add('locals', rangeOfJson(top.key));
          this.block(content, new Set());
        }
      }
    }
  }
}

/** The synthetic HCL of a .tf.json text, or the JSON syntax errors that stop reading it. */
export function synthesize(text: string): { synthetic?: Synthetic; errors: OffsetRange[] } {
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  if (parseErrors.length) return { errors: parseErrors.slice(0, 20).map((e) => ({ offset: e.offset, length: e.length })) };
  if (!root || root.type !== 'object') return { errors: [] };
  const converter = new Converter(text);
  converter.file(root);
  const { text: source, starts, ends } = converter.out;
  return { synthetic: { text: source, starts, ends }, errors: [] };
}

/** A synthetic range as the host range it came from. */
export function hostRangeOf(synthetic: Synthetic, range: OffsetRange): OffsetRange {
  const last = synthetic.starts.length - 1;
  if (last < 0) return { offset: 0, length: 0 };
  const start = synthetic.starts[Math.min(range.offset, last)];
  if (range.length <= 0) return { offset: start, length: 0 };
  const end = synthetic.ends[Math.min(range.offset + range.length - 1, last)];
  return { offset: Math.min(start, end), length: Math.abs(end - start) };
}

/** What the .tf.json editor knows of a node: whether it is a JSON string of the file, or JSON text inside one. */
type JsonHandle = { tfjson: 'value' | 'embedded' | 'other' };

/** Moves a policy read from synthetic HCL onto the JSON host. */
export function toHost(policy: Omit<VirtualPolicy, 'editor'>, synthetic: Synthetic, host: string): VirtualPolicy {
  const nodes: MappedNode[] = policy.nodes.map((node) => {
    const range = hostRangeOf(synthetic, node.host);
    const text = host.slice(range.offset, range.offset + range.length);
    const form = (node.handle as { form?: string } | undefined)?.form;
    const kind: JsonHandle['tfjson'] = form === 'json' ? 'embedded' : /^"[^"\\$%]*"$/.test(text) ? 'value' : 'other';
    const mapped: MappedNode = { virtual: node.virtual, host: range, kind: node.kind, handle: { tfjson: kind } satisfies JsonHandle };
    const linear = node.linear;
    if (linear) {
      const start = synthetic.starts[linear.host];
      let oneToOne = start !== undefined;
      for (let k = 0; k < linear.length && oneToOne; k++) {
        oneToOne = synthetic.starts[linear.host + k] === start + k && synthetic.ends[linear.host + k] === start + k + 1;
      }
      if (oneToOne) mapped.linear = { virtual: linear.virtual, host: start, length: linear.length };
    }
    return mapped;
  });
  return {
    ...policy,
    nodes,
    hostRange: hostRangeOf(synthetic, policy.hostRange),
    roleRange: hostRangeOf(synthetic, policy.roleRange),
    editor: jsonEditor,
  };
}

/**
 * Fixes are not written into .tf.json files (not offered); completion writes a string as the JSON string it
 * replaces, or escaped for JSON text held in a JSON string.
 */
const jsonEditor: HostEditor = {
  renderString(node, value) {
    const kind = (node.handle as JsonHandle | undefined)?.tfjson;
    if (kind === 'value') return JSON.stringify(value);
    if (kind === 'embedded') return JSON.stringify(JSON.stringify(value)).slice(1, -1);
    return null;
  },
  replace: () => undefined,
  removeProperty: () => undefined,
  addProperty: () => undefined,
};
