// CloudFormation and SAM templates (YAML or JSON, CDK output too): every AssumeRolePolicyDocument of an
// AWS::IAM::Role or AWS::Serverless::Function becomes a virtual policy. Parsed with the `yaml` package (JSON is YAML).
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type CollectionTag, type Document, type Scalar, type ScalarTag, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { OffsetRange } from '../types';
import { VirtualJsonBuilder, type Piece } from './builder';
import { OWN_ACCOUNT, type CompletionProbe, type HostContext, type HostExtraction, type HostFormat, type VirtualPolicy } from './types';
import { readJsonString } from './json-string-policy';
import { createYamlEditor } from './yaml-editor';
import { hostRangeOf, trimEnd } from './yaml-ranges';
import { decodeScalar } from './yaml-scalar';

/** Resource types whose Properties.AssumeRolePolicyDocument is a role trust policy. */
const ROLE_TYPES = new Set(['AWS::IAM::Role', 'AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);
/** Nodes emitted per policy at most: aliases can multiply a small file into a huge tree (billion laughs). */
const MAX_NODES = 20_000;

const TEMPLATE_MARKERS = /AWSTemplateFormatVersion|AWS::Serverless-20|["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/;

/** Cheap content test: a CloudFormation/SAM template (also CDK's synthesized `*.template.json`). */
export function looksLikeTemplate(text: string): boolean {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return /(^|[\n{,])\s*["']?(AWSTemplateFormatVersion|Resources)["']?\s*:/.test(head) && TEMPLATE_MARKERS.test(head);
}

function isTemplateFile(uri: string, languageId: string): boolean {
  if (['yaml', 'json', 'jsonc', 'cloudformation', 'cfn-yaml', 'cfn-json'].includes(languageId)) return true;
  return /\.(ya?ml|json|template|cfn)$/i.test(uri.replace(/[?#].*$/, ''));
}

type Resolved = { pieces: Piece[] } | undefined;

interface TemplateInfo {
  doc: Document;
  text: string;
  /** Parameter defaults that are plain strings. */
  parameters: Map<string, string>;
  /** Resources by logical id: type and properties map. */
  resources: Map<string, { type: string; properties?: YAMLMap }>;
  /** What each alias stands for (the yaml reader would walk the whole document for every alias). */
  aliases: Map<unknown, YamlNode | null>;
}

/** The node an alias stands for: the last node with its anchor before it, in document order (one walk per file). */
function resolveAlias(info: TemplateInfo, alias: YamlNode): YamlNode | null {
  if (!info.aliases.size) {
    const current = new Map<string, YamlNode>();
    visit(info.doc, {
      Node: (_key, node) => {
        if (isAlias(node)) info.aliases.set(node, current.get(node.source) ?? null);
        else if (node.anchor) current.set(node.anchor, node);
      },
    });
    if (!info.aliases.size) info.aliases.set(null, null);
  }
  return info.aliases.get(alias) ?? null;
}

const INTRINSICS = new Set(['Ref', 'Condition']);
const isIntrinsicKey = (k: string) => INTRINSICS.has(k) || k.startsWith('Fn::');

function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(node.source ?? v) : undefined;
}

function mapGet(map: unknown, key: string): unknown {
  if (!isMap(map)) return undefined;
  for (const p of map.items) if (isScalar(p.key) && p.key.value === key) return p.value;
  return undefined;
}

/** The function a node calls: short form tag (`!Sub`) or long form single-key map (`{ "Fn::Sub": ... }`). */
function intrinsicOf(node: unknown): { name: string; arg: unknown } | undefined {
  const n = node as YamlNode | null;
  if (n && (isScalar(n) || isMap(n) || isSeq(n)) && n.tag?.startsWith('!') && !n.tag.startsWith('!!')) {
    const short = n.tag.slice(1);
    const name = short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`;
    return { name, arg: n };
  }
  if (isMap(n) && n.items.length === 1 && isScalar(n.items[0].key) && typeof n.items[0].key.value === 'string' && isIntrinsicKey(n.items[0].key.value)) {
    return { name: n.items[0].key.value, arg: n.items[0].value };
  }
  return undefined;
}

/** The YAML 1.1 merge key `<<` (the yaml reader gives it a symbol value and keeps the source). */
function isMergeKey(node: unknown): boolean {
  return isScalar(node) && (node.source === '<<' || node.value === '<<' || typeof node.value === 'symbol');
}

/** `!Ref AWS::NoValue`: CloudFormation removes the property or list item that holds it. */
function isNoValue(node: unknown): boolean {
  const call = intrinsicOf(node);
  return call?.name === 'Ref' && scalarString(call.arg) === 'AWS::NoValue';
}

/** The ARN a reference to a provider resource stands for, when the template says plainly what it is. */
function resourceArn(info: TemplateInfo, logicalId: string, attribute: string | undefined): Piece[] | undefined {
  const r = info.resources.get(logicalId);
  if (!r || (attribute && attribute !== 'Arn')) return undefined;
  if (r.type === 'AWS::IAM::OIDCProvider') {
    const url = scalarString(mapGet(r.properties, 'Url'));
    if (url) return [{ text: `arn:aws:iam::${OWN_ACCOUNT}:oidc-provider/${url.replace(/^https:\/\//, '')}` }];
  }
  if (r.type === 'AWS::IAM::SAMLProvider') {
    const name = scalarString(mapGet(r.properties, 'Name'));
    if (name) return [{ text: `arn:aws:iam::${OWN_ACCOUNT}:saml-provider/${name}` }];
  }
  return undefined;
}

function unknown(name: string): Piece[] {
  return [{ text: `\${${name}}`, unknown: true }];
}

function refPieces(info: TemplateInfo, name: string): Piece[] {
  switch (name) {
    case 'AWS::AccountId': return [{ text: OWN_ACCOUNT }];
    case 'AWS::Partition': return [{ text: 'aws' }];
    case 'AWS::URLSuffix': return [{ text: 'amazonaws.com' }];
    default: break;
  }
  const dflt = info.parameters.get(name);
  if (dflt !== undefined) return [{ text: dflt }];
  return resourceArn(info, name, undefined) ?? unknown(name);
}

/** Resolves `${...}` placeholders of a Fn::Sub string; `vars` are the explicit variables of the list form. */
function subPieces(info: TemplateInfo, template: string, vars: Map<string, Piece[]>): Piece[] {
  const pieces: Piece[] = [];
  const re = /\$\{([^}]*)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) pieces.push({ text: template.slice(last, m.index) });
    const name = m[1].trim();
    if (name.startsWith('!')) pieces.push({ text: `\${${name.slice(1)}}` });
    else if (vars.has(name)) pieces.push(...(vars.get(name) as Piece[]));
    else if (name.includes('.')) {
      const [id, attr] = [name.slice(0, name.indexOf('.')), name.slice(name.indexOf('.') + 1)];
      pieces.push(...(resourceArn(info, id, attr) ?? unknown(name)));
    } else pieces.push(...refPieces(info, name));
    last = m.index + m[0].length;
  }
  if (last < template.length) pieces.push({ text: template.slice(last) });
  return pieces;
}

/** The value of an intrinsic function call as literal and unknown pieces (the whole call unknown when unsure). */
function resolveIntrinsic(info: TemplateInfo, name: string, arg: unknown, depth = 0): Resolved {
  if (depth > 8) return { pieces: unknown(name) };
  if (name === 'Ref') {
    const target = scalarString(arg);
    return { pieces: target ? refPieces(info, target) : unknown('Ref') };
  }
  if (name === 'Fn::Sub') {
    if (isScalar(arg)) return { pieces: subPieces(info, scalarString(arg) ?? '', new Map()) };
    if (isSeq(arg) && isScalar(arg.items[0])) {
      const vars = new Map<string, Piece[]>();
      if (isMap(arg.items[1])) {
        for (const p of arg.items[1].items) {
          const key = isScalar(p.key) ? String(p.key.value) : undefined;
          if (key) vars.set(key, valuePieces(info, p.value, depth + 1));
        }
      }
      return { pieces: subPieces(info, scalarString(arg.items[0]) ?? '', vars) };
    }
    return { pieces: unknown('Fn::Sub') };
  }
  if (name === 'Fn::GetAtt') {
    let id: string | undefined;
    let attr: string | undefined;
    if (isScalar(arg)) {
      const s = scalarString(arg) ?? '';
      const dot = s.indexOf('.');
      [id, attr] = dot > 0 ? [s.slice(0, dot), s.slice(dot + 1)] : [s, undefined];
    } else if (isSeq(arg)) {
      id = scalarString(arg.items[0]);
      attr = scalarString(arg.items[1]);
    }
    if (!id) return { pieces: unknown('Fn::GetAtt') };
    return { pieces: resourceArn(info, id, attr ?? 'Arn') ?? unknown(attr ? `${id}.${attr}` : id) };
  }
  if (name === 'Fn::Join' && isSeq(arg) && isSeq(arg.items[1])) {
    const delimiter = scalarString(arg.items[0]) ?? '';
    const pieces: Piece[] = [];
    arg.items[1].items.forEach((item, i) => {
      if (i > 0 && delimiter) pieces.push({ text: delimiter });
      pieces.push(...valuePieces(info, item, depth + 1));
    });
    return { pieces };
  }
  return { pieces: unknown(name) };
}

/** Any value as a string: scalars as written, intrinsics resolved, anything else unknown. */
function valuePieces(info: TemplateInfo, node: unknown, depth: number): Piece[] {
  const call = intrinsicOf(node);
  if (call) return resolveIntrinsic(info, call.name, call.arg, depth)?.pieces ?? unknown(call.name);
  const s = scalarString(node);
  return s !== undefined ? [{ text: s }] : unknown('value');
}

/** Where the characters of a scalar's value sit one-to-one in the host, if they do. */
function contentStart(node: YamlNode, text: string, value: string): number | undefined {
  if (!isScalar(node) || !node.range || node.tag) return undefined;
  const [start] = node.range;
  const type = node.type;
  const offset = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' ? start + 1 : type === 'PLAIN' ? start : -1;
  if (offset < 0) return undefined;
  return text.startsWith(value, offset) ? offset : undefined;
}

function buildPolicy(info: TemplateInfo, name: string, keyNode: YamlNode, value: YamlNode, json: boolean): VirtualPolicy | undefined {
  const { text } = info;
  const b = new VirtualJsonBuilder();
  let budget = MAX_NODES;
  // `pinned` is the host range of the alias or merge key a node was reached through: the node maps there (the anchor
  // may serve several places), and editing it would change the anchor's other uses, so it has no handle.
  const emit = (node: unknown, depth: number, pinned?: OffsetRange): void => {
    if (--budget < 0 || depth > 64) {
      b.pieces(unknown('too large'), { offset: 0, length: 0 }, undefined);
      return;
    }
    let n = node as YamlNode | null;
    const aliasRange = pinned ?? (isAlias(n) ? hostRangeOf(n as YamlNode, text) : undefined);
    if (isAlias(n)) n = resolveAlias(info, n);
    if (n === null || n === undefined) {
      b.literal(null, aliasRange ?? { offset: 0, length: 0 }, undefined);
      return;
    }
    const host = aliasRange ?? hostRangeOf(n, text);
    // An alias is one host element: edits inside it would change the anchor's other uses, so it maps as a whole.
    const handle = aliasRange ? undefined : n;
    const call = intrinsicOf(n);
    if (call) {
      b.pieces(resolveIntrinsic(info, call.name, call.arg)?.pieces ?? unknown(call.name), host, handle);
      return;
    }
    if (isMap(n)) {
      b.object(host, handle, () => {
        for (const { pair, via } of pairsOf(n as YAMLMap)) {
          if (budget < 0) break;
          const k = pair.key as YamlNode | null;
          const keyText = scalarString(k);
          if (keyText === undefined || !k) continue;
          // A merged entry (`<<: *base`) sits in the anchor; it maps to the merge key and cannot be edited here.
          const keyHost = aliasRange ?? via ?? hostRangeOf(k, text);
          const v = pair.value as YamlNode | null;
          if (isNoValue(v)) continue;
          const end = v?.range && !via && !aliasRange ? Math.max(trimEnd(text, v.range[1]), keyHost.offset + keyHost.length) : keyHost.offset + keyHost.length;
          const propHost = { offset: keyHost.offset, length: end - keyHost.offset };
          const keyLinear = !via && !aliasRange && contentStart(k, text, keyText) !== undefined;
          const editable = !aliasRange && !via;
          b.property(keyText, propHost, keyHost, editable ? pair : undefined, v === null || v === undefined ? undefined : () => emit(v, depth + 1, aliasRange ?? via), keyLinear);
        }
      });
      return;
    }
    if (isSeq(n)) {
      b.array(host, handle, () => {
        for (const item of n.items) {
          if (budget < 0) break;
          if (isNoValue(item)) continue;
          b.item();
          emit(item, depth + 1, aliasRange);
        }
      });
      return;
    }
    if (isScalar(n)) {
      if (n.value === null) {
        b.literal(null, host, handle);
        return;
      }
      const s = scalarString(n) ?? String(n.value);
      b.string(s, host, handle, aliasRange ? undefined : contentStart(n, text, s));
      return;
    }
    b.pieces(unknown('value'), host, handle);
  };
  /** A map's entries with `<<` merge keys expanded (explicit keys win), as YAML 1.1 merge keys work. */
  const pairsOf = (map: YAMLMap): { pair: Pair; via?: OffsetRange }[] => {
    const own: { pair: Pair; via?: OffsetRange }[] = [];
    const merged: { pair: Pair; via?: OffsetRange }[] = [];
    for (const pair of map.items as Pair[]) {
      if (!isPair(pair)) continue;
      if (!isMergeKey(pair.key)) {
        own.push({ pair });
        continue;
      }
      const via = hostRangeOf(pair.key as YamlNode, text);
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const source of sources) {
        const target = isAlias(source) ? resolveAlias(info, source) : source;
        if (isMap(target)) for (const p of target.items as Pair[]) if (isPair(p)) merged.push({ pair: p, via });
      }
    }
    const explicit = new Set(own.map((e) => scalarString(e.pair.key)));
    const seen = new Set<string | undefined>();
    return [...own, ...merged.filter((e) => {
      const key = scalarString(e.pair.key);
      if (explicit.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    })];
  };
  emit(value, 0);
  if (budget < 0) return undefined;
  const hostRange = hostRangeOf(value, text);
  return {
    name,
    form: json ? 'cloudformation-json' : 'cloudformation-yaml',
    text: b.text,
    nodes: b.nodes,
    unknowns: b.unknowns,
    hostRange,
    roleRange: hostRangeOf(keyNode, text),
    ownAccounts: [OWN_ACCOUNT],
    editor: createYamlEditor(text, json),
  };
}

/** CloudFormation's short-form tags, declared so the reader keeps them as tags without a warning per use. */
const SHORT_TAGS = ['Ref', 'Sub', 'GetAtt', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'ImportValue', 'Base64', 'Cidr', 'GetAZs',
  'Equals', 'Not', 'And', 'Or', 'Condition', 'Transform', 'ToJsonString', 'Length', 'ForEach'];
const CUSTOM_TAGS: ScalarTag[] | CollectionTag[] = SHORT_TAGS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value } as ScalarTag,
  { tag: `!${name}`, collection: 'seq', resolve: (value: unknown) => value } as unknown as ScalarTag,
  { tag: `!${name}`, collection: 'map', resolve: (value: unknown) => value } as unknown as ScalarTag,
]);

/** Reads a template the way CloudFormation does: YAML 1.2 core schema, merge keys, duplicate keys kept, short-form tags. */
export function parseTemplate(text: string): Document {
  return parseDocument(text, { uniqueKeys: false, merge: true, strict: false, prettyErrors: false, customTags: CUSTOM_TAGS });
}

function extractTemplate(text: string): HostExtraction {
  const problems: HostExtraction['problems'] = [];
  let doc: Document;
  try {
    doc = parseTemplate(text);
  } catch (e) {
    return { policies: [], problems: [{ range: { offset: 0, length: 0 }, message: `This template cannot be read: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  for (const err of doc.errors.slice(0, 5)) {
    problems.push({ range: { offset: err.pos[0], length: Math.max(0, err.pos[1] - err.pos[0]) }, message: `This template cannot be read as ${text.trimStart().startsWith('{') ? 'JSON' : 'YAML'}: ${err.message.split('\n')[0]}` });
  }
  const json = text.trimStart().startsWith('{');
  const info: TemplateInfo = { doc, text, parameters: new Map(), resources: new Map(), aliases: new Map() };
  const root = doc.contents;
  const params = mapGet(root, 'Parameters');
  if (isMap(params)) {
    for (const p of params.items) {
      const name = scalarString(p.key);
      const dflt = scalarString(mapGet(p.value, 'Default'));
      if (name && dflt !== undefined) info.parameters.set(name, dflt);
    }
  }
  const resources = mapGet(root, 'Resources');
  const policies: VirtualPolicy[] = [];
  if (!isMap(resources)) return { policies, problems };
  for (const p of resources.items) {
    const id = scalarString(p.key);
    const type = scalarString(mapGet(p.value, 'Type'));
    if (!id || !type) continue;
    const props = mapGet(p.value, 'Properties');
    info.resources.set(id, { type, properties: isMap(props) ? props : undefined });
  }
  for (const p of resources.items) {
    const id = scalarString(p.key);
    const type = scalarString(mapGet(p.value, 'Type'));
    if (!id || !type || !ROLE_TYPES.has(type)) continue;
    const props = mapGet(p.value, 'Properties');
    if (!isMap(props)) continue;
    for (const prop of props.items) {
      if (scalarString(prop.key) !== 'AssumeRolePolicyDocument') continue;
      const read = readPolicies(info, { id, keyNode: p.key as YamlNode, json }, prop.value as YamlNode | null, []);
      policies.push(...read.policies);
      problems.push(...read.problems);
    }
  }
  return { policies, problems };
}

interface RoleSite {
  id: string;
  keyNode: YamlNode;
  json: boolean;
}

/** Names a policy read under conditions: `DeployRole (IsProd)`, `DeployRole (not IsProd)`. */
const policyName = (id: string, conditions: readonly string[]) => (conditions.length ? `${id} (${conditions.join(', ')})` : id);

/**
 * The policies one AssumeRolePolicyDocument stands for: a mapping is one policy; a JSON string is parsed; a
 * whole-document `Fn::If` gives a policy per branch (a `!Ref AWS::NoValue` branch gives none). Other functions
 * (`!Sub` of a string, `!ImportValue`, ...) are not modelled and nothing is reported for them.
 */
function readPolicies(info: TemplateInfo, site: RoleSite, value: YamlNode | null, conditions: string[]): HostExtraction {
  const { text } = info;
  const name = policyName(site.id, conditions);
  if (!value || isNoValue(value)) return { policies: [], problems: [] };
  const call = intrinsicOf(value);
  if (call?.name === 'Fn::If') return readBranches(info, site, call.arg, conditions);
  if (call) return { policies: [], problems: [] };
  if (isScalar(value) && typeof value.value === 'string' && !value.tag) return readStringPolicy(info, site, value, name);
  if (!isMap(isAlias(value) ? resolveAlias(info, value) : value)) return { policies: [], problems: [] };
  try {
    const policy = buildPolicy(info, name, site.keyNode, value, site.json);
    if (policy) return { policies: [policy], problems: [] };
    return { policies: [], problems: [{ range: hostRangeOf(value, text), message: `The trust policy of ${name} is too large or too deeply aliased to check.` }] };
  } catch (e) {
    return { policies: [], problems: [{ range: hostRangeOf(value, text), message: `The trust policy of ${name} could not be read: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

/** `!If [Condition, policy, other policy]`: each branch is read under its condition (nested `!If` too, a few deep). */
function readBranches(info: TemplateInfo, site: RoleSite, arg: unknown, conditions: string[]): HostExtraction {
  const out: HostExtraction = { policies: [], problems: [] };
  const condition = isSeq(arg) ? scalarString(arg.items[0]) : undefined;
  if (!isSeq(arg) || arg.items.length !== 3 || !condition || conditions.length >= 4) return out;
  const branches: [string, unknown][] = [[condition, arg.items[1]], [`not ${condition}`, arg.items[2]]];
  for (const [label, branch] of branches) {
    const read = readPolicies(info, site, (branch ?? null) as YamlNode | null, [...conditions, label]);
    out.policies.push(...read.policies);
    out.problems.push(...read.problems);
  }
  return out;
}

/** A policy written as a JSON string (a block scalar, a quoted string, a string in a JSON template). */
function readStringPolicy(info: TemplateInfo, site: RoleSite, value: Scalar, name: string): HostExtraction {
  const { text } = info;
  const range = value.range ? { offset: value.range[0], length: trimEnd(text, value.range[1]) - value.range[0] } : hostRangeOf(value, text);
  const decoded = decodeScalar(value, text, range);
  const read = readJsonString(decoded, name);
  if (!read.policy) return { policies: [], problems: read.problems };
  const form = `${site.json ? 'cloudformation-json' : 'cloudformation-yaml'}-string`;
  return {
    policies: [{
      name, form, text: read.policy.text, nodes: read.policy.nodes, unknowns: [], hostRange: read.policy.hostRange,
      roleRange: hostRangeOf(site.keyNode, text), ownAccounts: [], editor: read.policy.editor,
    }],
    problems: read.problems,
  };
}

/** A plain scalar no template uses, written where completion needs an element that is not there yet. */
const PLACEHOLDER = 'tpCompletionPlaceholder';

/**
 * In a YAML template, the places where a user asks for completion before typing anything: after `Key:` (a value),
 * after `- ` (a list item) and on a line holding only indentation (a new key). The cursor must end its line's text.
 */
export function yamlCompletionProbe(text: string, offset: number): CompletionProbe | undefined {
  if (/^\s*[{[]/.test(text)) return undefined; // a JSON template: values are typed in quotes, which complete already
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const eol = text.indexOf('\n', offset);
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, eol < 0 ? text.length : eol);
  if (after.trim() !== '' || before.includes('#')) return undefined;
  const insert = (written: string, lead: string, before = '', afterKey = ': '): CompletionProbe => ({
    text: `${text.slice(0, offset)}${lead}${written}${text.slice(offset)}`,
    placeholder: { offset: offset + lead.length, length: PLACEHOLDER.length },
    before, afterKey,
  });
  // `Service:` or `Service: ` (also `- Effect:` in a list): a value; a bare colon needs a space before it.
  if (/^\s*(- +)*[^\s#][^#]*:\s*$/.test(before)) return /:$/.test(before) ? insert(PLACEHOLDER, ' ', ' ') : insert(PLACEHOLDER, '');
  // `- ` alone: a list item (a principal, an action, a condition value).
  if (/^\s*- +$/.test(before)) return insert(PLACEHOLDER, '');
  // Only indentation: a new key of the mapping at this indentation.
  if (/^ +$/.test(before)) return insert(`${PLACEHOLDER}:`, '');
  return undefined;
}

export const cloudFormationFormat: HostFormat = {
  id: 'cloudformation',
  accepts: (uri, languageId, text) => isTemplateFile(uri, languageId) && looksLikeTemplate(text),
  extract: (_uri: string, text: string, _context: HostContext) => extractTemplate(text),
  completionProbe: yamlCompletionProbe,
};
