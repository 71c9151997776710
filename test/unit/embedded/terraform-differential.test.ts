// Every seed policy written into Terraform (jsonencode object syntax, a heredoc, a quoted string, a policy document):
// the host finds what the plain policy finds, and every fix the plain policy offers is offered in the host (or, for a
// policy document, deliberately not), keeps the file parseable, and changes the policy as it changes the plain one.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseTree } from 'jsonc-parser';
import { allSeeds } from '../robustness/corpus';
import { createHostAwareService } from '../../../server/src/service/embedded/host-service';
import { terraformFormat } from '../../../server/src/service/embedded/terraform';
import { escapeHcl, escapeTemplate, HclRenderer } from '../../../server/src/service/embedded/terraform-render';
import { doc as plainDoc, service as baseService } from '../../support/fixture';
import { hclSyntaxErrors, loadTerraform } from './terraform-support';

const OPTIONS = { accounts: ['111122223333'] };
const service = createHostAwareService(baseService, [terraformFormat]);
const renderer = new HclRenderer({ substitutions: new Map(), scalarTexts: new Set() });

/** Seeds that are one plain JSON object without duplicate keys. */
function plainSeeds(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const text of allSeeds()) {
    const errors: never[] = [];
    const root = parseTree(text, errors, { disallowComments: true });
    if (errors.length || root?.type !== 'object') continue;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(text) as Record<string, unknown>;
    } catch {
      continue;
    }
    const key = JSON.stringify(value);
    // duplicate keys: JSON.parse keeps one, the text has two
    if (seen.has(key) || baseService.findings(plainDoc(text)).some((f) => f.rule.id === 'duplicate-key')) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

const role = (policy: string) => `resource "aws_iam_role" "seed" {\n  name = "seed"\n  assume_role_policy = ${policy}\n}\n`;

const STATEMENT_KEYS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition'];
const strings = (v: unknown): string[] | undefined => (typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The policy as Terraform renders an aws_iam_policy_document written from it (lists as arrays, defaults filled in),
 * or undefined when a policy document cannot express it.
 */
function asPolicyDocument(policy: unknown): Record<string, unknown> | undefined {
  if (!isObject(policy) || Object.keys(policy).some((k) => !['Version', 'Id', 'Statement'].includes(k))) return undefined;
  if ((policy.Version !== undefined && typeof policy.Version !== 'string') || (policy.Id !== undefined && typeof policy.Id !== 'string')) return undefined;
  const statements = Array.isArray(policy.Statement) ? policy.Statement : isObject(policy.Statement) ? [policy.Statement] : undefined;
  if (!statements?.length) return undefined;
  const out: Record<string, unknown>[] = [];
  for (const statement of statements) {
    if (!isObject(statement) || Object.keys(statement).some((k) => !STATEMENT_KEYS.includes(k))) return undefined;
    const rendered: Record<string, unknown> = {};
    for (const key of STATEMENT_KEYS) {
      const value = key === 'Effect' ? (statement.Effect ?? 'Allow') : statement[key];
      if (value === undefined) continue;
      if (key === 'Sid' || key === 'Effect') {
        if (typeof value !== 'string') return undefined;
        rendered[key] = value;
      } else if (key === 'Principal' || key === 'NotPrincipal') {
        if (value === '*') rendered[key] = '*';
        else if (isObject(value) && Object.keys(value).length && Object.values(value).every((v) => strings(v))) rendered[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strings(v)]));
        else return undefined;
      } else if (key === 'Condition') {
        if (!isObject(value) || !Object.keys(value).length) return undefined;
        const operators: Record<string, unknown> = {};
        for (const [operator, keys] of Object.entries(value)) {
          if (!isObject(keys) || !Object.keys(keys).length) return undefined;
          const values = Object.entries(keys).map(([k, v]) => [k, typeof v === 'boolean' || typeof v === 'number' ? [String(v)] : strings(v)]);
          if (values.some(([, v]) => !v)) return undefined;
          operators[operator] = Object.fromEntries(values);
        }
        rendered[key] = operators;
      } else {
        const list = strings(value);
        if (!list) return undefined;
        rendered[key] = list;
      }
    }
    out.push(rendered);
  }
  return { Version: policy.Version ?? '2012-10-17', ...(policy.Id !== undefined ? { Id: policy.Id } : {}), Statement: out };
}

function writePolicyDocument(policy: unknown): string | undefined {
  if (!isObject(policy) || !asPolicyDocument(policy)) return undefined;
  const statements = (Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]).map((s) => renderer.statement(s, '  '));
  if (statements.some((s) => s === undefined)) return undefined;
  const head = [policy.Version !== undefined ? `  version = ${renderer.string(String(policy.Version))}` : '', policy.Id !== undefined ? `  policy_id = ${renderer.string(String(policy.Id))}` : ''].filter(Boolean);
  return `${role('data.aws_iam_policy_document.seed.json')}\ndata "aws_iam_policy_document" "seed" {\n${[...head, ...statements.map((s) => `  ${s}`)].join('\n')}\n}\n`;
}

