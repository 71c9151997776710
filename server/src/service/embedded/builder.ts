// Builds a virtual JSON policy from a host tree while recording, for every JSON node, the host range it came from.
import type { OffsetRange } from '../types';
import type { MappedNode } from './types';

/** A value the file cannot know, in whole or in part: literal pieces and unknown pieces, in order. */
export interface Piece {
  text: string;
  /** True for a piece whose value is not known (a `!Ref`, a `var.x`, an interpolation). */
  unknown?: boolean;
}

export class VirtualJsonBuilder {
  // Chunks and their total length: reading the last character of a long concatenated string flattens it each time.
  private chunks: string[] = [];
  private size = 0;
  private last = '';
  readonly nodes: MappedNode[] = [];
  readonly unknowns: OffsetRange[] = [];
  private depth = 0;

  get text(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')];
    return this.chunks[0] ?? '';
  }

  private append(text: string): void {
    if (!text) return;
    this.chunks.push(text);
    this.size += text.length;
    this.last = text[text.length - 1];
  }

  private indent(): string {
    return '  '.repeat(this.depth);
  }

  /** Emits an object; `body` adds its properties with `property()`. */
  object(host: OffsetRange, handle: unknown, body: () => void): void {
    const node: MappedNode = { virtual: { offset: this.size, length: 0 }, host, kind: 'object', handle };
    this.nodes.push(node);
    this.append('{');
    this.depth++;
    const before = this.size;
    body();
    this.depth--;
    if (this.size > before) this.append(`\n${this.indent()}`);
    this.append('}');
    node.virtual.length = this.size - node.virtual.offset;
  }

  /** Emits an array; `body` adds its items with `item()`. */
  array(host: OffsetRange, handle: unknown, body: () => void): void {
    const node: MappedNode = { virtual: { offset: this.size, length: 0 }, host, kind: 'array', handle };
    this.nodes.push(node);
    this.append('[');
    this.depth++;
    const before = this.size;
    body();
    this.depth--;
    if (this.size > before) this.append(`\n${this.indent()}`);
    this.append(']');
    node.virtual.length = this.size - node.virtual.offset;
  }

  private separator(): void {
    if (this.last !== '{' && this.last !== '[') this.append(',');
    this.append(`\n${this.indent()}`);
  }

  /**
   * Emits one property: `host` spans key and value in the host, `keyHost` the key. `value` emits the value
   * (an object, array or scalar call); a property whose value is missing in the host gets `null`.
   */
  property(key: string, host: OffsetRange, keyHost: OffsetRange, handle: unknown, value: (() => void) | undefined, keyLinear = false): void {
    this.separator();
    const node: MappedNode = { virtual: { offset: this.size, length: 0 }, host, kind: 'property', handle };
    this.nodes.push(node);
    const keyText = JSON.stringify(key);
    const keyNode: MappedNode = { virtual: { offset: this.size, length: keyText.length }, host: keyHost, kind: 'key', handle };
    if (keyLinear && keyText.length === key.length + 2) {
      const quoted = keyHost.length === key.length + 2;
      keyNode.linear = { virtual: this.size + 1, host: keyHost.offset + (quoted ? 1 : 0), length: key.length };
    }
    this.nodes.push(keyNode);
    this.append(`${keyText}: `);
    if (value) value();
    else this.append('null');
    node.virtual.length = this.size - node.virtual.offset;
  }

  /** Starts an array item; call a value method right after. */
  item(): void {
    this.separator();
  }

  /**
   * Emits a string scalar. `contentHost` is where its characters sit one-to-one in the host (when they do),
   * so cursor positions inside map linearly.
   */
  string(value: string, host: OffsetRange, handle: unknown, contentHost?: number): void {
    const text = JSON.stringify(value);
    const node: MappedNode = { virtual: { offset: this.size, length: text.length }, host, kind: 'scalar', handle };
    if (contentHost !== undefined && text.length === value.length + 2) node.linear = { virtual: this.size + 1, host: contentHost, length: value.length };
    this.nodes.push(node);
    this.append(text);
  }

  /** Emits a string whose value is partly or wholly unknown; it is recorded in `unknowns`. */
  pieces(pieces: readonly Piece[], host: OffsetRange, handle: unknown): void {
    if (!pieces.some((p) => p.unknown)) {
      this.string(pieces.map((p) => p.text).join(''), host, handle);
      return;
    }
    const value = pieces.map((p) => p.text).join('');
    const text = JSON.stringify(value);
    const range = { offset: this.size, length: text.length };
    this.nodes.push({ virtual: range, host, kind: 'scalar', handle });
    this.unknowns.push(range);
    this.append(text);
  }

  /** Emits a literal (null, number, boolean) scalar. */
  literal(value: null | number | boolean, host: OffsetRange, handle: unknown): void {
    const text = JSON.stringify(value);
    this.nodes.push({ virtual: { offset: this.size, length: text.length }, host, kind: 'scalar', handle });
    this.append(text);
  }
}

/** How an unknown piece reads in the virtual text: `${Name}` (what a CloudFormation `!Sub` would show). */
export function unknownPiece(name: string): Piece {
  return { text: `\${${name}}`, unknown: true };
}
