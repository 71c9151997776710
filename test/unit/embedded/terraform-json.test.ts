// Terraform JSON syntax (*.tf.json, CDKTF's cdk.tf.json): the same trust policies as HCL, mapped into the JSON file;
// fixes are not offered there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHostAwareService } from '../../../server/src/service/embedded/host-service';
import { hostFormats } from '../../../server/src/service/embedded';
import { terraformFormat, terraformJsonFormat } from '../../../server/src/service/embedded/terraform';
import { OWN_ACCOUNT, type VirtualPolicy } from '../../../server/src/service/embedded/types';
import { service as baseService } from '../../support/fixture';
import { fixture, hostText, loadTerraform, mappedAt, root, unknownTexts } from './terraform-support';

type File = { uri: string; text: string };
const dir = 'file:///work/cdktf/stacks/trust-stack';
const cdk: File = { uri: `${dir}/cdk.tf.json`, text: fixture('cdktf/cdk.tf.json') };

let files: File[] = [];
const service = createHostAwareService(baseService, hostFormats, { context: () => ({ siblings: () => files, stamp: () => JSON.stringify(files) }) });

function extract(file: File, siblings: File[] = []): { policies: Map<string, VirtualPolicy>; problems: { range: { offset: number; length: number }; message: string }[] } {
  const format = file.uri.endsWith('.json') ? terraformJsonFormat : terraformFormat;
  const result = format.extract(file.uri, file.text, { siblings: () => siblings });
  return { policies: new Map(result.policies.map((p) => [p.name, p])), problems: result.problems };
}
const json = (policy: VirtualPolicy | undefined) => JSON.parse(policy?.text ?? 'null') as { Statement: Record<string, unknown>[] };

function findings(file: File, siblings: File[] = []) {
  files = siblings;
  const doc = TextDocument.create(file.uri, 'json', 1, file.text);
  return { doc, diagnostics: service.validate(doc) };
}

