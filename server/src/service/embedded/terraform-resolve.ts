// Terraform values a trust policy can know: locals, variable defaults (unless a .tfvars file of the folder sets them),
// provider and role ARNs, the caller's account; the rest is unknown.
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Piece } from './builder';
import { OWN_ACCOUNT } from './types';
import {
  attributes, attributeValue, blockBody, blockLabels, blockType, decodeHeredoc, decodeQuoted, topLevelBlocks, traversal, unwrap,
  type Node,
} from './terraform-parse';

/** A string-ish expression read off the tree: literal text, references and opaque parts, in order. */
export type Part = { text: string } | { ref: string[]; source: string } | { opaque: string };

/** A plain literal value: what a variable default or a .tfvars assignment may be for us to use it. */
export type Literal = string | number | boolean | Literal[];

/** What one .tf file tells about the folder: plain data, so it outlives the tree it was read from. */
export interface FileFacts {
  locals: Map<string, Part[]>;
  /** `variable "x"` blocks -> the default when it is a plain literal, else undefined (the variable is unknown). */
  variables: Map<string, Literal | undefined>;
  /**
   * For a variable definitions file Terraform loads by itself (terraform.tfvars, *.auto.tfvars, and their .json):
   * its place in Terraform's loading order and what it assigns (undefined for a value that is not a plain literal).
   */
  tfvars?: { order: string; assignments: Map<string, Literal | undefined>; unreadable?: boolean };
  /** `aws_iam_openid_connect_provider` (and the data source) name -> its `url`. */
  oidcUrls: Map<string, Part[]>;
  samlNames: Map<string, Part[]>;
  /** `aws_iam_role.x` / `aws_iam_user.x` -> name and path. */
  principals: Map<string, { name?: Part[]; path?: Part[] }>;
  /** Roles whose assume_role_policy is `data.aws_iam_policy_document.<doc>.json`. */
  documentUsers: { role: string; document: string }[];
}

const MAX_DEPTH = 16;

/** The parts of a string-ish expression; anything that is not a literal or a reference is opaque. */
export function partsOf(expression: Node, source: string, depth = 0): Part[] {
  const names = traversal(expression);
  if (names) return [{ ref: names, source: expression.text }];
  const node = unwrap(expression);
  if (depth > MAX_DEPTH) return [{ opaque: node.text }];
  switch (node.type) {
    case 'string_lit':
      return [{ text: decodeQuoted(node.text.slice(1, -1), 0).text }];
    case 'numeric_lit':
    case 'bool_lit':
      return [{ text: node.text }];
    case 'quoted_template':
    case 'heredoc_template':
      return templateParts(node, source, depth);
    case 'expression':
      return traversal(node) ? [{ ref: traversal(node) ?? [], source: node.text }] : [{ opaque: node.text }];
    default:
      return [{ opaque: node.text }];
  }
}

/** A hole of a template: an interpolation or directive, by host range. */
export interface TemplateHole {
  start: number;
  end: number;
  /** The interpolated expression (undefined for a directive). */
  expression?: Node;
}

/** Where a template's characters are (start, end) and its holes, for quoted strings and heredocs. */
export function templateLayout(node: Node, source: string): { start: number; end: number; holes: TemplateHole[]; heredoc: boolean } {
  const holes: TemplateHole[] = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'template_interpolation') {
      holes.push({ start: child.startIndex, end: child.endIndex, expression: child.namedChildren.find((c) => c?.type === 'expression') ?? undefined });
    } else if (child.type === 'template_directive') {
      holes.push({ start: child.startIndex, end: child.endIndex });
    }
  }
  if (node.type === 'heredoc_template') {
    const identifiers = node.namedChildren.filter((c) => c?.type === 'heredoc_identifier');
    const open = identifiers[0];
    const close = identifiers[identifiers.length - 1];
    const afterOpen = open ? source.indexOf('\n', open.endIndex) + 1 : node.startIndex;
    let end = close && close !== open ? close.startIndex : node.endIndex;
    while (end > afterOpen && (source[end - 1] === ' ' || source[end - 1] === '\t')) end--;
    return { start: Math.max(afterOpen, node.startIndex), end, holes, heredoc: true };
  }
  return { start: node.startIndex + 1, end: Math.max(node.startIndex + 1, node.endIndex - 1), holes, heredoc: false };
}

