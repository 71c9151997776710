// The characters of a YAML string scalar (a block scalar, a quoted or plain string; JSON templates' strings are
// double-quoted scalars) with a map from each character to its host offset, and the way back (text written into the
// scalar in its own style). A decoding is trusted only when it equals the value the yaml reader gives; otherwise
// the scalar is `exact: false` and its characters map to the whole scalar.
import type { Scalar } from 'yaml';
import type { OffsetRange } from '../types';

export type ScalarStyle = 'literal' | 'folded' | 'single' | 'double' | 'plain';

export interface DecodedScalar {
  /** The scalar's value (block scalars without trailing line breaks). */
  text: string;
  /** Host offset of each character of `text`, and one more entry for the end. Exact only when `exact`. */
  map: number[];
  /** True when `map` is exact; false when characters can only be placed on the whole scalar. */
  exact: boolean;
  style: ScalarStyle;
  /** The content indentation of a block scalar. */
  indent: number;
  /** The whole scalar in the host (a block scalar from its `|` header). */
  range: OffsetRange;
}

interface Decoding {
  text: string;
  map: number[];
  indent?: number;
}

const STYLES: Record<string, ScalarStyle> = {
  BLOCK_LITERAL: 'literal', BLOCK_FOLDED: 'folded', QUOTE_SINGLE: 'single', QUOTE_DOUBLE: 'double', PLAIN: 'plain',
};

/** Decodes a string scalar; `range` is its host range (without a tag). */
export function decodeScalar(node: Scalar, source: string, range: OffsetRange): DecodedScalar {
  const style = STYLES[String(node.type)] ?? 'plain';
  const value = typeof node.value === 'string' ? node.value : String(node.value);
  const block = style === 'literal' || style === 'folded';
  let decoding: Decoding | undefined;
  try {
    decoding = decodeBy(style, source, range);
  } catch {
    decoding = undefined;
  }
  const expected = block ? value.replace(/\n+$/, '') : value;
  if (decoding && decoding.text === expected && decoding.map.length === expected.length + 1) {
    return { text: expected, map: decoding.map, exact: true, style, indent: decoding.indent ?? 0, range };
  }
  return { text: expected, map: [], exact: false, style, indent: 0, range };
}

function decodeBy(style: ScalarStyle, source: string, range: OffsetRange): Decoding | undefined {
  const end = range.offset + range.length;
  switch (style) {
    case 'literal': return decodeBlock(source, range.offset, end, false);
    case 'folded': return decodeBlock(source, range.offset, end, true);
    case 'single': return decodeSingle(source, range.offset + 1, end - 1);
    case 'double': return decodeDouble(source, range.offset + 1, end - 1);
    default: return { text: source.slice(range.offset, end), map: offsets(range.offset, range.length + 1) };
  }
}

const offsets = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** One line of a block scalar: its content after the indentation, or null for an empty line. */
interface BlockLine {
  content: string | null;
  /** Host offset of the content's first character (or of the line break of an empty line). */
  start: number;
  /** Host offset of the line break after the line. */
  eol: number;
}

