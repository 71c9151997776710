// Editor knowledge for *.trust-tests.json: diagnostics, lenses and completion over a parsed test file (pure, no LSP connection).
import { getLocation, parseTree, findNodeAtOffset, type Node } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, DiagnosticSeverity, type CodeLens, type CompletionItem, type CompletionList, type Diagnostic, type Position } from 'vscode-languageserver-types';
import type { ReferenceData } from '../data/types';
import { type AccessTestFile, type CaseResult, tally } from './access-tests';
import { knowledgeFor } from './knowledge';
import { SHORTHANDS, SHORTHAND_FIELDS, statementLines } from './evaluate';
import { BUILT_IN_WEB_IDENTITY } from './principals';

export const ACCESS_TEST_SOURCE = 'trust-policy-tests';

const rangeOf = (doc: TextDocument, offset: number, length: number) => ({ start: doc.positionAt(offset), end: doc.positionAt(offset + length) });

function contextNode(c: CaseResult['case']): Node | undefined {
  const ctx = c.requestNode?.children?.find((p) => p.children?.[0]?.value === 'context')?.children?.[1];
  return ctx?.type === 'object' ? ctx : undefined;
}

/** Diagnostics of a test file: its own problems, bad requests, unknown keys, failing cases (with the explanation). */
export function accessTestDiagnostics(doc: TextDocument, file: AccessTestFile, results: readonly CaseResult[] | undefined, policyProblem: string | undefined, data: ReferenceData): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (offset: number, length: number, message: string, severity: DiagnosticSeverity, code: string) =>
    out.push({ range: rangeOf(doc, offset, length), message, severity, code, source: ACCESS_TEST_SOURCE });
  for (const p of file.problems) push(p.range.offset, p.range.length, p.message, DiagnosticSeverity.Error, 'test-file-shape');
  if (policyProblem) {
    const at = file.policy?.node ?? file.root;
    push(at?.offset ?? 0, at?.length ?? 0, policyProblem, DiagnosticSeverity.Error, 'test-policy-missing');
  }
  const knowledge = knowledgeFor(data);
  for (const c of file.cases) {
    const ctx = contextNode(c);
    for (const prop of ctx?.children ?? []) {
      const key = prop.children?.[0];
      if (key?.type === 'string' && !knowledge.conditionKey(key.value as string)) {
        push(key.offset, key.length, `"${key.value}" is not a condition key IAM sets in role assumption; a condition on it sees it only because this test gives it`, DiagnosticSeverity.Warning, 'test-unknown-key');
      }
    }
  }
  for (const c of file.cases) {
    // A service name that is well formed but not one we know is probably a typo; the test would still run with it.
    const req = c.requestNode;
    const field = (n: Node | undefined, key: string) => n?.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
    for (const v of [field(field(req, 'principal'), 'Service'), field(field(req, 'service'), 'name')]) {
      if (v?.type === 'string' && !knowledge.servicePrincipal(v.value as string)) {
        push(v.offset, v.length, `"${v.value}" is not a service principal we know; check the spelling (e.g. lambda.amazonaws.com)`, DiagnosticSeverity.Information, 'test-unknown-service');
      }
    }
  }
  for (const r of results ?? []) {
    const at = r.status === 'error' ? (r.case.requestNode ?? r.case.node) : (r.case.node.children?.find((p) => p.children?.[0]?.value === 'name')?.children?.[1] ?? r.case.node);
    if (r.status === 'error' && r.errors?.length) push(at.offset, at.length, `Bad request: ${r.errors.join('; ')}`, DiagnosticSeverity.Error, 'test-bad-request');
    if (r.status === 'fail' && r.result) {
      push(at.offset, at.length, `Access test fails: expected ${r.case.expect}, got ${r.result.decision}. ${r.result.summary}\n${statementLines(r.result).join('\n')}`, DiagnosticSeverity.Error, 'test-failed');
    }
  }
  return out;
}