function templateParts(node: Node, source: string, depth: number): Part[] {
  const layout = templateLayout(node, source);
  const parts: Part[] = [];
  let at = layout.start;
  const literal = (from: number, to: number) => {
    if (to <= from) return;
    const raw = source.slice(from, to);
    parts.push({ text: (layout.heredoc ? decodeHeredoc(raw, from) : decodeQuoted(raw, from)).text });
  };
  for (const hole of layout.holes) {
    literal(at, hole.start);
    if (hole.expression) parts.push(...partsOf(hole.expression, source, depth + 1));
    else parts.push({ opaque: source.slice(hole.start, hole.end) });
    at = hole.end;
  }
  literal(at, layout.end);
  return parts;
}

/** Reads the folder facts of one parsed file. */
export function fileFacts(root: Node, source: string): FileFacts {
  const facts = emptyFacts();
  for (const block of topLevelBlocks(root)) {
    const kind = blockType(block);
    const labels = blockLabels(block);
    if (kind === 'variable' && labels[0]) {
      const attribute = attributes(blockBody(block)).get('default');
      const value = attribute ? attributeValue(attribute) : undefined;
      if (!facts.variables.has(labels[0].value)) facts.variables.set(labels[0].value, value ? hclLiteral(value, source) : undefined);
      continue;
    }
    if (kind === 'locals') {
      for (const [name, attribute] of attributes(blockBody(block))) {
        const value = attributeValue(attribute);
        if (value) facts.locals.set(name, partsOf(value, source));
      }
      continue;
    }
    if ((kind !== 'resource' && kind !== 'data') || labels.length < 2) continue;
    const [type, name] = [labels[0].value, labels[1].value];
    const attrs = attributes(blockBody(block));
    const partsOfAttr = (attr: string) => {
      const value = attrs.get(attr);
      const expression = value ? attributeValue(value) : undefined;
      return expression ? partsOf(expression, source) : undefined;
    };
    const prefix = kind === 'data' ? 'data.' : '';
    if (type === 'aws_iam_openid_connect_provider') {
      const url = partsOfAttr('url');
      if (url) facts.oidcUrls.set(`${prefix}${name}`, url);
    } else if (type === 'aws_iam_saml_provider' && kind === 'resource') {
      const samlName = partsOfAttr('name');
      if (samlName) facts.samlNames.set(name, samlName);
    } else if ((type === 'aws_iam_role' || type === 'aws_iam_user') && kind === 'resource') {
      facts.principals.set(`${type}.${name}`, { name: partsOfAttr('name'), path: partsOfAttr('path') });
      const policy = attrs.get('assume_role_policy');
      const expression = policy ? attributeValue(policy) : undefined;
      const ref = expression ? traversal(expression) : undefined;
      if (type === 'aws_iam_role' && ref && ref[0] === 'data' && ref[1] === 'aws_iam_policy_document' && ref[2] && /^(minified_)?json$/.test(ref[3] ?? '')) {
        facts.documentUsers.push({ role: `aws_iam_role.${name}`, document: ref[2] });
      }
    }
  }
  return facts;
}

export function emptyFacts(): FileFacts {
  return { locals: new Map(), variables: new Map(), oidcUrls: new Map(), samlNames: new Map(), principals: new Map(), documentUsers: [] };
}

/** A plain literal HCL value (a string without interpolation, a number, a bool, a tuple of those); else undefined. */
export function hclLiteral(expression: Node, source: string, depth = 0): Literal | undefined {
  const node = unwrap(expression);
  if (node.type === 'numeric_lit') {
    const value = Number(node.text);
    return Number.isFinite(value) ? value : undefined;
  }
  if (node.type === 'bool_lit') return node.text === 'true';
  if (node.type === 'tuple' && depth === 0) {
    const items = node.namedChildren.filter((c): c is Node => c?.type === 'expression').map((item) => hclLiteral(item, source, depth + 1));
    return items.every((i): i is Literal => i !== undefined && !Array.isArray(i)) ? items : undefined;
  }
  if (node.type === 'string_lit' || node.type === 'quoted_template' || node.type === 'heredoc_template') {
    const parts = partsOf(expression, source);
    return parts.every((p): p is { text: string } => 'text' in p) ? parts.map((p) => p.text).join('') : undefined;
  }
  return undefined;
}

