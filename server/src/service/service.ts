// The trust-policy language service: pure functions over a text document, no LSP connection.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction, CodeActionKind, type CodeLens, CompletionList, Diagnostic, DiagnosticSeverity, DiagnosticTag, DocumentSymbol,
  FoldingRange, FormattingOptions, Hover, MarkupContent, MarkupKind, Position, Range, SelectionRange, TextEdit,
} from 'vscode-languageserver-types';
import { format as formatJson, type FormattingOptions as JsoncFormattingOptions } from 'jsonc-parser';
import type { ReferenceData } from '../data/types';
import { parseTrustPolicy, tooDeepSpans, type TrustPolicy } from './document';
import { DEFAULT_OPTIONS, type Rule, type ServiceOptions, type Severity, type OffsetEdit, type Fix } from './types';
import { allRules } from './rules';
import { DOCUMENT_TOO_LARGE, now, runRules, runRulesInSlices, type AnalyzeResult, type ResolvedFinding, type Slicing } from './analyze';
import { documentSymbols } from './symbols';
import { resolveSnippet } from './snippet';
import { foldingRanges, selectionRanges } from './structure';
import { doComplete } from './completion';
import { doHover } from './hover';
import { explainStatement } from './explain';
import { rulePageUri, ruleWhy } from './rule-docs';

export const DIAGNOSTIC_SOURCE = 'trust-policy';

export const lspSeverity: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface ServiceConfig {
  data: ReferenceData;
  rules?: readonly Rule[];
  /** Called once per rule and error kind when a rule throws; the rule's findings are dropped. */
  onRuleError?: (rule: Rule, error: unknown) => void;
  /**
   * Where the rule pages live: a URI ending in "/" under which `<rule-id>.md` is each rule's page (docs/rules/ of the
   * installed package). Diagnostics link there; without it (or for a rule without a page) they link to AWS docs.
   */
  docsBaseUri?: string;
}

export interface TrustPolicyService {
  /** The parsed model for this document version (cached). */
  parse(doc: TextDocument): TrustPolicy;
  findings(doc: TextDocument, options?: Partial<ServiceOptions>): ResolvedFinding[];
  validate(doc: TextDocument, options?: Partial<ServiceOptions>): Diagnostic[];
  /** validate() with pauses between rules (see Slicing); undefined when a pause said to stop. */
  validateInSlices(doc: TextDocument, options: Partial<ServiceOptions> | undefined, slicing: Slicing): Promise<Diagnostic[] | undefined>;
  /** Quick fixes for the given diagnostics; snippet fixes become LSP 3.18 snippet edits when `snippetEdits` is set. */
  codeActions(doc: TextDocument, range: Range, diagnostics: readonly Diagnostic[], options?: Partial<ServiceOptions>, snippetEdits?: boolean): CodeAction[];
  /** Edits of every preferred fix in the document that do not overlap each other. */
  fixAll(doc: TextDocument, options?: Partial<ServiceOptions>): TextEdit[];
  complete(doc: TextDocument, position: Position, options?: Partial<ServiceOptions>): CompletionList;
  /**
   * The hover at a position, with the "why" of each rule whose finding covers it. `whyFrom: 'cached'` takes the findings
   * only from an analysis that already ran on this text (the server, whose analysis of a new version may still be
   * running, so the hover answers at once); `'compute'` (the default) runs the rules when needed.
   */
  hover(doc: TextDocument, position: Position, options?: Partial<ServiceOptions>, whyFrom?: 'compute' | 'cached'): Hover | null;
  format(doc: TextDocument, range: Range | undefined, formatting: FormattingOptions): TextEdit[];
  documentSymbols(doc: TextDocument): DocumentSymbol[];
  /** One lens above each statement saying, in plain words, who it lets assume the role. */
  codeLenses(doc: TextDocument, options?: Partial<ServiceOptions>): CodeLens[];
  foldingRanges(doc: TextDocument): FoldingRange[];
  selectionRanges(doc: TextDocument, positions: readonly Position[]): SelectionRange[];
  /** The link for a rule's diagnostics: its page under docsBaseUri, else the rule's AWS documentation. */
  ruleDocsUri(rule: Pick<Rule, 'id' | 'docsUrl'>): string;
  readonly rules: readonly Rule[];
  readonly data: ReferenceData;
}

