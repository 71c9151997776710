// Terraform variables: `var.x` reads as the variable's plain literal default, unless a variable definitions file that
// Terraform loads by itself (terraform.tfvars, *.auto.tfvars, and their .json) assigns it; anything else is unknown.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHostAwareService } from '../../../server/src/service/embedded/host-service';
import { terraformFormat } from '../../../server/src/service/embedded/terraform';
import type { VirtualPolicy } from '../../../server/src/service/embedded/types';
import { readFolderSiblings } from '../../../server/src/siblings-node';
import { translateEdits } from '../../../server/src/service/embedded/translate';
import { service as baseService } from '../../support/fixture';
import { fixture, hostText, loadTerraform, mappedAt, unknownTexts } from './terraform-support';

type File = { uri: string; text: string };
const dir = 'file:///work/vars';
const main: File = { uri: `${dir}/main.tf`, text: fixture('variables/main.tf') };
const variables: File = { uri: `${dir}/variables.tf`, text: fixture('variables/variables.tf') };
const file = (name: string, text: string): File => ({ uri: `${dir}/${name}`, text });

let files: File[] = [];
const service = createHostAwareService(baseService, [terraformFormat], { context: () => ({ siblings: () => files, stamp: () => JSON.stringify(files) }) });

function policies(extra: File[] = []): Map<string, VirtualPolicy> {
  files = [main, variables, ...extra];
  const { policies: found, problems } = terraformFormat.extract(main.uri, main.text, { siblings: () => files });
  assert.deepEqual(problems, []);
  return new Map(found.map((p) => [p.name.replace('aws_iam_role.', ''), p]));
}
const principal = (policy: VirtualPolicy | undefined) => (JSON.parse(policy?.text ?? '{}') as { Statement: { Principal: { AWS: unknown } }[] }).Statement[0].Principal.AWS;

function findings(extra: File[] = []): { code: string; at: string }[] {
  files = [main, variables, ...extra];
  const doc = TextDocument.create(main.uri, 'terraform', 1, main.text);
  return service.validate(doc).map((d) => ({ code: String(d.code), at: doc.getText().slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)) }));
}
const codesAt = (got: { code: string; at: string }[], at: string) => got.filter((f) => f.at === at).map((f) => f.code).sort();