/** A plain literal JSON value (string, number, bool, array of those); else undefined. */
export function jsonLiteral(node: JsonNode | undefined, depth = 0): Literal | undefined {
  if (!node) return undefined;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') return node.value as string | number | boolean;
  if (node.type === 'array' && depth === 0) {
    const items = (node.children ?? []).map((c) => jsonLiteral(c, depth + 1));
    return items.every((i): i is Literal => i !== undefined && !Array.isArray(i)) ? items : undefined;
  }
  return undefined;
}

/** Where a file name falls in the variable definitions files Terraform loads by itself; undefined for other files. */
export function tfvarsOrder(fileName: string): string | undefined {
  const name = fileName.toLowerCase();
  if (name === 'terraform.tfvars') return '0';
  if (name === 'terraform.tfvars.json') return '1';
  // *.auto.tfvars and *.auto.tfvars.json load after them, in lexical order of their names.
  if (/\.auto\.tfvars(\.json)?$/.test(name)) return `2${fileName}`;
  return undefined;
}

/** The assignments of a terraform.tfvars / *.auto.tfvars file (HCL attributes at the top level). */
export function tfvarsFacts(root: Node, source: string, order: string): FileFacts {
  const assignments = new Map<string, Literal | undefined>();
  const body = root.namedChildren.find((c) => c?.type === 'body');
  for (const [name, attribute] of attributes(body)) {
    const value = attributeValue(attribute);
    assignments.set(name, value ? hclLiteral(value, source) : undefined);
  }
  return { ...emptyFacts(), tfvars: { order, assignments } };
}

/** A variable definitions file that could not be read: it may assign any variable, so none is known. */
export function unreadableTfvars(order: string): FileFacts {
  return { ...emptyFacts(), tfvars: { order, assignments: new Map(), unreadable: true } };
}

/** The assignments of a terraform.tfvars.json / *.auto.tfvars.json file (the properties of its top-level object). */
export function tfvarsJsonFacts(text: string, order: string): FileFacts {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (root?.type !== 'object' || errors.length) return unreadableTfvars(order);
  const assignments = new Map<string, Literal | undefined>();
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.type === 'string') assignments.set(String(key.value), jsonLiteral(value));
  }
  return { ...emptyFacts(), tfvars: { order, assignments } };
}

/** The facts of a folder: this file's and its siblings'. */
export class FolderFacts {
  private readonly tfvars: NonNullable<FileFacts['tfvars']>[];

  constructor(private readonly files: readonly FileFacts[]) {
    this.tfvars = files.flatMap((f) => (f.tfvars ? [f.tfvars] : [])).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  }

  /**
   * The value of `var.<name>`: what the last automatically loaded .tfvars file assigns (when it is a plain literal),
   * else the declared default (when it is a plain literal); undefined (unknown) otherwise.
   */
  variable(name: string): Literal | undefined {
    if (this.tfvars.some((t) => t.unreadable)) return undefined;
    for (let i = this.tfvars.length - 1; i >= 0; i--) {
      if (this.tfvars[i].assignments.has(name)) return this.tfvars[i].assignments.get(name);
    }
    for (const file of this.files) {
      if (file.variables.has(name)) return file.variables.get(name);
    }
    return undefined;
  }

  local(name: string): Part[] | undefined {
    for (const file of this.files) {
      const value = file.locals.get(name);
      if (value) return value;
    }
    return undefined;
  }

  lookup<K extends 'oidcUrls' | 'samlNames' | 'principals'>(kind: K, name: string): ReturnType<FileFacts[K]['get']> {
    for (const file of this.files) {
      const value = file[kind].get(name);
      if (value) return value as ReturnType<FileFacts[K]['get']>;
    }
    return undefined as ReturnType<FileFacts[K]['get']>;
  }

  /** The roles that use `data.aws_iam_policy_document.<document>`. */
  documentUsers(document: string): string[] {
    return this.files.flatMap((f) => f.documentUsers.filter((u) => u.document === document).map((u) => u.role));
  }
}

/** One resolved piece plus, for editors, the host expression it came from when it is not plain literal text. */
export interface ResolvedPiece extends Piece {
  /** The expression's source (`var.org`) when the piece stands for a reference or an unknown value. */
  source?: string;
  /** True when the piece is (or contains) the role's own account. */
  ownAccount?: boolean;
}

