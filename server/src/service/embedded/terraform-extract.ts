// Turns the trust policies of a parsed Terraform file into virtual JSON policies: jsonencode(...), JSON in a heredoc
// or a quoted string, and aws_iam_policy_document blocks that a role uses.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { OffsetRange } from '../types';
import { tooDeepSpans } from '../document';
import { VirtualJsonBuilder } from './builder';
import { OWN_ACCOUNT as OWN_ACCOUNT_ID, type VirtualPolicy } from './types';
import type { TerraformHandle } from './terraform-handles';
import {
  decodeHeredoc, decodeQuoted, rangeOf, traversal, unwrap, type DecodedText, type Node, type Range,
} from './terraform-parse';
import { mergePieces, partsOf, resolveParts, templateLayout, unknownText, type FolderFacts, type Literal, type ResolvedPiece } from './terraform-resolve';

/** Values nested deeper than this (in HCL) read as unknown; no policy comes close. */
const MAX_VALUE_DEPTH = 64;
/** Marks the characters of an interpolation inside the decoded JSON text of a heredoc or quoted string. */
const HOLE = '\uE000';

export const toOffsetRange = (range: Range): OffsetRange => ({ offset: range.start, length: range.end - range.start });

/** What the editor of one policy needs besides handles: host expressions that virtual text stands for. */
export interface PolicyContext {
  /** Virtual text of an unknown or own-account piece -> the host expression it came from. */
  substitutions: Map<string, string>;
  /** Host texts of the policy's scalars (what `original` may legitimately return). */
  scalarTexts: Set<string>;
  /** For JSON forms: the decoded JSON text and its map to host offsets. */
  decoded?: DecodedText & { quoted: boolean; holes: readonly { start: number; end: number }[] };
  /** Host ranges of `var.x` read as known lists, numbers or bools: a rewrite around one would write the value out. */
  frozen?: OffsetRange[];
}

export interface ExtractedPolicy {
  policy: Omit<VirtualPolicy, 'editor'>;
  context: PolicyContext;
  problems: { range: OffsetRange; message: string }[];
}

/** Emits one policy's virtual JSON while collecting what the editor needs. */
class PolicyWriter {
  readonly b = new VirtualJsonBuilder();
  readonly context: PolicyContext = { substitutions: new Map(), scalarTexts: new Set(), frozen: [] };
  ownAccount = false;

  constructor(readonly source: string, readonly folder: FolderFacts) {}

  resolve(expression: Node): ResolvedPiece[] {
    return mergePieces(resolveParts(partsOf(expression, this.source), this.folder));
  }

  /** The known value of an expression that is exactly `var.<name>` (no index, no attribute); else undefined. */
  variable(expression: Node): Literal | undefined {
    const names = traversal(expression);
    if (!names || names.length !== 2 || names[0] !== 'var' || expression.namedChildren.length !== 2) return undefined;
    return this.folder.variable(names[1]);
  }

  /**
   * A variable's known list as an array of its values, all mapped to the `var.<name>` expression. The items are not
   * editable (no handle): a fix would have to write to the variable's default or a .tfvars file.
   */
  variableList(values: readonly Literal[], host: OffsetRange, handle: TerraformHandle | undefined, asText: boolean): void {
    (this.context.frozen ??= []).push(host);
    this.b.array(host, handle, () => {
      for (const value of values) {
        this.b.item();
        if (typeof value === 'string' || asText) this.b.string(String(value), host, undefined);
        else if (!Array.isArray(value)) this.b.literal(value, host, undefined);
      }
    });
  }

  /** Emits a string made of pieces, recording unknown and own-account pieces for the editor. */
  pieces(pieces: readonly ResolvedPiece[], host: OffsetRange, handle: TerraformHandle, contentHost?: number): void {
    for (const piece of pieces) {
      if (piece.ownAccount) this.ownAccount = true;
      if (piece.source && (piece.unknown || piece.ownAccount) && !this.context.substitutions.has(piece.text)) {
        this.context.substitutions.set(piece.text, piece.source);
      }
    }
    if (pieces.some((p) => p.unknown)) this.b.pieces(pieces, host, handle);
    else this.b.string(pieces.map((p) => p.text).join(''), host, handle, contentHost);
  }