/** A lens above each case (pass/fail) and one at the top with the tally. */
export function accessTestLenses(doc: TextDocument, file: AccessTestFile, results: readonly CaseResult[] | undefined, policyName: string | undefined): CodeLens[] {
  const lens = (offset: number, title: string): CodeLens => {
    const p = doc.positionAt(offset);
    return { range: { start: p, end: p }, command: { title, command: '' } };
  };
  if (!results) return [lens(file.root?.offset ?? 0, 'access tests: policy not found')];
  const t = tally(results);
  const lenses = [lens(file.root?.offset ?? 0, `access tests: ${t.text}${policyName ? ` against ${policyName}` : ''}`)];
  for (const r of results) {
    const title = r.status === 'pass' ? `✓ passes: ${r.result?.decision}` : r.status === 'fail' ? `✗ fails: expected ${r.case.expect}, got ${r.result?.decision}` : '⚠ cannot run: bad request';
    lenses.push(lens(r.case.node.offset, title));
  }
  return lenses;
}

const REQUEST_FIELDS = ['principal', 'action', 'context', ...SHORTHANDS];

/** Completion in a test file: file and case fields, request fields, shorthand fields, principals, actions, condition keys. */
export function accessTestCompletions(doc: TextDocument, position: Position, data: ReferenceData): CompletionList {
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  const loc = getLocation(text, offset);
  const path = loc.path;
  const root = parseTree(text);
  const node = root && findNodeAtOffset(root, offset, true);
  const replace = node && node.type === 'string' && node.offset < offset && offset <= node.offset + node.length ? rangeOf(doc, node.offset, node.length) : { start: position, end: position };
  const items: CompletionItem[] = [];
  const add = (label: string, kind: CompletionItemKind, detail?: string) => items.push({ label, kind, detail, textEdit: { range: replace, newText: JSON.stringify(label) }, filterText: JSON.stringify(label) });
  const inCase = path[0] === 'cases' && typeof path[1] === 'number';
  const rest = inCase ? path.slice(2) : [];
  if (loc.isAtPropertyKey) {
    if (path.length === 1) for (const f of ['policy', 'cases', 'description']) add(f, CompletionItemKind.Property);
    else if (inCase && rest.length === 1) for (const f of ['name', 'request', 'expect', 'description']) add(f, CompletionItemKind.Property);
    else if (inCase && rest[0] === 'request' && rest.length === 2) for (const f of REQUEST_FIELDS) add(f, CompletionItemKind.Property, (SHORTHANDS as readonly string[]).includes(f) ? 'shorthand' : undefined);
    else if (inCase && rest[0] === 'request' && rest[1] === 'context' && rest.length === 3) {
      for (const k of data.conditionKeys) if (!k.key.includes('${') && k.validInTrustPolicy) add(k.key, CompletionItemKind.Field, k.type);
    } else if (inCase && rest[0] === 'request' && (SHORTHANDS as readonly string[]).includes(String(rest[1])) && rest.length === 3) {
      for (const f of SHORTHAND_FIELDS[rest[1] as (typeof SHORTHANDS)[number]]) add(f, CompletionItemKind.Property);
    } else if (inCase && rest[0] === 'request' && rest[1] === 'principal' && rest.length === 3) for (const f of ['AWS', 'Service', 'Federated']) add(f, CompletionItemKind.Property);
    return { isIncomplete: false, items };
  }
  if (inCase && rest.length === 1 && rest[0] === 'expect') for (const v of ['allow', 'deny']) add(v, CompletionItemKind.EnumMember);
  if (inCase && rest[0] === 'request' && rest[1] === 'action') for (const a of data.trustActions.actions) add(a.action, CompletionItemKind.Function, a.description);
  if (inCase && rest[0] === 'request' && rest[1] === 'principal') {
    const kind = rest[2];
    if (kind === 'Service') for (const p of knowledgeFor(data).servicePrincipals) if (p.verified !== false) add(p.principal, CompletionItemKind.Value, p.service);
    if (kind === 'Federated') for (const h of [...BUILT_IN_WEB_IDENTITY, 'token.actions.githubusercontent.com', 'gitlab.com', 'app.terraform.io']) add(h, CompletionItemKind.Value);
    if (kind === undefined || kind === 'AWS') for (const v of ['arn:aws:iam::111122223333:role/NAME', 'arn:aws:sts::111122223333:assumed-role/NAME/SESSION', 'arn:aws:iam::111122223333:user/NAME', 'arn:aws:iam::111122223333:root']) add(v, CompletionItemKind.Value, 'replace the account and names');
  }
  return { isIncomplete: false, items };
}