function decodeBlock(source: string, start: number, end: number, folded: boolean): Decoding | undefined {
  const headerEnd = source.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return { text: '', map: [end] };
  // An explicit indentation indicator (`|2`) is rare: not decoded here.
  if (/[0-9]/.test(source.slice(start, headerEnd).replace(/#.*/, ''))) return undefined;
  const lines: BlockLine[] = [];
  let indent = -1;
  for (let at = headerEnd + 1; at < end;) {
    const nl = source.indexOf('\n', at);
    const eol = nl < 0 || nl > end ? end : nl;
    const raw = source.slice(at, eol);
    if (raw.trim() === '' && (indent < 0 || raw.length <= indent)) lines.push({ content: null, start: eol, eol });
    else {
      if (indent < 0) indent = raw.length - raw.trimStart().length;
      if (!raw.startsWith(' '.repeat(indent))) return undefined;
      lines.push({ content: raw.slice(indent), start: at + indent, eol });
    }
    at = eol + 1;
  }
  while (lines.length && lines[lines.length - 1].content === null) lines.pop();
  const decoding = folded ? foldedDecoding(lines) : literalDecoding(lines);
  return { ...decoding, indent: Math.max(0, indent) };
}

/** Literal block scalars (`|`): every line break kept. */
function literalDecoding(lines: BlockLine[]): Decoding {
  let text = '';
  const map: number[] = [];
  lines.forEach((line, i) => {
    if (i > 0) {
      text += '\n';
      map.push(lines[i - 1].eol);
    }
    const content = line.content ?? '';
    text += content;
    for (let k = 0; k < content.length; k++) map.push(line.start + k);
  });
  const last = lines[lines.length - 1];
  map.push(last ? last.start + (last.content ?? '').length : 0);
  return { text, map };
}

/**
 * Folded block scalars (`>`): a line break between two lines of text that are not more indented becomes a space;
 * empty lines between them stay line breaks (and then the break itself is dropped).
 */
function foldedDecoding(lines: BlockLine[]): Decoding {
  let text = '';
  const map: number[] = [];
  let previous: BlockLine | undefined;
  let empties: BlockLine[] = [];
  const moreIndented = (l: BlockLine) => /^\s/.test(l.content ?? '');
  for (const line of lines) {
    if (line.content === null) {
      empties.push(line);
      continue;
    }
    if (previous) {
      const fold = !moreIndented(previous) && !moreIndented(line);
      if (fold && empties.length === 0) {
        text += ' ';
        map.push(previous.eol);
      } else {
        const breaks = fold ? empties : [previous, ...empties];
        for (const b of breaks) {
          text += '\n';
          map.push(b.eol);
        }
      }
    }
    empties = [];
    text += line.content;
    for (let i = 0; i < (line.content ?? '').length; i++) map.push(line.start + i);
    previous = line;
  }
  map.push(previous ? previous.start + (previous.content ?? '').length : 0);
  return { text, map };
}

function decodeSingle(source: string, start: number, end: number): Decoding | undefined {
  const raw = source.slice(start, end);
  if (raw.includes('\n')) return undefined; // folded across lines: not decoded
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    map.push(start + i);
    text += raw[i];
    if (raw[i] === "'" && raw[i + 1] === "'") i++;
  }
  map.push(end);
  return { text, map };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '0': '\0', a: '\x07', v: '\v', e: '\x1b', ' ': ' ',
  N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029', '\t': '\t',
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

function decodeDouble(source: string, start: number, end: number): Decoding | undefined {
  const raw = source.slice(start, end);
  if (raw.includes('\n')) return undefined; // folded across lines: not decoded
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== '\\') {
      map.push(start + i);
      text += ch;
      continue;
    }
    const e = raw[i + 1];
    const at = start + i;
    let decoded: string;
    if (e in HEX_ESCAPES) {
      const digits = raw.slice(i + 2, i + 2 + HEX_ESCAPES[e]);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== HEX_ESCAPES[e]) return undefined;
      decoded = String.fromCodePoint(parseInt(digits, 16));
      i += 1 + digits.length;
    } else if (e in SIMPLE_ESCAPES) {
      decoded = SIMPLE_ESCAPES[e];
      i += 1;
    } else return undefined;
    for (let k = 0; k < decoded.length; k++) map.push(at);
    text += decoded;
  }
  map.push(end);
  return { text, map };
}

/**
 * Text written into the scalar in its own style (a block scalar's lines indented, quoted strings escaped); undefined
 * when the style cannot take it (folded block scalars, line breaks in a quoted string).
 */
export function encodeForScalar(decoded: DecodedScalar, text: string): string | undefined {
  if (!decoded.exact) return undefined;
  switch (decoded.style) {
    case 'literal': return text.replace(/\n/g, `\n${' '.repeat(decoded.indent)}`);
    case 'single': return text.includes('\n') ? undefined : text.replace(/'/g, "''");
    case 'double': return text.includes('\n') ? undefined : JSON.stringify(text).slice(1, -1);
    default: return undefined;
  }
}

/** Whether text written into this scalar may hold line breaks. */
export function multiline(decoded: DecodedScalar): boolean {
  return decoded.style === 'literal';
}