  /** Emits a property whose key may be partly unknown (an interpolated key): the key then counts as unknown. */
  property(key: readonly ResolvedPiece[], host: OffsetRange, keyHost: OffsetRange, handle: TerraformHandle, value: (() => void) | undefined, keyLinear = false): void {
    const index = this.b.nodes.length;
    const text = key.map((p) => p.text).join('');
    this.b.property(text, host, keyHost, handle, value, keyLinear && !key.some((p) => p.unknown));
    const keyNode = this.b.nodes[index + 1];
    if (key.some((p) => p.unknown) && keyNode) {
      this.b.unknowns.push({ ...keyNode.virtual });
      for (const piece of key) if (piece.unknown && piece.source) this.context.substitutions.set(piece.text, piece.source);
    }
  }

  finish(name: string, form: string, hostRange: OffsetRange, roleRange: OffsetRange): ExtractedPolicy['policy'] {
    const unknowns = [...this.b.unknowns].sort((a, b) => a.offset - b.offset);
    return { name, form, text: this.b.text, nodes: this.b.nodes, unknowns, hostRange, roleRange, ownAccounts: this.ownAccount ? [OWN_ACCOUNT_ID] : [] };
  }
}


// ---------------------------------------------------------------- jsonencode(...)

/** `assume_role_policy = jsonencode({...})`: HCL object and tuple syntax read as JSON. */
export function extractJsonencode(argument: Node, writer: PolicyWriter): boolean {
  if (unwrap(argument).type !== 'object') return false;
  hclValue(argument, writer, 0);
  return true;
}

