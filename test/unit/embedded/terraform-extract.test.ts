import assert from 'node:assert/strict';
import { terraformFormat } from '../../../server/src/service/embedded/terraform';
import { OWN_ACCOUNT, type VirtualPolicy } from '../../../server/src/service/embedded/types';
import { fixture, hostText, loadTerraform, mappedAt, unknownTexts } from './terraform-support';

const extract = (name: string, siblings: { uri: string; text: string }[] = []) => {
  const text = fixture(name);
  const result = terraformFormat.extract(`file:///repo/${name}`, text, { siblings: () => siblings });
  return { text, ...result };
};
const byName = (policies: VirtualPolicy[], name: string) => {
  const found = policies.find((p) => p.name === name);
  assert.ok(found, `no policy ${name} among ${policies.map((p) => p.name).join(', ')}`);
  return found;
};

describe('terraform: extracting trust policies', () => {
  before(loadTerraform);

  it('accepts .tf files (and the terraform language ids) that mention roles or policy documents', () => {
    assert.equal(terraformFormat.accepts('file:///a/main.tf', 'plaintext', 'resource "aws_iam_role" "x" {}'), true);
    assert.equal(terraformFormat.accepts('untitled:1', 'terraform', 'data "aws_iam_policy_document" "x" {}'), true);
    assert.equal(terraformFormat.accepts('file:///a/main.tf', 'terraform', 'resource "aws_s3_bucket" "b" {}'), false);
    assert.equal(terraformFormat.accepts('file:///a/role.json', 'json', 'aws_iam_role'), false);
  });

  it('reads jsonencode object syntax as JSON, with identifier and quoted keys, and maps nodes to the host', () => {
    const { text, policies, problems } = extract('jsonencode.tf');
    assert.deepEqual(problems, []);
    assert.deepEqual(policies.map((p) => [p.name, p.form]), [
      ['aws_iam_role.ec2', 'terraform-jsonencode'],
      ['aws_iam_role.vendor', 'terraform-jsonencode'],
      ['aws_iam_role.lambda', 'terraform-jsonencode'],
      ['aws_iam_role.break_glass', 'terraform-jsonencode'],
    ]);
    const ec2 = byName(policies, 'aws_iam_role.ec2');
    assert.deepEqual(JSON.parse(ec2.text), {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    assert.equal(hostText(text, mappedAt(ec2, ['Statement', 0, 'Principal', 'Service'])), '"ec2.amazonaws.com"');
    assert.equal(hostText(text, mappedAt(ec2, ['Statement', 0, 'Principal'], { key: true })), 'Principal');
    assert.equal(text.slice(ec2.roleRange.offset, ec2.roleRange.offset + ec2.roleRange.length), '"ec2"');
    assert.ok(text.slice(ec2.hostRange.offset, ec2.hostRange.offset + ec2.hostRange.length).startsWith('jsonencode({'));
    // A plain string maps character by character (a cursor inside it lands inside the host string).
    const service = mappedAt(ec2, ['Statement', 0, 'Principal', 'Service']);
    assert.ok(service.linear);
    assert.equal(text.slice(service.linear.host, service.linear.host + service.linear.length), 'ec2.amazonaws.com');

    const vendor = byName(policies, 'aws_iam_role.vendor');
    assert.equal(hostText(text, mappedAt(vendor, ['Statement', 0, 'Condition', 'StringEquals', 'sts:ExternalId'], { key: true })), '"sts:ExternalId"');
    assert.equal(hostText(text, mappedAt(vendor, ['Statement', 0, 'Condition', 'StringEquals', 'sts:ExternalId'])), 'var.external_id');
  });

  it('resolves the partition and the caller account; other variables are unknown', () => {
    const { policies } = extract('jsonencode.tf');
    const vendor = byName(policies, 'aws_iam_role.vendor');
    assert.equal(JSON.parse(vendor.text).Statement[0].Principal.AWS, 'arn:aws:iam::${var.vendor_account_id}:root');
    assert.deepEqual(unknownTexts(vendor), ['arn:aws:iam::${var.vendor_account_id}:root', '${var.external_id}']);
    assert.deepEqual(vendor.ownAccounts, []);

    const lambda = byName(policies, 'aws_iam_role.lambda');
    assert.deepEqual(JSON.parse(lambda.text).Statement[0].Condition, { StringEquals: { 'aws:SourceAccount': OWN_ACCOUNT } });
    assert.deepEqual(lambda.ownAccounts, [OWN_ACCOUNT]);
    assert.deepEqual(unknownTexts(lambda), []);
    assert.equal(JSON.parse(byName(policies, 'aws_iam_role.break_glass').text).Statement[0].Principal.AWS, `arn:aws:iam::${OWN_ACCOUNT}:root`);
  });

  it('reads JSON in heredocs (<<EOF and <<-EOF) and in quoted strings, interpolations unknown', () => {
    const { text, policies, problems } = extract('heredoc.tf');
    assert.deepEqual(problems, []);
    assert.deepEqual(policies.map((p) => [p.name, p.form]), [
      ['aws_iam_role.ecs_task', 'terraform-heredoc'],
      ['aws_iam_role.cross_account', 'terraform-heredoc'],
      ['aws_iam_role.quoted', 'terraform-string'],
    ]);
    const ecs = byName(policies, 'aws_iam_role.ecs_task');
    assert.deepEqual(JSON.parse(ecs.text).Statement[0].Principal, { Service: 'ecs-tasks.amazonaws.com' });
    assert.equal(hostText(text, mappedAt(ecs, ['Statement', 0, 'Principal', 'Service'])), '"ecs-tasks.amazonaws.com"');
    assert.equal(hostText(text, mappedAt(ecs, ['Statement', 0, 'Action'], { key: true })), '"Action"');

    const cross = byName(policies, 'aws_iam_role.cross_account');
    assert.deepEqual(unknownTexts(cross), ['arn:aws:iam::${var.trusted_account}:root']);
    assert.equal(hostText(text, mappedAt(cross, ['Statement', 0, 'Principal', 'AWS'])), '"arn:aws:iam::${var.trusted_account}:root"');

    const quoted = byName(policies, 'aws_iam_role.quoted');
    assert.deepEqual(JSON.parse(quoted.text).Statement[0].Principal, { Service: 'glue.amazonaws.com' });
    // In a quoted string the JSON quotes are escaped: the node spans \"...\" in the host.
    assert.equal(hostText(text, mappedAt(quoted, ['Statement', 0, 'Principal', 'Service'])), '\\"glue.amazonaws.com\\"');
  });

  it('reads a policy document in another file of the folder, with the OIDC provider and locals resolved', () => {
    const main = { uri: 'file:///repo/github-oidc/main.tf', text: fixture('github-oidc/main.tf') };
    const policiesFile = { uri: 'file:///repo/github-oidc/policies.tf', text: fixture('github-oidc/policies.tf') };
    // The role's own file holds no policy text: the diagnostics belong to the file with the data block.
    assert.deepEqual(terraformFormat.extract(main.uri, main.text, { siblings: () => [main, policiesFile] }).policies, []);
    const { policies, problems } = terraformFormat.extract(policiesFile.uri, policiesFile.text, { siblings: () => [main, policiesFile] });
    assert.deepEqual(problems, []);
    assert.equal(policies.length, 1, 'the permissions document no role uses is not a trust policy');
    const [policy] = policies;
    assert.equal(policy.name, 'aws_iam_role.github_deploy');
    assert.equal(policy.form, 'terraform-policy-document');
    assert.deepEqual(JSON.parse(policy.text), {
      Version: '2012-10-17',
      Statement: [{
        Sid: 'GitHubActions',
        Effect: 'Allow',
        Action: ['sts:AssumeRoleWithWebIdentity'],
        Principal: { Federated: [`arn:aws:iam::${OWN_ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`] },
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com'] },
          StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:acme/deploy-app:ref:refs/heads/main', 'repo:acme/deploy-app:environment:prod'] },
        },
      }],
    });
    assert.deepEqual(policy.ownAccounts, [OWN_ACCOUNT]);
    assert.deepEqual(unknownTexts(policy), []);
    const text = policiesFile.text;
    assert.equal(hostText(text, mappedAt(policy, ['Statement', 0, 'Principal', 'Federated', 0])), 'aws_iam_openid_connect_provider.github.arn');
    assert.equal(hostText(text, mappedAt(policy, ['Statement', 0, 'Principal', 'Federated'], { key: true })), '"Federated"');
    assert.equal(hostText(text, mappedAt(policy, ['Statement', 0, 'Condition', 'StringLike', 'token.actions.githubusercontent.com:sub', 1])), '"repo:${local.github_repo}:environment:prod"');
    assert.equal(hostText(text, mappedAt(policy, ['Statement', 0, 'Condition', 'StringEquals', 'token.actions.githubusercontent.com:aud'], { key: true })), '"token.actions.githubusercontent.com:aud"');
    assert.equal(hostText(text, mappedAt(policy, ['Statement', 0, 'Sid'])), '"GitHubActions"');
    // Terraform's default Effect is emitted (no "missing Effect" alarm) and points at the statement block.
    assert.equal(hostText(text, mappedAt(policy, ['Statement', 0, 'Effect'])), 'statement');
    assert.equal(text.slice(policy.roleRange.offset, policy.roleRange.offset + policy.roleRange.length), '"github_assume"');
  });

  it('resolves SAML provider and role ARNs from their resources, and locals that are plain strings', () => {
    const { policies } = extract('references.tf');
    const deployer = byName(policies, 'aws_iam_role.deployer');
    assert.equal(JSON.parse(deployer.text).Statement[0].Principal.Federated, `arn:aws:iam::${OWN_ACCOUNT}:saml-provider/Okta`);
    assert.deepEqual(unknownTexts(deployer), []);
    assert.deepEqual(deployer.ownAccounts, [OWN_ACCOUNT]);
    const unnamed = byName(policies, 'aws_iam_role.unnamed');
    assert.deepEqual(JSON.parse(unnamed.text).Statement[0].Principal.AWS, [
      `arn:aws:iam::${OWN_ACCOUNT}:role/ci/payments-deployer`,
      `arn:aws:iam::${OWN_ACCOUNT}:role/\${aws_iam_role.unnamed_peer.name}`,
      'arn:aws:iam::111122223333:role/${lower(var.team)}',
    ]);
    assert.deepEqual(unknownTexts(unnamed), [`arn:aws:iam::${OWN_ACCOUNT}:role/\${aws_iam_role.unnamed_peer.name}`, 'arn:aws:iam::111122223333:role/${lower(var.team)}']);
    assert.equal(policies.length, 2, 'a role whose document is nowhere in the folder has no policy here');
  });

  it('keeps what the file cannot know unknown: variables, modules, functions, dynamic blocks, other documents', () => {
    const { policies, problems } = extract('unknowns.tf');
    assert.deepEqual(problems, []);
    const fromVar = byName(policies, 'aws_iam_role.from_var');
    assert.deepEqual(unknownTexts(fromVar), ['${var.principals}', '${module.org.id}']);
    const computed = byName(policies, 'aws_iam_role.computed');
    assert.equal(unknownTexts(computed).length, 1);
    assert.ok(unknownTexts(computed)[0].startsWith('${concat('));
    const dynamic = byName(policies, 'aws_iam_role.dynamic_doc');
    const statements = JSON.parse(dynamic.text).Statement;
    assert.equal(statements.length, 2, 'the statements of source_policy_documents are one unknown entry');
    assert.deepEqual(statements[0].Principal, { AWS: '${var.principals}' });
    assert.deepEqual(unknownTexts(dynamic), ['${var.principals}', '${dynamic "condition"}', '${dynamic "condition"}', '${[data.aws_iam_policy_document.base.json]}']);
  });
});