const hosts: { name: string; write: (p: unknown) => string | undefined; expected: (p: unknown) => unknown; fixesMayBeMissing?: boolean }[] = [
  { name: 'jsonencode', write: (p) => role(`jsonencode(${renderer.value(p, '  ') ?? 'null'})`), expected: (p) => p },
  { name: 'heredoc', write: (p) => role(`<<-EOF\n${escapeTemplate(JSON.stringify(p, null, 2)).replace(/^/gm, '    ')}\n  EOF`), expected: (p) => p },
  { name: 'quoted string', write: (p) => role(`"${escapeHcl(JSON.stringify(p))}"`), expected: (p) => p },
  // Some fixes have no policy-document form (renaming a key, a string where Terraform writes a list): not offered.
  { name: 'policy document', write: writePolicyDocument, expected: asPolicyDocument, fixesMayBeMissing: true },
];

const ids = (list: { code?: string | number }[]) => list.map((d) => String(d.code)).sort();
let counter = 0;
const tfDoc = (text: string) => TextDocument.create(`file:///seeds/${++counter}/main.tf`, 'terraform', 1, text);

function policyOfHost(text: string): unknown {
  const [e] = service.embedded(tfDoc(text));
  assert.ok(e, 'the file still holds the policy');
  return JSON.parse(e.policy.text);
}

describe('terraform: the host finds and fixes what plain policies do', function () {
  this.timeout(300_000);
  before(loadTerraform);
  const seeds = plainSeeds();

  it('has a corpus worth the name', () => {
    assert.ok(seeds.length >= 100, `only ${seeds.length} seeds`);
  });

  for (const host of hosts) {
    it(`${host.name}: same findings, every fix offered, parseable and equal after each fix`, () => {
      let fixesChecked = 0;
      let fixesMissing = 0;
      let written = 0;
      const failures: string[] = [];
      for (const seed of seeds) {
        const policy = host.expected(seed);
        if (policy === undefined) continue;
        const plainText = JSON.stringify(policy, null, 2);
        const plain = plainDoc(plainText);
        const plainDiagnostics = baseService.validate(plain, OPTIONS);
        const text = host.write(seed);
        if (!text) continue;
        written++;
        const doc = tfDoc(text);
        assert.deepEqual(hclSyntaxErrors(text), [], text);
        const hostDiagnostics = service.validate(doc, OPTIONS);
        if (ids(plainDiagnostics).join() !== ids(hostDiagnostics).join()) {
          failures.push(`findings differ for ${plainText.slice(0, 200)}\n  plain: ${ids(plainDiagnostics)}\n  host:  ${ids(hostDiagnostics)}`);
          continue;
        }
        const policyRange = service.embedded(doc)[0].policy.hostRange;
        for (const d of hostDiagnostics) {
          const start = doc.offsetAt(d.range.start);
          const end = doc.offsetAt(d.range.end);
          if (start < policyRange.offset || end > policyRange.offset + policyRange.length) failures.push(`${d.code} lies outside the policy in ${host.name}`);
        }
        for (const pd of plainDiagnostics) {
          const plainActions = baseService.codeActions(plain, pd.range, [pd], OPTIONS, false);
          if (!plainActions.length) continue;
          const nth = plainDiagnostics.filter((p) => p.code === pd.code).indexOf(pd);
          const hd = hostDiagnostics.filter((h) => h.code === pd.code)[nth];
          const hostActions = service.codeActions(doc, hd.range, [hd], OPTIONS, false);
          for (const pa of plainActions) {
            const ha = hostActions.find((a) => a.title === pa.title);
            if (!ha && host.fixesMayBeMissing) {
              fixesMissing++;
              if (process.env.DEBUG_HOST) console.log(`MISSING ${pd.code}: ${pa.title}\n${text}`);
              continue;
            }
            if (!ha) {
              failures.push(`fix "${pa.title}" (${pd.code}) not offered in ${host.name} for ${plainText.slice(0, 300)}`);
              continue;
            }
            const fixedHost = TextDocument.applyEdits(doc, ha.edit?.changes?.[doc.uri] ?? []);
            const errors = hclSyntaxErrors(fixedHost);
            if (errors.length) {
              failures.push(`fix "${pa.title}" breaks the ${host.name}: ${errors[0]}\n${fixedHost}`);
              continue;
            }
            const fixedPlain = host.expected(JSON.parse(TextDocument.applyEdits(plain, pa.edit?.changes?.[plain.uri] ?? [])));
            try {
              assert.deepEqual(policyOfHost(fixedHost), fixedPlain);
            } catch {
              failures.push(`fix "${pa.title}" changes the ${host.name} policy differently: expected ${JSON.stringify(fixedPlain)} got ${JSON.stringify(policyOfHost(fixedHost))}`);
            }
            fixesChecked++;
          }
        }
      }
      if (process.env.DEBUG_HOST) for (const f of failures) console.log('FAIL', f.split('\n')[0]);
      if (process.env.DEBUG_HOST) console.log(`${host.name}: ${written} policies, ${fixesChecked} fixes checked, ${fixesMissing} not offered`);
      assert.deepEqual(failures.slice(0, 5), [], `${failures.length} failures`);
      assert.ok(written >= 40, `only ${written} policies written`);
      assert.ok(fixesChecked >= 40, `only ${fixesChecked} fixes checked`);
    });
  }
});
