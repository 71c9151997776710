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

const hosts: { name: string; write: (p: unknown) => string | undefined }[] = [
  { name: 'jsonencode', write: (p) => role(`jsonencode(${renderer.value(p, '  ') ?? 'null'})`) },
  { name: 'heredoc', write: (p) => role(`<<-EOF\n${escapeTemplate(JSON.stringify(p, null, 2)).replace(/^/gm, '    ')}\n  EOF`) },
  { name: 'quoted string', write: (p) => role(`"${escapeHcl(JSON.stringify(p))}"`) },
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
      const failures: string[] = [];
      for (const policy of seeds) {
        const plainText = JSON.stringify(policy, null, 2);
        const plain = plainDoc(plainText);
        const plainDiagnostics = baseService.validate(plain, OPTIONS);
        const text = host.write(policy);
        if (!text) continue;
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
            const fixedPlain = JSON.parse(TextDocument.applyEdits(plain, pa.edit?.changes?.[plain.uri] ?? [])) as unknown;
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
      assert.deepEqual(failures.slice(0, 5), [], `${failures.length} failures`);
      assert.ok(fixesChecked >= 50, `only ${fixesChecked} fixes checked`);
    });
  }
});
