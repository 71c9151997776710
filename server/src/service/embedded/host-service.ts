// The trust-policy service for any document: plain policies go straight to the base service; host files
// (CloudFormation, Terraform) are split into virtual policies whose results are mapped back into the host file.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind, type CodeAction, type CodeLens, type CompletionItem, type CompletionList, type Diagnostic,
  type Hover, type Position, type Range, type TextEdit,
} from 'vscode-languageserver-types';
import type { TrustPolicyService } from '../service';
import { DIAGNOSTIC_SOURCE, lspSeverity, overlaps } from '../service';
import type { ResolvedFinding } from '../analyze';
import type { OffsetEdit, Rule, ServiceOptions } from '../types';
import type { Slicing } from '../analyze';
import { toHostRange, toVirtualOffset, touchesUnknown } from './mapping';
import { translateEdits } from './translate';
import { OWN_ACCOUNT, type HostContext, type HostFormat, type MappedNode, type VirtualPolicy } from './types';

/** Rule id of a finding about the host file itself (a template that is not valid YAML or HCL). */
export const HOST_SYNTAX = 'host-syntax';

export interface EmbeddedPolicy {
  policy: VirtualPolicy;
  /** The virtual JSON as a document the base service analyses. */
  doc: TextDocument;
}

export interface HostServiceOptions {
  /** Documents of these language ids that are not templates are plain trust policies (other editors send `json`). */
  plainPolicyLanguages?: readonly string[];
  /** What a host module may read besides the document (sibling .tf files). */
  context?: (uri: string) => HostContext;
}

export interface HostAwareService extends TrustPolicyService {
  /** How the service reads this document: a plain policy, a host file with embedded policies, or neither. */
  kindOf(doc: TextDocument): 'policy' | 'host' | 'none';
  /** The embedded policies of a host document (empty for other documents). */
  embedded(doc: TextDocument): EmbeddedPolicy[];
  /** Problems of a host file that kept policies from being read. */
  hostProblems(doc: TextDocument): { range: { offset: number; length: number }; message: string }[];
}

const hostSyntaxRule: Rule = {
  id: HOST_SYNTAX, defaultSeverity: 'error', description: 'The template or Terraform file cannot be read, so its trust policies were not checked.',
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html', check: () => [],
};

/** Messages and hovers name the placeholder of the role's own account in words. */
function ownAccountInWords(text: string): string {
  return text.includes(OWN_ACCOUNT) ? text.split(OWN_ACCOUNT).join('(this account)') : text;
}

function withOwnAccounts(options: Partial<ServiceOptions> | undefined, vp: VirtualPolicy): Partial<ServiceOptions> {
  if (!vp.ownAccounts.length) return options ?? {};
  return { ...options, accounts: [...(options?.accounts ?? []), ...vp.ownAccounts] };
}

