// Text fixtures with markers: `|` cursors and `^^^ rule-id` diagnostic annotations under the text they point at.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createTrustPolicyService, type TrustPolicyService } from '../../server/src/service';
import { bundledReferenceData } from '../../server/src/data';
import type { ServiceOptions, Severity } from '../../server/src/service/types';

export const service: TrustPolicyService = createTrustPolicyService({
  data: bundledReferenceData,
  onRuleError: (rule, error) => { throw new Error(`rule ${rule.id} threw: ${String(error)}`); },
});

let counter = 0;
export function doc(text: string): TextDocument {
  return TextDocument.create(`file:///fixture-${++counter}.trust.json`, 'iam-trust-policy', 1, text);
}

export interface Expected {
  ruleId: string;
  severity?: Severity;
  line: number;
  start: number;
  /** undefined when only the start is asserted (`^...`) */
  end?: number;
  /** zero-length diagnostics are marked with a single caret */
  single: boolean;
}

const ANNOTATION = /^(\s*(?:\/\/\s*)?)(\^+)(\.\.\.)?\s+([a-z0-9-]+)(?::(error|warning|information|hint))?\s*$/;

/** Splits a fixture into the policy text and the expected diagnostics. */
export function parseAnnotated(fixture: string): { text: string; expected: Expected[] } {
  const lines = fixture.replace(/^\n/, '').split('\n');
  const code: string[] = [];
  const expected: Expected[] = [];
  for (const line of lines) {
    const m = ANNOTATION.exec(line);
    if (m && code.length > 0) {
      const start = m[1].length;
      const carets = m[2].length;
      expected.push({ ruleId: m[4], severity: m[5] as Severity | undefined, line: code.length - 1, start, end: m[3] ? undefined : start + carets, single: carets === 1 });
    } else code.push(line);
  }
  return { text: code.join('\n'), expected };
}

function describe(d: { ruleId: string; line: number; start: number; end?: number; severity?: string; message?: string }): string {
  return `${d.ruleId}${d.severity ? `:${d.severity}` : ''} at ${d.line + 1}:${d.start + 1}${d.end !== undefined ? `-${d.end + 1}` : ''}${d.message ? ` "${d.message}"` : ''}`;
}

const severityName: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function matches(e: Expected, d: Diagnostic): boolean {
  if (d.code !== e.ruleId || d.range.start.line !== e.line || d.range.start.character !== e.start) return false;
  if (e.severity && severityName[d.severity ?? 1] !== e.severity) return false;
  if (e.end === undefined) return true;
  const empty = d.range.start.line === d.range.end.line && d.range.start.character === d.range.end.character;
  if (empty) return e.single;
  return d.range.end.line === e.line && d.range.end.character === e.end;
}

/**
 * Asserts that the diagnostics of the given rules are exactly the annotated ones (compared as sets).
 * False negatives (expected, not reported) and false positives (reported, not expected) are listed separately.
 */
export function checkDiagnostics(
  fixture: string,
  rules: string | readonly string[],
  options?: Partial<ServiceOptions>,
  validate: (text: string, options?: Partial<ServiceOptions>) => Diagnostic[] = (text, o) => service.validate(doc(text), o),
): Diagnostic[] {
  const ids = typeof rules === 'string' ? [rules] : rules;
  const { text, expected } = parseAnnotated(fixture);
  const wanted = expected.filter((e) => ids.includes(e.ruleId));
  const actual = validate(text, options).filter((d) => ids.includes(String(d.code)));
  const unmatched = [...actual];
  const falseNegatives: Expected[] = [];
  for (const e of wanted) {
    const i = unmatched.findIndex((d) => matches(e, d));
    if (i >= 0) unmatched.splice(i, 1);
    else falseNegatives.push(e);
  }
  const problems: string[] = [];
  if (falseNegatives.length) problems.push(`false negatives (expected, not reported):\n  ${falseNegatives.map(describe).join('\n  ')}`);
  if (unmatched.length) {
    problems.push(`false positives (reported, not expected):\n  ${unmatched.map((d) => describe({ ruleId: String(d.code), line: d.range.start.line, start: d.range.start.character, end: d.range.end.line === d.range.start.line ? d.range.end.character : undefined, severity: severityName[d.severity ?? 1], message: typeof d.message === 'string' ? d.message : d.message.value })).join('\n  ')}`);
  }
  if (problems.length) assert.fail(`${problems.join('\n')}\n--- text ---\n${text}`);
  return actual;
}

/** Finds the `|` markers: one gives a cursor offset, two give a range. Returns the text without them. */
export function extractCursor(fixture: string): { text: string; offset: number; end?: number } {
  const first = fixture.indexOf('|');
  assert.ok(first >= 0, 'fixture has no | cursor marker');
  const rest = fixture.slice(0, first) + fixture.slice(first + 1);
  const second = rest.indexOf('|', first);
  if (second < 0) return { text: rest, offset: first };
  return { text: rest.slice(0, second) + rest.slice(second + 1), offset: first, end: second };
}

/**
 * Applies the fix titled `title` (or the preferred one) for the first finding of `ruleId`, then re-runs
 * the rules: asserts the finding is gone and that no new finding appeared. Returns the fixed text.
 */
export function applyFix(text: string, ruleId: string, title?: string | RegExp, options?: Partial<ServiceOptions>): string {
  const d = doc(text);
  const before = service.validate(d, options);
  const target = before.find((x) => x.code === ruleId);
  assert.ok(target, `no ${ruleId} finding to fix in:\n${text}`);
  const actions = service.codeActions(d, target.range, [target], options);
  const action = actions.find((a) => (title === undefined ? a.isPreferred : typeof title === 'string' ? a.title === title : title.test(a.title))) ?? (title === undefined ? actions[0] : undefined);
  assert.ok(action, `no fix ${String(title ?? '(preferred)')} for ${ruleId}; offered: ${actions.map((a) => a.title).join(', ') || 'none'}`);
  const edits = action.edit?.changes?.[d.uri] ?? [];
  const fixed = TextDocument.applyEdits(d, edits);
  const after = service.validate(doc(fixed), options);
  const key = (x: Diagnostic) => `${String(x.code)}|${x.message}`;
  assert.ok(after.filter((x) => x.code === ruleId).length < before.filter((x) => x.code === ruleId).length, `fix "${action.title}" did not remove the ${ruleId} finding:\n${fixed}`);
  const beforeKeys = new Set(before.map(key));
  const added = after.filter((x) => !beforeKeys.has(key(x)));
  assert.deepEqual(added.map(key), [], `fix "${action.title}" introduced new findings:\n${fixed}`);
  return fixed;
}
