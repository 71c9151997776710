// The Terraform parser (web-tree-sitter + the Terraform grammar wasm) and small readers over its tree.
import { Language, Parser, type Tree } from 'web-tree-sitter';

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the tree-sitter runtime and the Terraform grammar through `load` (a file name -> bytes function the host
 * supplies: fs in node, fetch in a web worker). Safe to call more than once; a failed load can be retried.
 */
export function initTerraform(load: (name: string) => Promise<Uint8Array>): Promise<void> {
  loading ??= (async () => {
    const runtime = await load('web-tree-sitter.wasm');
    // The bytes are given; locateFile keeps the runtime from building a URL from import.meta.url, which is empty in
    // a bundled web worker (it would throw "Invalid URL" there).
    await Parser.init({ wasmBinary: runtime, locateFile: (name: string) => name });
    const language = await Language.load(await load('tree-sitter-terraform.wasm'));
    const created = new Parser();
    created.setLanguage(language);
    parser = created;
  })().catch((error: unknown) => {
    loading = undefined;
    loadError = error instanceof Error ? error.message : String(error);
    throw error;
  });
  return loading;
}

let loadError: string | undefined;

export function terraformParserReady(): boolean {
  return parser !== undefined;
}

/** Why the last attempt to load the parser failed, if it did. */
export function terraformLoadError(): string | undefined {
  return parser ? undefined : loadError;
}

/** Parsing gives up after this long (a pathological file must not hang the server). */
const PARSE_BUDGET_MS = 10_000;
/**
 * Files longer than this are not parsed: tree-sitter's wasm build reads HCL at a few hundred KB per second on a
 * busy machine, and real Terraform files are far smaller.
 */
export const MAX_HCL_LENGTH = 2_000_000;

/** Parses HCL; undefined when the parser is not loaded, the text is too long or parsing was cancelled. The caller deletes the tree. */
export function parseHcl(text: string): Tree | undefined {
  if (!parser || text.length > MAX_HCL_LENGTH) return undefined;
  const deadline = Date.now() + PARSE_BUDGET_MS;
  try {
    // tree-sitter cancels when the progress callback returns true (its type says void).
    const progressCallback = (() => Date.now() > deadline) as unknown as () => void;
    return parser.parse(text, null, { progressCallback }) ?? undefined;
  } catch {
    return undefined;
  }
}

export type { Tree };

/**
 * A plain copy of one tree-sitter node. Reading a tree through web-tree-sitter's Node objects crosses into wasm
 * for every property; one cursor walk copies the tree instead, and the wasm tree is freed right away.
 */
export class HclNode {
  readonly children: HclNode[] = [];
  parent: HclNode | undefined;
  hasError = false;
  private named: HclNode[] | undefined;

  constructor(
    readonly type: string, readonly isNamed: boolean, readonly isMissing: boolean,
    readonly startIndex: number, readonly endIndex: number, readonly field: string | null, private readonly source: string,
  ) {}