function hclValue(expression: Node, writer: PolicyWriter, depth: number): void {
  const node = unwrap(expression);
  const host = toOffsetRange(rangeOf(expression));
  const exprHandle: TerraformHandle = { form: 'hcl', kind: 'expr', range: rangeOf(expression) };
  if (depth > MAX_VALUE_DEPTH) {
    writer.pieces([{ text: unknownText(expression.text), unknown: true }], host, exprHandle);
    return;
  }
  switch (node.type) {
    case 'object': {
      const elems = node.namedChildren.filter((c): c is Node => c?.type === 'object_elem');
      const separator = elems.some((e) => e.children.some((c) => c?.type === ':')) ? ':' : '=';
      const handle: TerraformHandle = { form: 'hcl', kind: 'object', object: { open: node.startIndex, close: node.endIndex - 1, elems: elems.map(rangeOf), separator } };
      writer.b.object(host, handle, () => {
        for (const elem of elems) {
          const keyExpression = elem.childForFieldName('key');
          const value = elem.childForFieldName('val');
          if (!keyExpression) continue;
          const key = hclKey(keyExpression, writer);
          writer.context.scalarTexts.add(keyExpression.text);
          writer.property(key.pieces, toOffsetRange(rangeOf(elem)), toOffsetRange(rangeOf(keyExpression)), { form: 'hcl', kind: 'elem', range: rangeOf(elem) },
            value ? () => hclValue(value, writer, depth + 1) : undefined, key.linear);
        }
      });
      return;
    }
    case 'tuple': {
      const items = node.namedChildren.filter((c): c is Node => c?.type === 'expression');
      const handle: TerraformHandle = { form: 'hcl', kind: 'tuple', tuple: { open: node.startIndex, close: node.endIndex - 1, items: items.map(rangeOf) } };
      writer.b.array(host, handle, () => {
        for (const item of items) {
          writer.b.item();
          hclValue(item, writer, depth + 1);
        }
      });
      return;
    }
    case 'numeric_lit': {
      const value = Number(node.text);
      if (Number.isFinite(value)) writer.b.literal(value, host, exprHandle);
      else writer.b.string(node.text, host, exprHandle);
      writer.context.scalarTexts.add(expression.text);
      return;
    }
    case 'bool_lit':
      writer.b.literal(node.text === 'true', host, exprHandle);
      writer.context.scalarTexts.add(expression.text);
      return;
    case 'null_lit':
      writer.b.literal(null, host, exprHandle);
      writer.context.scalarTexts.add(expression.text);
      return;
    default: {
      const known = writer.variable(expression);
      if (Array.isArray(known)) {
        writer.variableList(known, host, undefined, false);
        return;
      }
      writer.context.scalarTexts.add(expression.text);
      if (typeof known === 'number' || typeof known === 'boolean') {
        // A rewrite around it would write the value, not `var.x` (the renderer keeps only strings' expressions).
        (writer.context.frozen ??= []).push(host);
        writer.b.literal(known, host, exprHandle);
        return;
      }
      const linear = node.type === 'string_lit' && !/[\\]|\$\$\{|%%\{/.test(node.text) ? node.startIndex + 1 : undefined;
      writer.pieces(writer.resolve(expression), host, exprHandle, linear);
    }
  }
}

/** An object key: a bare identifier or a string is literal; anything else (an expression key) is unknown. */
function hclKey(expression: Node, writer: PolicyWriter): { pieces: ResolvedPiece[]; linear: boolean } {
  const names = traversal(expression);
  if (names && names.length === 1) return { pieces: [{ text: names[0] }], linear: true };
  const node = unwrap(expression);
  if (node.type === 'string_lit') return { pieces: writer.resolve(expression), linear: !/[\\]|\$\$\{|%%\{/.test(node.text) };
  if (node.type === 'quoted_template') return { pieces: writer.resolve(expression), linear: false };
  return { pieces: [{ text: unknownText(expression.text), unknown: true, source: `(${expression.text})` }], linear: false };
}

// ---------------------------------------------------------------- JSON in a heredoc or a quoted string

interface Hole {
  start: number;
  end: number;
  pieces: ResolvedPiece[];
  inString: boolean;
  /** The interpolated expression's source; undefined for a directive (`%{ if }`), which an editor cannot rewrite. */
  source?: string;
  /** The hole as written (`${var.x}`, `%{ if c }...%{ endif }`). */
  text: string;
}

/** Decodes a template holding JSON: text with interpolations replaced by placeholders, and the holes. */
function decodeJsonTemplate(node: Node, writer: PolicyWriter): { decoded: DecodedText; holes: Hole[] } {
  const layout = templateLayout(node, writer.source);
  let text = '';
  const map: number[] = [];
  const holes: Hole[] = [];
  const literal = (from: number, to: number) => {
    if (to <= from) return;
    const raw = writer.source.slice(from, to);
    const part = layout.heredoc ? decodeHeredoc(raw, from) : decodeQuoted(raw, from);
    text += part.text;
    map.push(...part.map.slice(0, -1));
  };
  let at = layout.start;
  for (const hole of layout.holes) {
    literal(at, hole.start);
    const length = hole.end - hole.start;
    const source = hole.expression?.text;
    const pieces: ResolvedPiece[] = hole.expression ? writer.resolve(hole.expression) : [{ text: unknownText(writer.source.slice(hole.start, hole.end)), unknown: true }];
    holes.push({ start: text.length, end: text.length + length, pieces, inString: true, source, text: writer.source.slice(hole.start, hole.end) });
    for (let k = 0; k < length; k++) map.push(hole.start + k);
    text += HOLE.repeat(length);
    at = hole.end;
  }
  literal(at, layout.end);
  map.push(layout.end);
  // A hole outside a JSON string stands for a whole value: write it as null (padded) so the JSON still parses.
  if (holes.length) {
    let inString = false;
    let next = 0;
    for (let i = 0; i < text.length && next < holes.length; i++) {
      if (i === holes[next].start) {
        const hole = holes[next++];
        hole.inString = inString;
        if (!inString && hole.end - hole.start >= 4) text = text.slice(0, hole.start) + 'null'.padEnd(hole.end - hole.start, ' ') + text.slice(hole.end);
        i = hole.end - 1;
        continue;
      }
      const ch = text[i];
      if (inString && ch === '\\') i++;
      else if (ch === '"') inString = !inString;
    }
  }
  return { decoded: { text, map }, holes };
}

/** `assume_role_policy = <<EOF ... EOF` or `"{\"Version\": ...}"`: JSON text, parsed with jsonc-parser. */
export function extractJsonTemplate(template: Node, writer: PolicyWriter, problems: ExtractedPolicy['problems']): boolean {
  const { decoded, holes } = decodeJsonTemplate(template, writer);
  if (!decoded.text.trimStart().startsWith('{')) return false;
  const hostRange = (start: number, end: number): OffsetRange => {
    const last = decoded.map.length - 1;
    const from = decoded.map[Math.min(start, last)];
    const to = decoded.map[Math.min(end, last)];
    return { offset: from, length: Math.max(0, to - from) };
  };
  if (tooDeepSpans(decoded.text).length) {
    problems.push({ range: toOffsetRange(rangeOf(template)), message: 'This JSON policy is nested too deeply to be read.' });
    return false;
  }
  const errors: ParseError[] = [];
  const root = parseTree(decoded.text, errors, { allowTrailingComma: false, disallowComments: true });
  for (const error of errors.slice(0, 20)) {
    problems.push({ range: hostRange(error.offset, error.offset + error.length), message: `Invalid JSON in this policy (${printParseErrorCode(error.error)}).` });
  }
  if (!root || root.type !== 'object') return false;
  writer.context.decoded = { ...decoded, quoted: template.type !== 'heredoc_template', holes };

  const holesIn = (start: number, end: number) => holes.filter((h) => h.start < end && h.end > start);
  const stringPieces = (node: JsonNode): ResolvedPiece[] => {
    const start = node.offset + 1;
    const end = node.offset + node.length - 1;
    const pieces: ResolvedPiece[] = [];
    let at = start;
    const literal = (from: number, to: number) => {
      if (to <= from) return;
      const raw = decoded.text.slice(from, to);
      let value = raw;
      try {
        value = JSON.parse(`"${raw}"`) as string;
      } catch {
        // an escape cut by an interpolation: keep the characters as written
      }
      pieces.push({ text: value });
    };
    for (const hole of holesIn(start, end)) {
      literal(at, hole.start);
      pieces.push(...hole.pieces);
      at = hole.end;
    }
    literal(at, end);
    return mergePieces(pieces);
  };
  const linearStart = (node: JsonNode): number | undefined => {
    const start = node.offset + 1;
    const end = node.offset + node.length - 1;
    if (end < start || decoded.text.slice(start, end).includes('\\')) return undefined;
    return decoded.map[end] - decoded.map[start] === end - start ? decoded.map[start] : undefined;
  };
  const emit = (node: JsonNode, path: (string | number)[], depth: number): void => {
    const host = hostRange(node.offset, node.offset + node.length);
    const handle: TerraformHandle = { form: 'json', path, count: node.children?.length };
    switch (node.type) {
      case 'object':
        writer.b.object(host, handle, () => {
          for (const property of node.children ?? []) {
            const [keyNode, valueNode] = property.children ?? [];
            if (!keyNode) continue;
            const key = holesIn(keyNode.offset, keyNode.offset + keyNode.length).length ? stringPieces(keyNode) : [{ text: String(keyNode.value) }];
            const keyText = key.map((p) => p.text).join('');
            writer.property(key, hostRange(property.offset, property.offset + property.length), hostRange(keyNode.offset, keyNode.offset + keyNode.length),
              { form: 'json', path: [...path, keyText] }, valueNode ? () => emit(valueNode, [...path, keyText], depth + 1) : undefined, linearStart(keyNode) !== undefined);
          }
        });
        return;
      case 'array':
        writer.b.array(host, handle, () => {
          (node.children ?? []).forEach((child, index) => {
            writer.b.item();
            emit(child, [...path, index], depth + 1);
          });
        });
        return;
      case 'string':
        writer.context.scalarTexts.add(decoded.text.slice(node.offset, node.offset + node.length));
        if (holesIn(node.offset, node.offset + node.length).length) writer.pieces(stringPieces(node), host, handle);
        else writer.b.string(String(node.value), host, handle, linearStart(node));
        return;
      default: {
        const hole = holes.find((h) => h.start === node.offset && !h.inString);
        if (hole) writer.pieces([{ text: unknownText(hole.source ?? hole.text), unknown: true, source: hole.source }], host, handle);
        else writer.b.literal(node.value as null | number | boolean, host, handle);
      }
    }
  };
  emit(root, [], 0);
  return true;
}

export { PolicyWriter };