/** True when two ranges share a position (touching ends count). */
export function overlaps(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function withDefaults(options?: Partial<ServiceOptions>): ServiceOptions {
  return { ...DEFAULT_OPTIONS, ...options };
}

export function createTrustPolicyService(config: ServiceConfig): TrustPolicyService {
  const rules = config.rules ?? allRules;
  const data = config.data;
  const reported = new Set<string>();
  const onRuleError = (rule: Rule, error: unknown) => {
    const key = `${rule.id}:${String(error)}`;
    if (reported.has(key)) return;
    reported.add(key);
    config.onRuleError?.(rule, error);
  };
  // One parse per document version; keyed by uri so closed documents are simply overwritten.
  const cache = new Map<string, { version: number; text: string; policy: TrustPolicy }>();

  function parse(doc: TextDocument): TrustPolicy {
    const hit = cache.get(doc.uri);
    const text = doc.getText();
    // The model depends on the text alone: a new version with the same text (undo, a save) reuses it.
    if (hit && hit.text === text) {
      hit.version = doc.version;
      return hit.policy;
    }
    const policy = parseTrustPolicy(text);
    cache.set(doc.uri, { version: doc.version, text, policy });
    if (cache.size > 200) cache.delete(cache.keys().next().value as string);
    return policy;
  }

  // The analysis of each parsed model (one per document text) and options: diagnostics, then hovers and code
  // actions on the same version, reuse it instead of running every rule again. Kept as long as the model is.
  const analysed = new WeakMap<TrustPolicy, { options: string; findings: readonly ResolvedFinding[] }>();

  /** The findings of an analysis that already ran on this document's text with these options, if one did. */
  function cachedFindings(doc: TextDocument, opts: ServiceOptions): ResolvedFinding[] | undefined {
    const hit = analysed.get(parse(doc));
    return hit && hit.options === JSON.stringify(opts) ? [...hit.findings] : undefined;
  }

  function findings(doc: TextDocument, options?: Partial<ServiceOptions>): ResolvedFinding[] {
    const opts = withDefaults(options);
    const policy = parse(doc);
    const key = JSON.stringify(opts);
    const hit = analysed.get(policy);
    if (hit?.options === key) return [...hit.findings];
    const list = withSizeNote(doc, opts, runRules(rules, policy, data, opts, onRuleError));
    analysed.set(policy, { options: key, findings: list });
    return [...list];
  }

  function withSizeNote(doc: TextDocument, opts: ServiceOptions, result: AnalyzeResult): ResolvedFinding[] {
    if (result.structuralOnly && opts.ruleSeverities[DOCUMENT_TOO_LARGE] !== 'off') {
      const tooLarge: Rule = {
        id: DOCUMENT_TOO_LARGE, defaultSeverity: 'information', docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
        description: 'The document is larger than the configured analysis limit.', check: () => [],
      };
      result.findings.unshift({
        rule: tooLarge, severity: (opts.ruleSeverities[DOCUMENT_TOO_LARGE] as Severity | undefined) ?? 'information', offset: 0, length: 0,
        finding: { message: `This document has ${doc.getText().length} characters, more than the ${opts.maxDocumentSize} analysed in full; only structural checks ran.` },
      });
    }
    return result.findings;
  }

  function ruleDocsUri(rule: Pick<Rule, 'id' | 'docsUrl'>): string {
    return rulePageUri(config.docsBaseUri, rule.id) ?? rule.docsUrl;
  }

  /** The hover, with the "why" of each rule whose finding covers the position appended (one paragraph per rule). */
  function hover(doc: TextDocument, position: Position, options?: Partial<ServiceOptions>, whyFrom: 'compute' | 'cached' = 'compute'): Hover | null {
    const opts = withDefaults(options);
    const base = doHover(doc, parse(doc), position, data, opts);
    const offset = doc.offsetAt(position);
    // The character under the pointer: inside a finding's range (or at a zero-length finding).
    const covering = (whyFrom === 'cached' ? cachedFindings(doc, opts) ?? [] : findings(doc, opts)).filter((f) => f.offset <= offset && (offset < f.offset + f.length || (f.length === 0 && offset === f.offset)));
    const whys: string[] = [];
    const seen = new Set<string>();
    let first: ResolvedFinding | undefined;
    for (const f of covering) {
      const why = seen.has(f.rule.id) ? undefined : ruleWhy(f.rule.id);
      seen.add(f.rule.id);
      if (!why) continue;
      first ??= f;
      const page = rulePageUri(config.docsBaseUri, f.rule.id);
      whys.push(`**${f.rule.id}**: ${why}${page ? ` [More about ${f.rule.id}](${page})` : ''}`);
    }
    if (!first) return base;
    const value = [base && MarkupContent.is(base.contents) ? base.contents.value : undefined, ...whys].filter(Boolean).join('\n\n---\n\n');
    return { contents: { kind: MarkupKind.Markdown, value }, range: base?.range ?? toRange(doc, first.offset, first.length) };
  }

  function toRange(doc: TextDocument, offset: number, length: number): Range {
    return { start: doc.positionAt(offset), end: doc.positionAt(offset + length) };
  }

  function toDiagnostic(doc: TextDocument, f: ResolvedFinding): Diagnostic {
    const tags = f.finding.tags?.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
    return {
      range: toRange(doc, f.offset, f.length),
      severity: lspSeverity[f.severity],
      code: f.rule.id,
      codeDescription: { href: ruleDocsUri(f.rule) },
      source: DIAGNOSTIC_SOURCE,
      message: f.finding.message,
      ...(tags?.length ? { tags } : {}),
      data: { ruleId: f.rule.id, ...f.finding.data },
    };
  }

  function toTextEdits(doc: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] {
    return edits.map((e) => ({ range: toRange(doc, e.offset, e.length), newText: e.newText }));
  }

  function fixesFor(doc: TextDocument, f: ResolvedFinding, opts: ServiceOptions): Fix[] {
    if (!f.rule.fix) return [];
    try {
      return f.rule.fix(f.finding, { policy: parse(doc), data, options: opts });
    } catch (error) {
      onRuleError(f.rule, error);
      return [];
    }
  }

  function codeActions(doc: TextDocument, range: Range, diagnostics: readonly Diagnostic[], options?: Partial<ServiceOptions>, snippetEdits = false): CodeAction[] {
    const opts = withDefaults(options);
    const actions: CodeAction[] = [];
    const wanted = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
    if (wanted.length === 0) return actions;
    // Fixes are recomputed on the current text: a finding matches a diagnostic by rule id (code) and range.
    for (const f of findings(doc, opts)) {
      const fr = toRange(doc, f.offset, f.length);
      const diagnostic = wanted.find((d) => d.code === f.rule.id && d.range.start.line === fr.start.line && d.range.start.character === fr.start.character && d.range.end.line === fr.end.line && d.range.end.character === fr.end.character);
      if (!diagnostic || !overlaps(fr, range)) continue;
      for (const fix of fixesFor(doc, f, opts)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.isPreferred,
          edit: fix.snippet && snippetEdits
            ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: fix.edits.map((e) => ({ range: toRange(doc, e.offset, e.length), snippet: { kind: 'snippet' as const, value: e.newText } })) }] }
            : { changes: { [doc.uri]: toTextEdits(doc, fix.snippet ? fix.edits.map((e) => ({ ...e, newText: resolveSnippet(e.newText) })) : fix.edits) } },
        });
      }
    }
    return actions;
  }

  /** The preferred fixes of one pass: non-overlapping, snippets resolved to their defaults. */
  function preferredEdits(doc: TextDocument, opts: ServiceOptions): OffsetEdit[][] {
    const groups: OffsetEdit[][] = [];
    const chosen: OffsetEdit[] = [];
    for (const f of findings(doc, opts)) {
      const preferred = fixesFor(doc, f, opts).find((x) => x.isPreferred);
      if (!preferred) continue;
      const edits = preferred.snippet ? preferred.edits.map((e) => ({ ...e, newText: resolveSnippet(e.newText) })) : preferred.edits;
      const clash = edits.some((e) => chosen.some((c) => e.offset < c.offset + c.length + 1 && c.offset < e.offset + e.length + 1));
      if (clash) continue;
      chosen.push(...edits);
      groups.push([...edits]);
    }
    return groups;
  }

  /**
   * Applies preferred fixes in passes, re-analysing between passes (a fix can enable another, and two fixes
   * that are each right can clash, e.g. both create the same operator key). A pass whose combined result
   * breaks the document (a new JSON syntax error or duplicate key) is retried one fix at a time.
   * Returns one minimal edit.
   */
  function fixAll(doc: TextDocument, options?: Partial<ServiceOptions>): TextEdit[] {
    const opts = withDefaults(options);
    const original = doc.getText();
    const breaking = new Set(['json-syntax', 'duplicate-key']);
    const keyOf = (f: ResolvedFinding) => `${f.rule.id}|${f.finding.message}`;
    const seen = new Set(findings(doc, opts).map(keyOf));
    let current = doc;
    for (let pass = 0; pass < 10; pass++) {
      const groups = preferredEdits(current, opts);
      if (groups.length === 0) break;
      const apply = (edits: OffsetEdit[]) => TextDocument.applyEdits(current, toTextEdits(current, edits));
      const next = (text: string) => TextDocument.create(current.uri, current.languageId, current.version + 1, text);
      const introducesNew = (candidate: TextDocument) => findings(candidate, opts).some((f) => breaking.has(f.rule.id) && !seen.has(keyOf(f)));
      let candidate = next(apply(groups.flat()));
      if (introducesNew(candidate)) {
        const single = groups.map((g) => next(apply(g))).find((c) => !introducesNew(c));
        if (!single) break;
        candidate = single;
      }
      for (const f of findings(candidate, opts)) seen.add(keyOf(f));
      current = candidate;
    }
    const fixed = current.getText();
    if (fixed === original) return [];
    let prefix = 0;
    while (prefix < fixed.length && prefix < original.length && fixed[prefix] === original[prefix]) prefix++;
    let suffix = 0;
    while (suffix < fixed.length - prefix && suffix < original.length - prefix && fixed[fixed.length - 1 - suffix] === original[original.length - 1 - suffix]) suffix++;
    return [{ range: toRange(doc, prefix, original.length - prefix - suffix), newText: fixed.slice(prefix, fixed.length - suffix) }];
  }

  function format(doc: TextDocument, range: Range | undefined, formatting: FormattingOptions): TextEdit[] {
    const text = doc.getText();
    // Indenting thousands of nesting levels produces output quadratic in the depth; such a document is left as is.
    if (tooDeepSpans(text).length) return [];
    const jsoncOptions: JsoncFormattingOptions = { tabSize: formatting.tabSize, insertSpaces: formatting.insertSpaces, insertFinalNewline: formatting.insertFinalNewline, eol: text.includes('\r\n') ? '\r\n' : '\n' };
    const r = range ? { offset: doc.offsetAt(range.start), length: doc.offsetAt(range.end) - doc.offsetAt(range.start) } : undefined;
    return formatJson(text, r, jsoncOptions).map((e) => ({ range: toRange(doc, e.offset, e.length), newText: e.content }));
  }

  return {
    parse,
    findings,
    validate: (doc, options) => findings(doc, options).map((f) => toDiagnostic(doc, f)),
    async validateInSlices(doc, options, slicing) {
      const opts = withDefaults(options);
      const startedAt = now();
      const policy = parse(doc);
      const result = await runRulesInSlices(rules, policy, data, opts, onRuleError, slicing, startedAt);
      if (!result) return undefined;
      const list = withSizeNote(doc, opts, result);
      analysed.set(policy, { options: JSON.stringify(opts), findings: list });
      return list.map((f) => toDiagnostic(doc, f));
    },
    codeActions,
    fixAll,
    complete: (doc, position, options) => doComplete(doc, parse(doc), position, data, withDefaults(options)),
    hover,
    format,
    documentSymbols: (doc) => documentSymbols(doc, parse(doc)),
    codeLenses(doc, options) {
      const policy = parse(doc);
      const opts = withDefaults(options);
      if (policy.text.length > opts.maxDocumentSize) return [];
      return policy.statements.filter((st) => st.isObject).map((st) => {
        // The lens sits above the statement, so the "Statement N (Sid):" head the CLI prints is left out.
        const sentence = explainStatement(st, policy, data, opts).replace(/^Statement \d+(?: \([^)]*\))?: /, '');
        const title = sentence.length > 180 ? `${sentence.slice(0, 177)}...` : sentence;
        const start = doc.positionAt(st.node.offset);
        return { range: { start, end: start }, command: { title: `Who can assume: ${title}`, command: '' } };
      });
    },
    foldingRanges: (doc) => foldingRanges(doc),
    selectionRanges: (doc, positions) => selectionRanges(doc, parse(doc), positions),
    ruleDocsUri,
    rules,
    data,
  };
}