  get isError(): boolean {
    return this.type === 'ERROR';
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): HclNode[] {
    this.named ??= this.children.filter((c) => c.isNamed);
    return this.named;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  childForFieldName(name: string): HclNode | null {
    return this.children.find((c) => c.field === name) ?? null;
  }
}

export type Node = HclNode;

/** The block types whose bodies the Terraform host reads (roles, policy documents, and what their values name). */
const RELEVANT_TYPES = new Set(['aws_iam_role', 'aws_iam_policy_document', 'aws_iam_openid_connect_provider', 'aws_iam_saml_provider', 'aws_iam_user']);

/** Copies a tree into plain nodes with one cursor walk. */
function snapshot(tree: Tree, source: string): HclNode {
  const cursor = tree.walk();
  // Every cursor property is a call into wasm: kinds are cached by type id, and what only some nodes need is
  // read only for them (field names inside object elements, MISSING flags in trees with errors).
  const kinds = new Map<number, { type: string; named: boolean }>();
  const withErrors = tree.rootNode.hasError;
  const make = (parent: HclNode | undefined): HclNode => {
    const id = cursor.nodeTypeId;
    let kind = kinds.get(id);
    if (!kind) {
      kind = { type: cursor.nodeType, named: cursor.nodeIsNamed };
      kinds.set(id, kind);
    }
    const field = parent?.type === 'object_elem' ? cursor.currentFieldName : null;
    const node = new HclNode(kind.type, kind.named, withErrors && cursor.nodeIsMissing, cursor.startIndex, cursor.endIndex, field, source);
    node.parent = parent;
    parent?.children.push(node);
    if (node.isError || node.isMissing) for (let n: HclNode | undefined = node; n && !n.hasError; n = n.parent) n.hasError = true;
    return node;
  };
  /** A top-level block no trust policy reads (an S3 bucket, a module call...): its body is not copied. */
  const irrelevant = (): boolean => {
    if (!cursor.gotoFirstChild()) return false;
    const kind = source.slice(cursor.startIndex, cursor.endIndex);
    const label = cursor.gotoNextSibling() ? source.slice(cursor.startIndex, cursor.endIndex).replace(/^"|"$/g, '') : '';
    cursor.gotoParent();
    return !(kind === 'locals' || kind === 'variable' || ((kind === 'resource' || kind === 'data') && RELEVANT_TYPES.has(label)));
  };
  const root = make(undefined);
  let node = root;
  try {
    for (;;) {
      const skip = !withErrors && node.type === 'block' && node.parent?.parent === root && irrelevant();
      if (!skip && cursor.gotoFirstChild()) {
        node = make(node);
        continue;
      }
      let moved = false;
      while (!moved) {
        if (cursor.gotoNextSibling()) {
          node = make(node.parent);
          moved = true;
        } else if (cursor.gotoParent() && node.parent) {
          node = node.parent;
        } else {
          return root;
        }
      }
    }
  } finally {
    cursor.delete();
  }
}

/** Parses HCL into plain nodes; undefined when the parser is not loaded, the text is too long or parsing was cancelled. */
export function parseHclNodes(text: string): HclNode | undefined {
  const tree = parseHcl(text);
  if (!tree) return undefined;
  try {
    return snapshot(tree, text);
  } finally {
    tree.delete();
  }
}

export interface Range {
  start: number;
  end: number;
}

export const rangeOf = (node: Node): Range => ({ start: node.startIndex, end: node.endIndex });

/** The body's blocks and attributes, in order. */
export function bodyItems(body: Node | null | undefined): Node[] {
  return body ? body.namedChildren.filter((c) => c.type === 'block' || c.type === 'attribute') : [];
}

export function blockBody(block: Node): Node | undefined {
  return block.namedChildren.find((c) => c?.type === 'body') ?? undefined;
}

export function blockType(block: Node): string {
  return block.namedChildren[0]?.text ?? '';
}

/** The labels of a block (`resource "aws_iam_role" "ci"` -> aws_iam_role, ci) with their nodes. */
export function blockLabels(block: Node): { value: string; node: Node }[] {
  const labels: { value: string; node: Node }[] = [];
  for (const child of block.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_lit') labels.push({ value: stringLitValue(child) ?? '', node: child });
    else if (child.type === 'identifier' && child !== block.namedChildren[0]) labels.push({ value: child.text, node: child });
  }
  return labels;
}

export function attributeName(attribute: Node): string {
  return attribute.namedChildren[0]?.text ?? '';
}

export function attributeValue(attribute: Node): Node | undefined {
  return attribute.namedChildren.find((c) => c?.type === 'expression') ?? undefined;
}

/** The attributes of a body by name (the last one wins, as Terraform would reject duplicates anyway). */
export function attributes(body: Node | null | undefined): Map<string, Node> {
  const map = new Map<string, Node>();
  for (const item of bodyItems(body)) if (item.type === 'attribute') map.set(attributeName(item), item);
  return map;
}

/** The value node inside an `expression` wrapper (literal_value, collection_value, template_expr, function_call...). */
export function unwrap(expression: Node): Node {
  let node = expression;
  for (let i = 0; i < 64 && node.type === 'expression' && node.namedChildCount === 1; i++) {
    const inner = node.namedChildren[0];
    if (!inner) break;
    node = inner;
    if (node.type === 'literal_value' || node.type === 'collection_value' || node.type === 'template_expr') {
      const only = node.namedChildren[0];
      if (only) node = only;
    }
  }
  return node;
}

/** The names of a plain traversal (`data.aws_caller_identity.current.account_id`); numeric indexes are skipped. */
export function traversal(expression: Node): string[] | undefined {
  if (expression.type !== 'expression') return undefined;
  const children = expression.namedChildren;
  if (children[0]?.type !== 'variable_expr') return undefined;
  const names = [children[0].text];
  for (const child of children.slice(1)) {
    if (!child) return undefined;
    if (child.type === 'get_attr') names.push(child.namedChildren[0]?.text ?? '');
    else if (child.type === 'index') continue;
    else return undefined;
  }
  return names;
}

/** The value of a `string_lit` (no interpolation), escapes decoded. */
export function stringLitValue(node: Node): string | undefined {
  if (node.type !== 'string_lit') return undefined;
  const raw = node.text.slice(1, -1);
  return decodeQuoted(raw, 0).text;
}

export interface DecodedText {
  text: string;
  /** map[i] is the host offset where decoded character i starts; map[text.length] is the end. */
  map: number[];
}

/** Decodes the characters of an HCL quoted string (escapes, `$${`, `%%{`), keeping a map to host offsets. */
export function decodeQuoted(raw: string, hostOffset: number): DecodedText {
  let text = '';
  const map: number[] = [];
  let i = 0;
  const push = (s: string, at: number) => {
    for (const ch of s) {
      for (let k = 0; k < ch.length; k++) map.push(hostOffset + at);
      text += ch;
    }
  };
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < raw.length) {
      const next = raw[i + 1];
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
      if (next in simple) {
        push(simple[next], i);
        i += 2;
        continue;
      }
      const hex = next === 'u' ? raw.slice(i + 2, i + 6) : next === 'U' ? raw.slice(i + 2, i + 10) : '';
      if (hex && /^[0-9a-fA-F]+$/.test(hex) && hex.length === (next === 'u' ? 4 : 8)) {
        const code = parseInt(hex, 16);
        push(code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd', i);
        i += 2 + hex.length;
        continue;
      }
    }
    if ((ch === '$' || ch === '%') && raw[i + 1] === ch && raw[i + 2] === '{') {
      map.push(hostOffset + i, hostOffset + i + 2);
      text += `${ch}{`;
      i += 3;
      continue;
    }
    map.push(hostOffset + i);
    text += ch;
    i++;
  }
  map.push(hostOffset + raw.length);
  return { text, map };
}