export function createHostAwareService(base: TrustPolicyService, formats: readonly HostFormat[], config: HostServiceOptions = {}): HostAwareService {
  const plainLanguages = new Set(config.plainPolicyLanguages ?? ['iam-trust-policy', 'json', 'jsonc']);
  type CacheEntry = { version: number; text: string; stamp: string; embedded: EmbeddedPolicy[]; problems: ReturnType<HostFormat['extract']>['problems']; transient?: boolean };
  const cache = new Map<string, CacheEntry>();

  const formatCache = new Map<string, { text: string; languageId: string; format: HostFormat | undefined }>();
  function formatOf(doc: TextDocument): HostFormat | undefined {
    if (doc.languageId === 'iam-trust-policy') return undefined;
    const text = doc.getText();
    const hit = formatCache.get(doc.uri);
    if (hit && hit.text === text && hit.languageId === doc.languageId) return hit.format;
    const format = formats.find((f) => f.accepts(doc.uri, doc.languageId, text));
    formatCache.set(doc.uri, { text, languageId: doc.languageId, format });
    if (formatCache.size > 100) formatCache.delete(formatCache.keys().next().value as string);
    return format;
  }

  function kindOf(doc: TextDocument): 'policy' | 'host' | 'none' {
    if (formatOf(doc)) return 'host';
    return plainLanguages.has(doc.languageId) ? 'policy' : 'none';
  }

  function extract(doc: TextDocument) {
    const text = doc.getText();
    const hit = cache.get(doc.uri);
    const context = config.context?.(doc.uri) ?? {};
    // A Terraform module spans files: an edit in a sibling changes what this file's policies mean.
    const stamp = context.stamp?.() ?? '';
    if (hit && hit.version === doc.version && hit.text === text && hit.stamp === stamp) return hit;
    const format = formatOf(doc);
    let entry: CacheEntry;
    if (!format) entry = { version: doc.version, text, stamp, embedded: [], problems: [] };
    else {
      let result: ReturnType<HostFormat['extract']>;
      try {
        result = format.extract(doc.uri, text, context);
      } catch (e) {
        result = { policies: [], problems: [{ range: { offset: 0, length: 0 }, message: `This file could not be read: ${e instanceof Error ? e.message : String(e)}` }] };
      }
      entry = {
        version: doc.version, text, stamp, problems: result.problems, transient: result.transient,
        embedded: result.policies.map((policy, i) => ({ policy, doc: TextDocument.create(`${doc.uri}#policy-${i}-${policy.name}`, 'iam-trust-policy', doc.version, policy.text) })),
      };
    }
    if (entry.transient) return entry;
    cache.set(doc.uri, entry);
    if (cache.size > 100) cache.delete(cache.keys().next().value as string);
    return entry;
  }

  const embedded = (doc: TextDocument) => (kindOf(doc) === 'host' ? extract(doc).embedded : []);

  /** Maps a virtual range to the host document's LSP range. */
  function hostRange(doc: TextDocument, e: EmbeddedPolicy, range: Range): Range {
    const offset = e.doc.offsetAt(range.start);
    const r = toHostRange(e.policy, { offset, length: e.doc.offsetAt(range.end) - offset }, doc.getText());
    return { start: doc.positionAt(r.offset), end: doc.positionAt(r.offset + r.length) };
  }

  /** The embedded policy at a host position and the matching virtual position. */
  function at(doc: TextDocument, position: Position): { e: EmbeddedPolicy; position: Position } | undefined {
    const offset = doc.offsetAt(position);
    for (const e of embedded(doc)) {
      const v = toVirtualOffset(e.policy, offset);
      if (v !== undefined) return { e, position: e.doc.positionAt(v) };
    }
    return undefined;
  }

  function virtualFindings(e: EmbeddedPolicy, options?: Partial<ServiceOptions>): ResolvedFinding[] {
    return base.findings(e.doc, withOwnAccounts(options, e.policy)).filter((f) => !touchesUnknown(e.policy, { offset: f.offset, length: f.length }));
  }

  function findings(doc: TextDocument, options?: Partial<ServiceOptions>): ResolvedFinding[] {
    const kind = kindOf(doc);
    if (kind === 'policy') return base.findings(doc, options);
    if (kind === 'none') return [];
    const { embedded: policies, problems } = extract(doc);
    const out: ResolvedFinding[] = [];
    if (options?.ruleSeverities?.[HOST_SYNTAX] !== 'off') {
      for (const p of problems) out.push({ rule: hostSyntaxRule, severity: (options?.ruleSeverities?.[HOST_SYNTAX] as ResolvedFinding['severity'] | undefined) ?? 'error', offset: p.range.offset, length: p.range.length, finding: { message: p.message } });
    }
    for (const e of policies) {
      for (const f of virtualFindings(e, options)) {
        const r = toHostRange(e.policy, { offset: f.offset, length: f.length }, doc.getText());
        out.push({ ...f, offset: r.offset, length: r.length, finding: { ...f.finding, message: ownAccountInWords(f.finding.message) } });
      }
    }
    return out.sort((a, b) => a.offset - b.offset || a.rule.id.localeCompare(b.rule.id));
  }

  /** The base diagnostics of each embedded policy, with their host ranges (unknown values filtered). */
  function mappedDiagnostics(doc: TextDocument, e: EmbeddedPolicy, options?: Partial<ServiceOptions>): { virtual: Diagnostic; host: Diagnostic }[] {
    return mapDiagnostics(doc, e, base.validate(e.doc, withOwnAccounts(options, e.policy)));
  }

  function mapDiagnostics(doc: TextDocument, e: EmbeddedPolicy, diagnostics: readonly Diagnostic[]): { virtual: Diagnostic; host: Diagnostic }[] {
    return diagnostics
      .filter((d) => {
        const offset = e.doc.offsetAt(d.range.start);
        return !touchesUnknown(e.policy, { offset, length: e.doc.offsetAt(d.range.end) - offset });
      })
      .map((d) => ({ virtual: d, host: { ...d, range: hostRange(doc, e, d.range), message: typeof d.message === 'string' ? ownAccountInWords(d.message) : d.message } }));
  }

  function validate(doc: TextDocument, options?: Partial<ServiceOptions>): Diagnostic[] {
    const kind = kindOf(doc);
    if (kind === 'policy') return base.validate(doc, options);
    if (kind === 'none') return [];
    const out = validateProblems(doc, options);
    for (const e of embedded(doc)) out.push(...mappedDiagnostics(doc, e, options).map((m) => m.host));
    return out;
  }

  /** The host file's own problems (not valid YAML or HCL) as diagnostics. */
  function validateProblems(doc: TextDocument, options?: Partial<ServiceOptions>): Diagnostic[] {
    const out: Diagnostic[] = [];
    const { problems } = extract(doc);
    const severity = options?.ruleSeverities?.[HOST_SYNTAX];
    if (severity !== 'off') {
      for (const p of problems) {
        out.push({
          range: { start: doc.positionAt(p.range.offset), end: doc.positionAt(p.range.offset + p.range.length) },
          severity: lspSeverity[severity ?? 'error'],
          code: HOST_SYNTAX, source: DIAGNOSTIC_SOURCE, message: p.message,
        });
      }
    }
    return out;
  }

  /** Host files are analysed one embedded policy at a time, each in slices: a newer version stops the rest. */
  async function validateInSlices(doc: TextDocument, options: Partial<ServiceOptions> | undefined, slicing: Slicing): Promise<Diagnostic[] | undefined> {
    const kind = kindOf(doc);
    if (kind === 'policy') return base.validateInSlices(doc, options, slicing);
    if (kind === 'none') return [];
    const problems = validateProblems(doc, options);
    const out: Diagnostic[] = [...problems];
    for (const e of embedded(doc)) {
      const virtual = await base.validateInSlices(e.doc, withOwnAccounts(options, e.policy), slicing);
      if (!virtual) return undefined;
      out.push(...mapDiagnostics(doc, e, virtual).map((m) => m.host));
    }
    return out;
  }

  const sameRange = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

  /** Host edits for virtual LSP edits on one embedded policy, or undefined when the host cannot express them. */
  function hostEdits(doc: TextDocument, e: EmbeddedPolicy, edits: readonly TextEdit[]): TextEdit[] | undefined {
    const offsetEdits: OffsetEdit[] = edits.map((t) => ({ offset: e.doc.offsetAt(t.range.start), length: e.doc.offsetAt(t.range.end) - e.doc.offsetAt(t.range.start), newText: t.newText }));
    const translated = translateEdits(e.policy, offsetEdits, doc.getText());
    if (!translated || translated.length === 0) return undefined;
    return translated.map((h) => ({ range: { start: doc.positionAt(h.offset), end: doc.positionAt(h.offset + h.length) }, newText: h.newText }));
  }

  function codeActions(doc: TextDocument, range: Range, diagnostics: readonly Diagnostic[], options?: Partial<ServiceOptions>, snippetEdits?: boolean): CodeAction[] {
    const kind = kindOf(doc);
    if (kind === 'policy') return base.codeActions(doc, range, diagnostics, options, snippetEdits);
    if (kind === 'none') return [];
    const wanted = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
    const actions: CodeAction[] = [];
    for (const e of embedded(doc)) {
      for (const m of mappedDiagnostics(doc, e, options)) {
        const diagnostic = wanted.find((d) => d.code === m.host.code && sameRange(d.range, m.host.range));
        if (!diagnostic || !overlaps(m.host.range, range)) continue;
        // Snippet placeholders cannot be carried through a host rewrite; the defaults are written instead.
        for (const action of base.codeActions(e.doc, m.virtual.range, [m.virtual], withOwnAccounts(options, e.policy), false)) {
          const edits = action.edit?.changes?.[e.doc.uri];
          if (!edits) continue;
          const translated = hostEdits(doc, e, edits);
          if (!translated) continue;
          actions.push({ ...action, diagnostics: [diagnostic], edit: { changes: { [doc.uri]: translated } } });
        }
      }
    }
    return actions;
  }

  function fixAll(doc: TextDocument, options?: Partial<ServiceOptions>): TextEdit[] {
    const kind = kindOf(doc);
    if (kind === 'policy') return base.fixAll(doc, options);
    if (kind === 'none') return [];
    const out: TextEdit[] = [];
    for (const e of embedded(doc)) {
      const edits = base.fixAll(e.doc, withOwnAccounts(options, e.policy));
      if (!edits.length) continue;
      const translated = hostEdits(doc, e, edits);
      if (translated) out.push(...translated);
    }
    return out;
  }

  /**
   * The string a completion item writes over a whole scalar or key of a virtual policy, rendered for the host, and
   * that element; undefined when the item does something else or the host has no string form there.
   */
  function renderedItem(vp: VirtualPolicy, vdoc: TextDocument, item: CompletionItem): { node: MappedNode; rendered: string } | undefined {
    const edit = item.textEdit;
    if (!edit || !('range' in edit)) return undefined;
    const start = vdoc.offsetAt(edit.range.start);
    const end = vdoc.offsetAt(edit.range.end);
    const node = vp.nodes.find((n) => (n.kind === 'scalar' || n.kind === 'key') && n.virtual.offset === start && n.virtual.length === end - start);
    if (!node) return undefined;
    const snippet = item.insertTextFormat === 2;
    if (snippet && /\$\{?\d/.test(edit.newText.replace(/\\\$/g, ''))) return undefined;
    const raw = snippet ? edit.newText.replace(/\\([$}\\])/g, '$1') : edit.newText;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (typeof value !== 'string') return undefined;
    const rendered = vp.editor?.renderString ? vp.editor.renderString(node, value) : JSON.stringify(value);
    return rendered === null ? undefined : { node, rendered };
  }

  /** A completion item whose edit replaces a whole string of the virtual policy, rewritten for the host. */
  function hostItem(doc: TextDocument, e: EmbeddedPolicy, item: CompletionItem): CompletionItem | undefined {
    const r = renderedItem(e.policy, e.doc, item);
    if (!r) return undefined;
    const range = { start: doc.positionAt(r.node.host.offset), end: doc.positionAt(r.node.host.offset + r.node.host.length) };
    return { ...item, insertTextFormat: 1, filterText: r.rendered, textEdit: { range, newText: r.rendered }, additionalTextEdits: undefined };
  }

  function complete(doc: TextDocument, position: Position, options?: Partial<ServiceOptions>): CompletionList {
    const kind = kindOf(doc);
    if (kind === 'policy') return base.complete(doc, position, options);
    const hit = kind === 'host' ? at(doc, position) : undefined;
    if (hit) {
      const list = base.complete(hit.e.doc, hit.position, withOwnAccounts(options, hit.e.policy));
      const items = list.items.map((i) => hostItem(doc, hit.e, i)).filter((i): i is CompletionItem => !!i && i.kind !== CompletionItemKind.Snippet);
      if (items.length) return { isIncomplete: list.isIncomplete, items };
    }
    return (kind === 'host' && probeComplete(doc, position, options)) || { isIncomplete: false, items: [] };
  }

  /**
   * Completion where the file has no element yet: extract the policies of the text with a placeholder written at
   * the cursor (HostFormat.completionProbe), complete the placeholder in its virtual policy, and insert the chosen
   * value at the cursor of the real file.
   */
  function probeComplete(doc: TextDocument, position: Position, options?: Partial<ServiceOptions>): CompletionList | undefined {
    const format = formatOf(doc);
    const probe = format?.completionProbe?.(doc.getText(), doc.offsetAt(position));
    if (!format || !probe) return undefined;
    let policies: VirtualPolicy[];
    try {
      policies = format.extract(doc.uri, probe.text, config.context?.(doc.uri) ?? {}).policies;
    } catch {
      return undefined;
    }
    const { offset, length } = probe.placeholder;
    for (const [i, vp] of policies.entries()) {
      const node = vp.nodes.find((n) => (n.kind === 'scalar' || n.kind === 'key') && n.host.offset === offset && n.host.length === length);
      if (!node) continue;
      const vdoc = TextDocument.create(`${doc.uri}#completion-${i}`, 'iam-trust-policy', doc.version, vp.text);
      const inside = node.virtual.offset + (vp.text[node.virtual.offset] === '"' ? 1 : 0);
      const list = base.complete(vdoc, vdoc.positionAt(inside), withOwnAccounts(options, vp));
      const items: CompletionItem[] = [];
      for (const item of list.items) {
        if (item.kind === CompletionItemKind.Snippet || item.insertTextFormat === 2) continue;
        const r = renderedItem(vp, vdoc, item);
        if (!r || r.node.virtual.offset !== node.virtual.offset || r.node.virtual.length !== node.virtual.length) continue;
        const newText = `${probe.before}${r.rendered}${node.kind === 'key' ? probe.afterKey : ''}`;
        items.push({ ...item, filterText: r.rendered, textEdit: { range: { start: position, end: position }, newText }, additionalTextEdits: undefined });
      }
      return { isIncomplete: list.isIncomplete, items };
    }
    return undefined;
  }

  function hover(doc: TextDocument, position: Position, options?: Partial<ServiceOptions>, whyFrom?: 'compute' | 'cached'): Hover | null {
    const kind = kindOf(doc);
    if (kind === 'policy') return base.hover(doc, position, options, whyFrom);
    const hit = kind === 'host' ? at(doc, position) : undefined;
    if (!hit) return null;
    const h = base.hover(hit.e.doc, hit.position, withOwnAccounts(options, hit.e.policy), whyFrom);
    if (!h) return null;
    const contents = typeof h.contents === 'object' && 'kind' in h.contents ? { ...h.contents, value: ownAccountInWords(h.contents.value) } : h.contents;
    return { contents, ...(h.range ? { range: hostRange(doc, hit.e, h.range) } : {}) };
  }

  function codeLenses(doc: TextDocument, options?: Partial<ServiceOptions>): CodeLens[] {
    const kind = kindOf(doc);
    if (kind === 'policy') return base.codeLenses(doc, options);
    const lenses: CodeLens[] = [];
    for (const e of embedded(doc)) {
      for (const lens of base.codeLenses(e.doc, withOwnAccounts(options, e.policy))) {
        const r = hostRange(doc, e, lens.range);
        lenses.push({ ...lens, range: { start: r.start, end: r.start }, ...(lens.command ? { command: { ...lens.command, title: ownAccountInWords(lens.command.title) } } : {}) });
      }
    }
    return lenses;
  }

  const onlyPolicies = <T>(doc: TextDocument, empty: T, run: () => T): T => (kindOf(doc) === 'policy' ? run() : empty);

  return {
    ...base,
    kindOf,
    embedded,
    hostProblems: (doc) => (kindOf(doc) === 'host' ? extract(doc).problems : []),
    findings,
    validate,
    validateInSlices,
    codeActions,
    fixAll,
    complete,
    hover,
    codeLenses,
    // The host's own extension (YAML, Terraform) formats, folds and outlines host files.
    format: (doc, range, formatting) => onlyPolicies(doc, [], () => base.format(doc, range, formatting)),
    documentSymbols: (doc) => onlyPolicies(doc, [], () => base.documentSymbols(doc)),
    foldingRanges: (doc) => onlyPolicies(doc, [], () => base.foldingRanges(doc)),
    selectionRanges: (doc, positions) => onlyPolicies(doc, [], () => base.selectionRanges(doc, positions)),
  };
}