/** How an unknown value reads in the virtual JSON: `${var.org}` (whitespace collapsed, long ones shortened). */
export function unknownText(source: string): string {
  const flat = source.replace(/\s+/g, ' ').trim();
  return `\${${flat.length > 80 ? `${flat.slice(0, 77)}...` : flat}}`;
}

const unknown = (source: string): ResolvedPiece => ({ text: unknownText(source), unknown: true, source });

/** Resolves parts against the folder: literals stay, references resolve where the folder says plainly what they are. */
export function resolveParts(parts: readonly Part[], folder: FolderFacts, depth = 0): ResolvedPiece[] {
  const out: ResolvedPiece[] = [];
  for (const part of parts) {
    if ('text' in part) out.push({ text: part.text });
    else if ('opaque' in part) out.push(unknown(part.opaque));
    else out.push(...resolveReference(part.ref, part.source, folder, depth));
  }
  return out;
}

function resolveReference(ref: readonly string[], source: string, folder: FolderFacts, depth: number): ResolvedPiece[] {
  if (depth > MAX_DEPTH) return [unknown(source)];
  const known = (pieces: ResolvedPiece[], own = true): ResolvedPiece[] => {
    const text = pieces.map((p) => p.text).join('');
    if (pieces.some((p) => p.unknown)) return pieces.map((p) => ({ ...p, ownAccount: own || p.ownAccount }));
    return [{ text, source, ownAccount: own }];
  };
  const [root, second, third, fourth] = ref;
  if (root === 'data' && second === 'aws_caller_identity' && fourth === 'account_id') return [{ text: OWN_ACCOUNT, source, ownAccount: true }];
  if (root === 'data' && second === 'aws_partition' && fourth === 'partition') return [{ text: 'aws' }];
  if (root === 'data' && second === 'aws_partition' && fourth === 'dns_suffix') return [{ text: 'amazonaws.com' }];
  if (root === 'var' && second && ref.length === 2) {
    // A list is no string: only a whole value (a list attribute, a jsonencode value) can take it; see PolicyWriter.
    const value = folder.variable(second);
    return value === undefined || Array.isArray(value) ? [unknown(source)] : [{ text: String(value), source }];
  }
  if (root === 'local' && second) {
    const value = folder.local(second);
    return value ? resolveParts(value, folder, depth + 1) : [unknown(source)];
  }
  const arn = ref[ref.length - 1] === 'arn';
  const oidcName = root === 'data' && second === 'aws_iam_openid_connect_provider' ? `data.${third}` : root === 'aws_iam_openid_connect_provider' ? second : undefined;
  if (arn && oidcName) {
    const url = folder.lookup('oidcUrls', oidcName);
    if (!url) return [unknown(source)];
    const pieces = resolveParts(url, folder, depth + 1);
    if (pieces[0] && !pieces[0].unknown) pieces[0] = { ...pieces[0], text: pieces[0].text.replace(/^https:\/\//, '') };
    return known([{ text: `arn:aws:iam::${OWN_ACCOUNT}:oidc-provider/` }, ...pieces]);
  }
  if (arn && root === 'aws_iam_saml_provider' && second) {
    const name = folder.lookup('samlNames', second);
    return name ? known([{ text: `arn:aws:iam::${OWN_ACCOUNT}:saml-provider/` }, ...resolveParts(name, folder, depth + 1)]) : [unknown(source)];
  }
  if (arn && (root === 'aws_iam_role' || root === 'aws_iam_user') && second) {
    const principal = folder.lookup('principals', `${root}.${second}`);
    if (!principal) return [unknown(source)];
    const kind = root === 'aws_iam_role' ? 'role' : 'user';
    const path = principal.path ? resolveParts(principal.path, folder, depth + 1) : [{ text: '/' }];
    const name = principal.name ? resolveParts(principal.name, folder, depth + 1) : [unknown(`${root}.${second}.name`)];
    return known([{ text: `arn:aws:iam::${OWN_ACCOUNT}:${kind}` }, ...path, ...name]);
  }
  return [unknown(source)];
}

/** Joins neighbouring known pieces (the builder takes them as they come, but editors want fewer). */
export function mergePieces(pieces: readonly ResolvedPiece[]): ResolvedPiece[] {
  const out: ResolvedPiece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && !last.unknown && !piece.unknown && !last.source && !piece.source) last.text += piece.text;
    else out.push({ ...piece });
  }
  return out;
}