/** Decodes heredoc characters (only `$${` and `%%{` are escapes there), keeping a map to host offsets. */
export function decodeHeredoc(raw: string, hostOffset: number): DecodedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if ((ch === '$' || ch === '%') && raw[i + 1] === ch && raw[i + 2] === '{') {
      map.push(hostOffset + i, hostOffset + i + 2);
      text += `${ch}{`;
      i += 2;
      continue;
    }
    map.push(hostOffset + i);
    text += ch;
  }
  map.push(hostOffset + raw.length);
  return { text, map };
}

const TOP_LEVEL = new Set(['resource', 'data', 'locals', 'variable']);

/**
 * The resource, data, locals and variable blocks of a file in document order. They are looked for inside other blocks and
 * ERROR nodes too: a missing `}` makes the next resource a nested block, and error recovery wraps what it skips.
 */
export function topLevelBlocks(root: Node): Node[] {
  const found: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'block' && TOP_LEVEL.has(blockType(child))) found.push(child);
      if (child.type === 'body' || child.type === 'block' || child.type === 'ERROR') stack.push(child);
    }
  }
  return found.sort((a, b) => a.startIndex - b.startIndex);
}

/**
 * Where to report a syntax error: the smallest ERROR or MISSING node; when error recovery swallowed a large span,
 * its last line (where the parser gave up).
 */
export function syntaxErrorRange(root: Node, text: string): Range | undefined {
  if (!root.hasError) return undefined;
  let best: Node | undefined;
  const stack: Node[] = [root];
  for (let visited = 0; stack.length && visited < 100_000; visited++) {
    const node = stack.pop() as Node;
    if ((node.isError || node.isMissing) && (!best || node.endIndex - node.startIndex < best.endIndex - best.startIndex)) best = node;
    for (const child of node.children) if (child && (child.hasError || child.isError || child.isMissing)) stack.push(child);
  }
  if (!best) return undefined;
  if (best.endIndex - best.startIndex <= 80) return rangeOf(best);
  const end = text.slice(0, best.endIndex).trimEnd().length;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return { start: Math.max(start, best.startIndex), end };
}