describe('terraform: variable defaults and .tfvars files', () => {
  before(loadTerraform);

  it('reads var.x as its literal default (string, number, bool, list), also inside interpolation and from a sibling file', () => {
    const found = policies();
    const open = found.get('open');
    assert.equal(principal(open), '*');
    assert.deepEqual(JSON.parse(open?.text ?? '{}').Statement[0].Condition, { Bool: { 'aws:MultiFactorAuthPresent': true } });
    assert.deepEqual(open?.unknowns, []);
    assert.equal(hostText(main.text, mappedAt(open as VirtualPolicy, ['Statement', 0, 'Principal', 'AWS'])), 'var.trusted_principal');
    // A list default (with a validation block) in a policy document: each value maps to the variable.
    const ci = found.get('ci') as VirtualPolicy;
    assert.deepEqual(principal(ci), ['111122223333', '444455556666']);
    assert.equal(hostText(main.text, mappedAt(ci, ['Statement', 0, 'Principal', 'AWS', 1])), 'var.ci_accounts');
    // Interpolated into a heredoc; a variable without a default stays unknown.
    const partner = found.get('partner') as VirtualPolicy;
    assert.equal(principal(partner), 'arn:aws:iam::777788889999:root');
    assert.deepEqual(unknownTexts(partner), ['${var.external_id}']);
    // A default that is not a plain literal (it interpolates a local) is unknown.
    assert.deepEqual(unknownTexts(found.get('computed') as VirtualPolicy), ['${var.computed}']);
  });

  it('raises findings from a default value, and none from a variable without one', () => {
    const got = findings();
    assert.deepEqual(codesAt(got, 'var.trusted_principal'), ['principal-wildcard']);
    assert.ok(codesAt(got, 'var.ci_accounts').includes('account-root-trust'));
    // External id unknown: nothing about it; the computed principal is unknown: nothing about it either.
    assert.deepEqual(got.filter((f) => f.at.includes('external_id') || f.at.includes('var.computed')), []);
  });

  it('offers no fix that would write a list variable\'s values over the reference', () => {
    files = [main, variables];
    const doc = TextDocument.create(main.uri, 'terraform', 1, main.text);
    const diagnostics = service.validate(doc).filter((d) => doc.getText(d.range) === 'var.ci_accounts');
    assert.ok(diagnostics.length);
    for (const diagnostic of diagnostics) {
      const actions = service.codeActions(doc, diagnostic.range, [diagnostic]);
      for (const action of actions) {
        for (const edit of action.edit?.changes?.[doc.uri] ?? []) assert.ok(!doc.getText(edit.range).includes('var.ci_accounts'), action.title);
      }
    }
  });

  it('writes a known string var.x back as written when a fix rewrites around it; not offered around a bool, number or list', () => {
    const rewriteStatement = (policy: VirtualPolicy, host: string) => {
      const statement = (JSON.parse(policy.text) as { Statement: Record<string, unknown>[] }).Statement[0];
      const reordered = Object.fromEntries(Object.entries(statement).reverse());
      const start = policy.text.indexOf('{', policy.text.indexOf('['));
      return translateEdits(policy, [{ offset: start, length: policy.text.lastIndexOf(']') - start, newText: JSON.stringify(reordered) }], host);
    };
    const open = policies().get('open') as VirtualPolicy;
    assert.equal(rewriteStatement(open, main.text), undefined, 'var.require_mfa (a bool) would be written as true');
    const withoutMfa = main.text.replace(/\n\s*Condition = \{ Bool[^\n]*/, '');
    const [plain] = terraformFormat.extract(main.uri, withoutMfa, { siblings: () => [variables] }).policies;
    const edits = rewriteStatement(plain, withoutMfa);
    assert.equal(edits?.length, 1);
    assert.match(edits?.[0].newText ?? '', /AWS = var\.trusted_principal/);
    assert.equal(rewriteStatement(policies().get('ci') as VirtualPolicy, main.text), undefined, 'var.ci_accounts (a list)');
  });

  it('uses what terraform.tfvars assigns over the default', () => {
    const tfvars = file('terraform.tfvars', 'trusted_principal = "arn:aws:iam::123456789012:role/deployer"\nci_accounts = ["999988887777"]\nrequire_mfa = false\n');
    const found = policies([tfvars]);
    assert.equal(principal(found.get('open')), 'arn:aws:iam::123456789012:role/deployer');
    assert.deepEqual(JSON.parse(found.get('open')?.text ?? '{}').Statement[0].Condition, { Bool: { 'aws:MultiFactorAuthPresent': false } });
    assert.deepEqual(principal(found.get('ci')), ['999988887777']);
    assert.deepEqual(codesAt(findings([tfvars]), 'var.trusted_principal'), []);
    // A value assigned in tfvars makes a variable without a default known too.
    const withId = policies([file('terraform.tfvars', 'external_id = "a-long-external-id-1234"\n')]);
    assert.deepEqual(unknownTexts(withId.get('partner') as VirtualPolicy), []);
  });

  it('loads .tfvars files in Terraform\'s order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) by name', () => {
    const base = file('terraform.tfvars', 'trusted_principal = "arn:aws:iam::111111111111:root"\n');
    const json = file('terraform.tfvars.json', '{ "trusted_principal": "arn:aws:iam::222222222222:root" }');
    const autoA = file('a.auto.tfvars.json', '{ "trusted_principal": "arn:aws:iam::333333333333:root" }');
    const autoB = file('b.auto.tfvars', 'trusted_principal = "arn:aws:iam::444444444444:root"\n');
    assert.equal(principal(policies([base]).get('open')), 'arn:aws:iam::111111111111:root');
    assert.equal(principal(policies([json, base]).get('open')), 'arn:aws:iam::222222222222:root');
    assert.equal(principal(policies([autoB, autoA, json, base]).get('open')), 'arn:aws:iam::444444444444:root');
    assert.equal(principal(policies([autoA, json, base]).get('open')), 'arn:aws:iam::333333333333:root');
    // Other .tfvars files (passed with -var-file) are not loaded by Terraform on its own: ignored.
    assert.equal(principal(policies([file('prod.tfvars', 'trusted_principal = "arn:aws:iam::555555555555:root"\n')]).get('open')), '*');
  });

  it('keeps a variable unknown when the file that sets it last gives no plain literal', () => {
    for (const tfvars of [
      file('terraform.tfvars', 'trusted_principal = join("", ["*"])\n'),
      file('terraform.tfvars', 'trusted_principal = "arn:aws:iam::${local.x}:root"\n'),
      file('terraform.tfvars.json', '{ "trusted_principal": { "not": "a string" } }'),
      file('override.auto.tfvars', 'trusted_principal = null\n'),
    ]) {
      const open = policies([tfvars]).get('open') as VirtualPolicy;
      assert.deepEqual(unknownTexts(open), ['${var.trusted_principal}'], tfvars.text);
      assert.deepEqual(codesAt(findings([tfvars]), 'var.trusted_principal'), [], tfvars.text);
    }
    // A literal in terraform.tfvars, then a non-literal in an auto file loaded after it: unknown.
    const both = [file('terraform.tfvars', 'trusted_principal = "*"\n'), file('x.auto.tfvars', 'trusted_principal = upper("x")\n')];
    assert.deepEqual(unknownTexts(policies(both).get('open') as VirtualPolicy), ['${var.trusted_principal}']);
  });

  it('reads no variable at all while a .tfvars file of the folder cannot be read (it may assign any of them)', () => {
    for (const broken of [file('terraform.tfvars', 'trusted_principal = "x\nci_accounts = [\n'), file('terraform.tfvars.json', '{ "trusted_principal": ')]) {
      const found = policies([broken]);
      assert.deepEqual(unknownTexts(found.get('open') as VirtualPolicy), ['${var.trusted_principal}', '${var.require_mfa}'], broken.text);
      assert.deepEqual(codesAt(findings([broken]), 'var.trusted_principal'), []);
    }
  });

  it('keeps var.x unknown when no file of the folder declares it, and for an attribute or index of it', () => {
    const text = `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = [var.nowhere, var.ci_accounts[0], var.obj.arn] }, Action = "sts:AssumeRole" }]
  })
}
`;
    files = [variables];
    const [policy] = terraformFormat.extract(`${dir}/other.tf`, text, { siblings: () => files }).policies;
    assert.deepEqual(unknownTexts(policy), ['${var.nowhere}', '${var.ci_accounts[0]}', '${var.obj.arn}']);
  });

  it('reads terraform.tfvars and *.auto.tfvars(.json) beside a .tf file from disk (server and CLI), not other .tfvars files', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tfvars-'));
    try {
      for (const name of ['main.tf', 'variables.tf', 'cdk.tf.json', 'terraform.tfvars', 'terraform.tfvars.json', 'x.auto.tfvars', 'y.auto.tfvars.json', 'prod.tfvars', 'notes.txt']) {
        fs.writeFileSync(path.join(folder, name), name.endsWith('.json') ? '{}' : '');
      }
      const names = readFolderSiblings(pathToFileURL(path.join(folder, 'main.tf')).href).map((s) => path.basename(new URL(s.uri).pathname)).sort();
      assert.deepEqual(names, ['cdk.tf.json', 'terraform.tfvars', 'terraform.tfvars.json', 'variables.tf', 'x.auto.tfvars', 'y.auto.tfvars.json']);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