describe('terraform: JSON syntax (.tf.json)', () => {
  before(loadTerraform);

  it('takes .tf.json files that mention roles (whatever their language), and leaves them to no other format', () => {
    assert.equal(terraformJsonFormat.accepts(cdk.uri, 'json', cdk.text), true);
    assert.equal(terraformJsonFormat.accepts('file:///a/main.tf', 'terraform', cdk.text), false);
    assert.equal(terraformJsonFormat.accepts('file:///a/policy.json', 'json', cdk.text), false);
    assert.equal(terraformJsonFormat.accepts(cdk.uri, 'json', '{"resource": {"aws_s3_bucket": {}}}'), false);
    assert.equal(terraformFormat.accepts(cdk.uri, 'json', cdk.text), false);
    assert.deepEqual(hostFormats.filter((f) => f.accepts(cdk.uri, 'json', cdk.text)).map((f) => f.id), ['terraform-json']);
  });

  it('reads a CDKTF stack: policy documents, JSON strings and ${jsonencode(...)}, mapped into the JSON file', () => {
    const { policies, problems } = extract(cdk);
    assert.deepEqual(problems, []);
    assert.deepEqual([...policies.values()].map((p) => [p.name, p.form]), [
      ['aws_iam_role.ci', 'terraform-policy-document'],
      ['aws_iam_role.admin', 'terraform-policy-document'],
      ['aws_iam_role.lambda', 'terraform-string'],
      ['aws_iam_role.vendor', 'terraform-jsonencode'],
      ['aws_iam_role.open', 'terraform-string'],
    ]);
    const text = cdk.text;
    // A policy document: the provider ARN resolves from the provider's url; values map to the JSON strings.
    const ci = policies.get('aws_iam_role.ci') as VirtualPolicy;
    assert.deepEqual(json(ci).Statement[0].Principal, { Federated: [`arn:aws:iam::${OWN_ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`] });
    assert.equal(hostText(text, mappedAt(ci, ['Statement', 0, 'Principal', 'Federated', 0])), 'aws_iam_openid_connect_provider.github.arn');
    const action = mappedAt(ci, ['Statement', 0, 'Action', 0]);
    assert.equal(hostText(text, action), '"sts:AssumeRoleWithWebIdentity"');
    assert.ok(action.linear, 'a plain JSON string maps character by character');
    assert.equal(text.slice(action.linear.host, action.linear.host + action.linear.length), 'sts:AssumeRoleWithWebIdentity');
    assert.equal(hostText(text, mappedAt(ci, ['Statement', 0, 'Condition', 'StringEquals', 'token.actions.githubusercontent.com:aud'], { key: true })), '"token.actions.githubusercontent.com:aud"');
    assert.equal(text.slice(ci.roleRange.offset, ci.roleRange.offset + ci.roleRange.length), '"ci_assume"');
    // A template with text and interpolations: partition and caller account resolve.
    const admin = policies.get('aws_iam_role.admin') as VirtualPolicy;
    assert.deepEqual(json(admin).Statement[0].Principal, { AWS: [`arn:aws:iam::${OWN_ACCOUNT}:role/admin`] });
    assert.deepEqual(admin.ownAccounts, [OWN_ACCOUNT]);
    // JSON text in a JSON string (JSON.stringify in the CDKTF program): escaped quotes map to the host.
    const lambda = policies.get('aws_iam_role.lambda') as VirtualPolicy;
    assert.deepEqual(json(lambda).Statement[0].Principal, { Service: 'lambda.amazonaws.com' });
    assert.equal(hostText(text, mappedAt(lambda, ['Statement', 0, 'Principal', 'Service'])), '\\"lambda.amazonaws.com\\"');
    assert.equal(text.slice(lambda.roleRange.offset, lambda.roleRange.offset + lambda.roleRange.length), '"lambda"');
    // Fn.jsonencode: HCL object syntax inside the string; a variable without a default stays unknown.
    const vendor = policies.get('aws_iam_role.vendor') as VirtualPolicy;
    assert.deepEqual(unknownTexts(vendor), ['arn:aws:iam::${var.vendor_account}:root']);
    assert.equal(hostText(text, mappedAt(vendor, ['Statement', 0, 'Action'])), '\\"sts:AssumeRole\\"');
    // A variable's default (JSON syntax: "variable": {"trusted": {"default": "*"}}) is used.
    assert.deepEqual(json(policies.get('aws_iam_role.open')).Statement[0].Principal, { AWS: '*' });
  });

  it('reports findings in the JSON file, none from unknown values, and offers no fixes', () => {
    const { doc, diagnostics } = findings(cdk);
    const at = (d: (typeof diagnostics)[number]) => doc.getText(d.range);
    const got = diagnostics.map((d) => [String(d.code), at(d)]).sort();
    assert.deepEqual(got, [
      ['github-sub-missing', 'aws_iam_openid_connect_provider.github.arn'],
      ['principal-wildcard', '\\"${var.trusted}\\"'],
    ]);
    for (const diagnostic of diagnostics) {
      const edits = service.codeActions(doc, diagnostic.range, [diagnostic]).filter((a) => a.edit);
      assert.deepEqual(edits.map((a) => a.title), [], `no fix is written into .tf.json (${String(diagnostic.code)})`);
    }
  });

  it('shares a folder with .tf files and reads terraform.tfvars.json overrides', () => {
    // The .tf file's role uses a policy document and a variable of the .tf.json file.
    const main: File = { uri: `${dir}/main.tf`, text: 'resource "aws_iam_role" "extra" {\n  assume_role_policy = data.aws_iam_policy_document.admin_assume.json\n}\n' };
    const { policies } = extract(cdk, [main]);
    assert.ok(policies.has('aws_iam_role.admin, aws_iam_role.extra'), [...policies.keys()].join(' | '));
    // And the other way round: a .tf file reads the .tf.json's variables and providers.
    const tf: File = { uri: `${dir}/roles.tf`, text: 'resource "aws_iam_role" "r" {\n  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRoleWithWebIdentity", Principal = { Federated = aws_iam_openid_connect_provider.github.arn, AWS = var.trusted } }] })\n}\n' };
    const fromTf = extract(tf, [cdk]).policies.get('aws_iam_role.r') as VirtualPolicy;
    assert.deepEqual(json(fromTf).Statement[0].Principal, { Federated: `arn:aws:iam::${OWN_ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`, AWS: '*' });
    // terraform.tfvars.json sets the variable: its value is read; a value that is no literal makes it unknown.
    const set = extract(cdk, [{ uri: `${dir}/terraform.tfvars.json`, text: '{"trusted": "arn:aws:iam::123456789012:role/deployer"}' }]).policies;
    assert.deepEqual(json(set.get('aws_iam_role.open')).Statement[0].Principal, { AWS: 'arn:aws:iam::123456789012:role/deployer' });
    const { diagnostics } = findings(cdk, [{ uri: `${dir}/terraform.tfvars.json`, text: '{"trusted": {"a": 1}}' }]);
    assert.deepEqual(diagnostics.map((d) => String(d.code)), ['github-sub-missing']);
  });

  it('reads variable defaults literally and JSON-syntax blocks given as one object or as dynamic blocks', () => {
    const text = JSON.stringify({
      variable: { p: { default: '${not.an.interpolation}' } },
      data: {
        aws_iam_policy_document: {
          d: {
            statement: {
              actions: ['sts:AssumeRole'],
              principals: { type: 'AWS', identifiers: ['${var.p}'] },
              dynamic: { condition: { for_each: '${var.conditions}', content: { test: 'StringEquals', variable: 'x', values: ['y'] } } },
            },
          },
        },
      },
      resource: { aws_iam_role: { r: [{ assume_role_policy: '${data.aws_iam_policy_document.d.json}' }] } },
    }, null, 2);
    const { policies, problems } = extract({ uri: `${dir}/x.tf.json`, text });
    assert.deepEqual(problems, []);
    const policy = policies.get('aws_iam_role.r') as VirtualPolicy;
    assert.deepEqual(json(policy).Statement[0].Principal, { AWS: ['${not.an.interpolation}'] });
    assert.equal(unknownTexts(policy).length, 2, 'the dynamic condition block is unknown (key and value)');
  });

  it('never throws on damaged or odd files, and maps everything inside the file', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const variants = [
      '{}', '[]', '"aws_iam_role"', '{"resource": "aws_iam_role"}', '{"resource": [{"aws_iam_role": [{"r": [{"assume_role_policy": 1}]}]}]}',
      '{"resource": {"aws_iam_role": {"r": {"assume_role_policy": "${jsonencode({a = "}"})}"}}}}',
      '{"resource": {"aws_iam_role": {"r": {"assume_role_policy": "${"}}}}',
      '{"resource": {"aws_iam_role": {"r": {"assume_role_policy": "{\\"Statement\\": [{\\"Principal\\": \\"\\u002a\\"}]}"}}}}',
    ];
    for (let i = 0; i < 150; i++) {
      const at = random(cdk.text.length);
      const cut = random(3) === 0 ? cdk.text.slice(0, at) : cdk.text.slice(0, at) + cdk.text.slice(at + 1 + random(20));
      variants.push(cut);
    }
    for (const text of variants) {
      const result = terraformJsonFormat.extract(cdk.uri, text, { siblings: () => [] });
      assert.ok(!result.problems.some((p) => /could not be read/.test(p.message)), `${result.problems.map((p) => p.message).join('; ')} in ${text}`);
      const inside = (r: { offset: number; length: number }) => r.offset >= 0 && r.length >= 0 && r.offset + r.length <= text.length;
      for (const policy of result.policies) {
        assert.doesNotThrow(() => JSON.parse(policy.text));
        assert.ok(inside(policy.hostRange) && inside(policy.roleRange));
        for (const node of policy.nodes) assert.ok(inside(node.host), text);
      }
    }
    const escaped = terraformJsonFormat.extract(cdk.uri, variants[7], { siblings: () => [] }).policies[0];
    assert.deepEqual(JSON.parse(escaped.text).Statement[0].Principal, '*');
  });

  it('reports JSON syntax errors in the file and reads nothing from it', () => {
    const broken = cdk.text.replace('"name": "github-ci"', '"name": "github-ci",');
    const { policies, problems } = extract({ uri: cdk.uri, text: broken });
    assert.equal(policies.size, 0);
    assert.ok(problems.length >= 1);
    assert.match(problems[0].message, /Terraform JSON syntax error/);
  });

  it('is linted by trust-policy-lint in a folder, with the folder\'s terraform.tfvars.json (runs the built bundle)', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjson-'));
    try {
      fs.writeFileSync(path.join(folder, 'cdk.tf.json'), cdk.text);
      const run = () => spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), folder], { encoding: 'utf8' });
      const before = run();
      assert.match(before.stdout, /cdk\.tf\.json/);
      assert.match(before.stdout, /github-sub-missing/);
      assert.match(before.stdout, /principal-wildcard/);
      fs.writeFileSync(path.join(folder, 'terraform.tfvars.json'), '{"trusted": "arn:aws:iam::123456789012:role/deployer"}');
      const after = run();
      assert.match(after.stdout, /github-sub-missing/);
      assert.doesNotMatch(after.stdout, /principal-wildcard/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
