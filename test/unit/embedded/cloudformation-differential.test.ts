// Every seed policy written into templates (YAML block, YAML flow, JSON): the host finds what the plain policy
// finds, and every fix the plain policy offers is offered in the host, keeps the file readable, and changes the
// policy exactly as it changes the plain one.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseTree } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { allSeeds } from '../robustness/corpus';
import { looksLikeTemplate } from '../../../server/src/service/embedded';
import { doc as plainDoc, service as baseService } from '../../support/fixture';
import { hostDoc, hostService, jsonTemplate, jsonTemplateString, stringScalars, yamlBlock, yamlFlow, yamlJsonBlock, yamlJsonQuoted } from './host-support';

const OPTIONS = { accounts: ['111122223333'] };

/** Seeds that are one plain JSON object without duplicate keys (comments and syntax errors do not survive a template). */
function plainSeeds(): unknown[] {
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (const text of allSeeds()) {
    const errors: never[] = [];
    const root = parseTree(text, errors, { disallowComments: true });
    if (errors.length || root?.type !== 'object' || looksLikeTemplate(text)) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    const normal = stringScalars(value);
    const key = JSON.stringify(normal);
    if (JSON.stringify(value).length !== JSON.stringify(JSON.parse(text)).length || seen.has(key)) continue;
    // duplicate keys: JSON.parse keeps one, the text has two
    const dup = /"([^"]+)"\s*:[\s\S]*"\1"\s*:/.test(text) && baseService.findings(plainDoc(text)).some((f) => f.rule.id === 'duplicate-key');
    if (dup) continue;
    seen.add(key);
    out.push(normal);
  }
  return out;
}

/** `json`: the policy is a JSON string in the template, so its numbers and booleans stay what they are. */
const hosts: { name: string; ext: 'yaml' | 'json'; write: (p: unknown) => string; json?: boolean }[] = [
  { name: 'YAML block', ext: 'yaml', write: yamlBlock },
  { name: 'YAML flow', ext: 'yaml', write: yamlFlow },
  { name: 'JSON template', ext: 'json', write: jsonTemplate },
  { name: 'YAML literal block holding JSON', ext: 'yaml', write: yamlJsonBlock, json: true },
  { name: 'YAML single-quoted JSON string', ext: 'yaml', write: yamlJsonQuoted, json: true },
  { name: 'JSON template with a JSON string', ext: 'json', write: jsonTemplateString, json: true },
];

const ids = (list: { code?: string | number }[]) => list.map((d) => String(d.code)).sort();

function policyOfHost(text: string, ext: 'yaml' | 'json'): unknown {
  const d = hostDoc(text, ext);
  const [e] = hostService.embedded(d);
  assert.ok(e, 'the template still holds the policy');
  return JSON.parse(e.policy.text);
}

describe('embedded policies: templates find and fix what plain policies do', function () {
  this.timeout(120_000);
  const seeds = plainSeeds();

  it('has a corpus worth the name', () => {
    assert.ok(seeds.length >= 100, `only ${seeds.length} seeds`);
  });

  for (const host of hosts) {
    it(`${host.name}: same findings, every fix offered, readable and equal after each fix`, () => {
      let fixesChecked = 0;
      const failures: string[] = [];
      for (const policy of seeds) {
        const plainText = JSON.stringify(policy, null, 2);
        const plain = plainDoc(plainText);
        const plainDiagnostics = baseService.validate(plain, OPTIONS);
        const text = host.write(policy);
        const doc = hostDoc(text, host.ext);
        const hostDiagnostics = hostService.validate(doc, OPTIONS);
        if (ids(plainDiagnostics).join() !== ids(hostDiagnostics).join()) {
          failures.push(`findings differ for ${plainText.slice(0, 200)}\n  plain: ${ids(plainDiagnostics)}\n  host:  ${ids(hostDiagnostics)}`);
          continue;
        }
        const policyRange = hostService.embedded(doc)[0].policy.hostRange;
        for (const d of hostDiagnostics) {
          const start = doc.offsetAt(d.range.start);
          const end = doc.offsetAt(d.range.end);
          if (start < policyRange.offset || end > policyRange.offset + policyRange.length) failures.push(`${d.code} lies outside the policy in ${host.name}`);
        }
        for (const pd of plainDiagnostics) {
          const plainActions = baseService.codeActions(plain, pd.range, [pd], OPTIONS, false);
          if (!plainActions.length) continue;
          // The n-th finding of a rule in the plain policy is the n-th in the host (the map keeps the order).
          const nth = plainDiagnostics.filter((p) => p.code === pd.code).indexOf(pd);
          const hd = hostDiagnostics.filter((h) => h.code === pd.code)[nth];
          const hostActions = hostService.codeActions(doc, hd.range, [hd], OPTIONS, false);
          for (const pa of plainActions) {
            const ha = hostActions.find((a) => a.title === pa.title);
            if (!ha) {
              failures.push(`fix "${pa.title}" (${pd.code}) not offered in ${host.name} for ${plainText.slice(0, 300)}`);
              continue;
            }
            const fixedHost = TextDocument.applyEdits(doc, ha.edit?.changes?.[doc.uri] ?? []);
            const parsed = parseDocument(fixedHost, { uniqueKeys: false });
            if (parsed.errors.length) {
              failures.push(`fix "${pa.title}" breaks the ${host.name}: ${parsed.errors[0].message}\n${fixedHost}`);
              continue;
            }
            const fixedPlain = JSON.parse(TextDocument.applyEdits(plain, pa.edit?.changes?.[plain.uri] ?? []));
            const expected = host.json ? fixedPlain : stringScalars(fixedPlain);
            try {
              assert.deepEqual(policyOfHost(fixedHost, host.ext), expected);
            } catch {
              failures.push(`fix "${pa.title}" changes the ${host.name} policy differently: expected ${JSON.stringify(expected)} got ${JSON.stringify(policyOfHost(fixedHost, host.ext))}`);
            }
            fixesChecked++;
          }
        }
      }
      if (process.env.DEBUG_HOST) for (const f of failures) console.log("FAIL", f.split("\n")[0]);
      assert.deepEqual(failures.slice(0, 5), [], `${failures.length} failures`);
      assert.ok(fixesChecked >= 50, `only ${fixesChecked} fixes checked`);
    });
  }
});
