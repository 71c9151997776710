// Access-test files (*.trust-tests.json): parse them with their nodes, find their policy, run their cases (pure).
import { parseTree, getNodeValue, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ReferenceData } from '../data/types';
import type { TrustPolicy } from './document';
import { evaluateTrustPolicy, resolveRequest, type EvaluationResult, type ResolvedRequest } from './evaluate';
import type { OffsetRange } from './types';

export const ACCESS_TEST_SUFFIX = '.trust-tests.json';
const FILE_FIELDS = ['$schema', 'description', 'policy', 'cases'];
const CASE_FIELDS = ['name', 'request', 'expect', 'description'];

export function isAccessTestFile(pathOrUri: string): boolean {
  return pathOrUri.toLowerCase().endsWith(ACCESS_TEST_SUFFIX);
}

export interface AccessTestProblem {
  message: string;
  range: OffsetRange;
}

export interface AccessTestCase {
  index: number;
  node: Node;
  name: string;
  request?: unknown;
  requestNode?: Node;
  expect?: 'allow' | 'deny';
}

export interface AccessTestFile {
  root: Node | undefined;
  /** The `policy` field (a path relative to the test file), when given. */
  policy?: { value: string; node: Node };
  cases: AccessTestCase[];
  problems: AccessTestProblem[];
}

const range = (n: Node): OffsetRange => ({ offset: n.offset, length: n.length });
const child = (n: Node | undefined, key: string): { key: Node; value: Node | undefined } | undefined => {
  const prop = n?.children?.find((p) => p.children?.[0]?.value === key);
  return prop ? { key: prop.children![0], value: prop.children![1] } : undefined;
};

/** Reads a test file; never throws. Problems name the field that is wrong. */
export function parseAccessTests(text: string): AccessTestFile {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  const problems: AccessTestProblem[] = errors.slice(0, 20).map((e) => ({ message: `Not valid JSON: ${printParseErrorCode(e.error)}`, range: { offset: e.offset, length: e.length } }));
  const file: AccessTestFile = { root, cases: [], problems };
  if (!root || root.type !== 'object') {
    if (!errors.length) problems.push({ message: 'An access-test file is an object {"policy": ..., "cases": [...]}', range: root ? range(root) : { offset: 0, length: 0 } });
    return file;
  }
  for (const p of root.children ?? []) {
    const key = p.children?.[0];
    if (key && !FILE_FIELDS.includes(key.value as string)) problems.push({ message: `Unknown field "${key.value}"; an access-test file has ${FILE_FIELDS.slice(1).join(', ')}`, range: range(key) });
  }
  const policy = child(root, 'policy');
  if (policy) {
    if (policy.value?.type === 'string' && (policy.value.value as string).trim()) file.policy = { value: policy.value.value as string, node: policy.value };
    else problems.push({ message: '"policy" is the path of the trust policy, relative to this file', range: range(policy.value ?? policy.key) });
  }
  const cases = child(root, 'cases');
  if (!cases || cases.value?.type !== 'array') {
    problems.push({ message: '"cases" must be a list of {"name", "request", "expect"}', range: range(cases?.value ?? cases?.key ?? root) });
    return file;
  }
  (cases.value.children ?? []).forEach((node, index) => {
    if (node.type !== 'object') {
      problems.push({ message: 'A case is an object {"name", "request", "expect"}', range: range(node) });
      return;
    }
    const name = child(node, 'name');
    const request = child(node, 'request');
    const expect = child(node, 'expect');
    const c: AccessTestCase = { index, node, name: name?.value?.type === 'string' ? (name.value.value as string) : `case ${index + 1}` };
    for (const p of node.children ?? []) {
      const key = p.children?.[0];
      if (key && !CASE_FIELDS.includes(key.value as string)) problems.push({ message: `Unknown case field "${key.value}"; a case has name, request and expect`, range: range(key) });
    }
    if (name && name.value?.type !== 'string') problems.push({ message: '"name" must be a string', range: range(name.value ?? name.key) });
    if (!request?.value) problems.push({ message: `${c.name}: "request" is missing`, range: range(node) });
    else {
      c.request = getNodeValue(request.value);
      c.requestNode = request.value;
    }
    const ev = expect?.value?.type === 'string' ? (expect.value.value as string) : undefined;
    if (ev === 'allow' || ev === 'deny') c.expect = ev;
    else problems.push({ message: `${c.name}: "expect" must be "allow" or "deny"`, range: range(expect?.value ?? node) });
    file.cases.push(c);
  });
  return file;
}

export type CaseStatus = 'pass' | 'fail' | 'error';

export interface CaseResult {
  case: AccessTestCase;
  status: CaseStatus;
  /** One line: the outcome and, for a failure, what decided it. */
  message: string;
  /** For errors in the request: each problem. */
  errors?: string[];
  resolved?: ResolvedRequest;
  result?: EvaluationResult;
}

/** Why the decision came out as it did: the deciding statement, or each statement's first failure. */
export function explainDecision(result: EvaluationResult): string {
  if (result.reason !== 'implicit-deny') return result.summary;
  const why = result.statements.filter((s) => s.effect === 'Allow' || !s.effect).map((s) => `statement ${s.index + 1}${s.sid ? ` (${s.sid})` : ''}: ${s.failure}`);
  return `${result.summary} ${why.join('; ')}`.trim();
}

/** Runs every case of a test file against a policy model. */
export function runAccessTests(file: AccessTestFile, policy: TrustPolicy, data: ReferenceData): CaseResult[] {
  return file.cases.map((c) => {
    if (c.request === undefined || !c.expect) return { case: c, status: 'error', message: `${c.name}: the case is incomplete`, errors: [] };
    const resolved = resolveRequest(c.request);
    if (!resolved.ok) return { case: c, status: 'error', message: `${c.name}: bad request: ${resolved.errors.join('; ')}`, errors: resolved.errors };
    const result = evaluateTrustPolicy(policy, resolved.value.request, data);
    const pass = result.decision === c.expect;
    const message = pass ? `${c.name}: ${result.decision} as expected` : `${c.name}: expected ${c.expect}, got ${result.decision}. ${explainDecision(result)}`;
    return { case: c, status: pass ? 'pass' : 'fail', message, resolved: resolved.value, result };
  });
}

/** Joins a relative path onto the folder of a file path or URI (forward slashes; `..` and `.` resolved). */
export function siblingPath(fileOrUri: string, relative: string): string {
  if (relative.startsWith('/') || /^[a-z]:[\\/]/i.test(relative)) return relative;
  const slash = fileOrUri.replace(/\\/g, '/');
  const base = slash.slice(0, slash.lastIndexOf('/') + 1);
  const prefixMatch = /^([a-z][a-z0-9+.-]*:\/\/[^/]*|[a-z]:)?/i.exec(base);
  const prefix = prefixMatch?.[0] ?? '';
  const parts = (base.slice(prefix.length) + relative.replace(/\\/g, '/')).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return prefix + out.join('/').replace(/\/{2,}/g, '/');
}

/** Where a test file's policy may be: its `policy` field, else NAME.json (or NAME.trust.json) beside NAME.trust-tests.json. */
export function policyCandidates(testFile: string, policyField: string | undefined): string[] {
  if (policyField) return [siblingPath(testFile, policyField)];
  const base = testFile.slice(0, -ACCESS_TEST_SUFFIX.length);
  return [`${base}.json`, `${base}.trust.json`];
}

/** The test-file names that sit beside a policy by naming convention. */
export function testFileCandidates(policyFile: string): string[] {
  const base = policyFile.replace(/\.json$/i, '');
  const out = [`${base}${ACCESS_TEST_SUFFIX}`];
  if (/\.trust$/i.test(base)) out.push(`${base.replace(/\.trust$/i, '')}${ACCESS_TEST_SUFFIX}`);
  return out;
}

/** A pass/fail tally: "5 passed, 1 failed" (errors count as failures and are named). */
export function tally(results: readonly CaseResult[]): { passed: number; failed: number; errors: number; text: string } {
  const passed = results.filter((r) => r.status === 'pass').length;
  const errors = results.filter((r) => r.status === 'error').length;
  const failed = results.length - passed;
  return { passed, failed, errors, text: `${passed} passed, ${failed} failed${errors ? ` (${errors} with errors)` : ''}` };
}
