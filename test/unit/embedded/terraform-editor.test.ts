import assert from 'node:assert/strict';
import { findNodeAtLocation, getNodeValue, parseTree, type JSONPath } from 'jsonc-parser';
import { terraformFormat } from '../../../server/src/service/embedded/terraform';
import { OWN_ACCOUNT, type HostEdit, type HostEditor, type MappedNode, type VirtualPolicy } from '../../../server/src/service/embedded/types';
import { applyEdit, fixture, hclSyntaxErrors, loadTerraform, mappedAt } from './terraform-support';

/** A file's policies, each with a way to edit it and to check the result. */
function open(name: string, siblings: { uri: string; text: string }[] = []) {
  const text = fixture(name);
  const uri = `file:///repo/${name}`;
  const { policies } = terraformFormat.extract(uri, text, { siblings: () => siblings });
  const policy = (role: string): VirtualPolicy => {
    const found = policies.find((p) => p.name === role);
    assert.ok(found, `no policy ${role}`);
    return found;
  };
  /** What the generic layer passes as `original`: the host text of a scalar whose virtual value is this string. */
  const original = (p: VirtualPolicy) => (value: string) => {
    const tree = parseTree(p.text);
    const node = p.nodes.find((n) => {
      if (n.kind !== 'scalar') return false;
      const json = tree && findNodeAtLocation(tree, []) && p.text.slice(n.virtual.offset, n.virtual.offset + n.virtual.length);
      return json !== undefined && json.startsWith('"') && JSON.parse(json) === value;
    });
    return node && text.slice(node.host.offset, node.host.offset + node.host.length);
  };
  /** Applies an edit, checks the file still parses, and reads the edited policy again. */
  const apply = (role: string, edit: HostEdit | undefined) => {
    assert.ok(edit, 'the editor offered no edit');
    const edited = applyEdit(text, edit);
    assert.deepEqual(hclSyntaxErrors(edited), [], `the edit broke the file:\n${edited}`);
    const again = terraformFormat.extract(uri, edited, { siblings: () => siblings }).policies.find((p) => p.name === role);
    assert.ok(again, `${role} is gone after the edit:\n${edited}`);
    return { text: edited, json: JSON.parse(again.text) as Record<string, unknown>, policy: again };
  };
  return { text, policy, original, apply };
}

const at = (policy: VirtualPolicy, path: JSONPath, key = false): MappedNode => mappedAt(policy, path, { key });
const editor = (policy: VirtualPolicy): Required<HostEditor> => {
  assert.ok(policy.editor);
  return policy.editor as Required<HostEditor>;
};
const valueAt = (json: unknown, path: JSONPath) => {
  const tree = parseTree(JSON.stringify(json));
  const node = tree && findNodeAtLocation(tree, path);
  return node && (JSON.parse(JSON.stringify(getNodeValue(node))) as unknown);
};
/** The property node (key and value) at `path`. */
const propertyAt = (policy: VirtualPolicy, path: JSONPath): MappedNode => {
  const key = at(policy, path, true);
  const found = policy.nodes.find((n) => n.kind === 'property' && n.virtual.offset === key.virtual.offset);
  assert.ok(found);
  return found;
};

describe('terraform: writing fixes back as HCL', () => {
  before(loadTerraform);

  describe('jsonencode object syntax', () => {
    it('replaces a value, keeping the indentation', () => {
      const file = open('jsonencode.tf');
      const ec2 = file.policy('aws_iam_role.ec2');
      const edit = editor(ec2).replace(at(ec2, ['Statement', 0, 'Action']), ['sts:AssumeRole', 'sts:TagSession'], file.original(ec2));
      const result = file.apply('aws_iam_role.ec2', edit);
      assert.ok(result.text.includes('Action    = ["sts:AssumeRole", "sts:TagSession"]'));
      assert.deepEqual(valueAt(result.json, ['Statement', 0, 'Action']), ['sts:AssumeRole', 'sts:TagSession']);
    });

    it('adds a Condition with quoted keys, on its own lines', () => {
      const file = open('jsonencode.tf');
      const ec2 = file.policy('aws_iam_role.ec2');
      const edit = editor(ec2).addProperty(at(ec2, ['Statement', 0]), 'Condition', { StringEquals: { 'aws:SourceAccount': '111122223333' } }, file.original(ec2));
      const result = file.apply('aws_iam_role.ec2', edit);
      assert.ok(result.text.includes([
        '        Action    = "sts:AssumeRole"',
        '        Condition = {',
        '          StringEquals = {',
        '            "aws:SourceAccount" = "111122223333"',
        '          }',
        '        }',
      ].join('\n')), result.text);
      assert.deepEqual(valueAt(result.json, ['Statement', 0, 'Condition']), { StringEquals: { 'aws:SourceAccount': '111122223333' } });
    });

    it('writes the own account back as the caller identity, and escapes template sequences in new strings', () => {
      const file = open('jsonencode.tf');
      const lambda = file.policy('aws_iam_role.lambda');
      const edit = editor(lambda).addProperty(at(lambda, ['Statement', 0, 'Condition', 'StringEquals']), 'aws:SourceArn',
        `arn:aws:lambda:us-east-1:${OWN_ACCOUNT}:function:\${name}-%{x}`, file.original(lambda));
      const result = file.apply('aws_iam_role.lambda', edit);
      assert.ok(result.text.includes('"aws:SourceArn" = "arn:aws:lambda:us-east-1:${data.aws_caller_identity.current.account_id}:function:$${name}-%%{x}"'), result.text);
      assert.equal(valueAt(result.json, ['Statement', 0, 'Condition', 'StringEquals', 'aws:SourceArn']), `arn:aws:lambda:us-east-1:${OWN_ACCOUNT}:function:\${name}-%{x}`);
    });

    it('keeps an unchanged unknown value as its original expression', () => {
      const file = open('jsonencode.tf');
      const vendor = file.policy('aws_iam_role.vendor');
      const unknownArn = valueAt(JSON.parse(vendor.text), ['Statement', 0, 'Principal', 'AWS']) as string;
      const edit = editor(vendor).replace(at(vendor, ['Statement', 0, 'Principal']), { AWS: [unknownArn, 'arn:aws:iam::111122223333:root'] }, file.original(vendor));
      const result = file.apply('aws_iam_role.vendor', edit);
      assert.ok(result.text.includes([
        '      "Principal" : {',
        '        AWS : [',
        '          "arn:${data.aws_partition.current.partition}:iam::${var.vendor_account_id}:root",',
        '          "arn:aws:iam::111122223333:root",',
        '        ]',
        '      },',
      ].join('\n')), result.text);
    });

    it('removes a property and a tuple item with their separators', () => {
      const file = open('jsonencode.tf');
      const vendor = file.policy('aws_iam_role.vendor');
      const removed = file.apply('aws_iam_role.vendor', editor(vendor).removeProperty(at(vendor, ['Statement', 0]), propertyAt(vendor, ['Statement', 0, 'Condition'])));
      assert.equal(valueAt(removed.json, ['Statement', 0, 'Condition']), undefined);
      assert.deepEqual(Object.keys(valueAt(removed.json, ['Statement', 0]) as object), ['Sid', 'Effect', 'Principal', 'Action']);

      const lambda = file.policy('aws_iam_role.lambda');
      const item = file.apply('aws_iam_role.lambda', editor(lambda).removeItem(at(lambda, ['Statement', 0, 'Action']), at(lambda, ['Statement', 0, 'Action', 1])));
      assert.ok(item.text.includes('Action = ["sts:AssumeRole"]'));
    });

    it('adds a statement to the Statement tuple', () => {
      const file = open('jsonencode.tf');
      const ec2 = file.policy('aws_iam_role.ec2');
      const statement = { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
      const result = file.apply('aws_iam_role.ec2', editor(ec2).addItem(at(ec2, ['Statement']), statement, file.original(ec2)));
      assert.deepEqual(valueAt(result.json, ['Statement', 1]), statement);
    });
  });

  describe('JSON in a heredoc or quoted string', () => {
    it('edits heredoc JSON as JSON, writing unknown values back as interpolations', () => {
      const file = open('heredoc.tf');
      const cross = file.policy('aws_iam_role.cross_account');
      const principal = valueAt(JSON.parse(cross.text), ['Statement', 0, 'Principal', 'AWS']) as string;
      const edit = editor(cross).addProperty(at(cross, ['Statement', 0]), 'Condition', { StringEquals: { 'sts:ExternalId': 'id-${literal}', 'aws:PrincipalArn': principal } }, file.original(cross));
      const result = file.apply('aws_iam_role.cross_account', edit);
      assert.ok(result.text.includes('"sts:ExternalId": "id-$${literal}"'), result.text);
      assert.ok(result.text.includes('"aws:PrincipalArn": "arn:aws:iam::${var.trusted_account}:root"'), result.text);
      assert.deepEqual(valueAt(result.json, ['Statement', 0, 'Condition', 'StringEquals', 'sts:ExternalId']), 'id-${literal}');
    });

    it('replaces and removes in an indented heredoc', () => {
      const file = open('heredoc.tf');
      const ecs = file.policy('aws_iam_role.ecs_task');
      const replaced = file.apply('aws_iam_role.ecs_task', editor(ecs).replace(at(ecs, ['Statement', 0, 'Action']), ['sts:AssumeRole', 'sts:TagSession'], file.original(ecs)));
      assert.deepEqual(valueAt(replaced.json, ['Statement', 0, 'Action']), ['sts:AssumeRole', 'sts:TagSession']);
      const removed = file.apply('aws_iam_role.ecs_task', editor(ecs).removeProperty(at(ecs, ['Statement', 0]), propertyAt(ecs, ['Statement', 0, 'Action'])));
      assert.deepEqual(Object.keys(valueAt(removed.json, ['Statement', 0]) as object), ['Effect', 'Principal']);
    });

    it('escapes JSON for an HCL quoted string', () => {
      const file = open('heredoc.tf');
      const quoted = file.policy('aws_iam_role.quoted');
      const result = file.apply('aws_iam_role.quoted', editor(quoted).addProperty(at(quoted, ['Statement', 0]), 'Sid', 'Glue "jobs"', file.original(quoted)));
      assert.ok(result.text.includes('\\"Sid\\": \\"Glue \\\\\\"jobs\\\\\\"\\"'), result.text);
      assert.equal(valueAt(result.json, ['Statement', 0, 'Sid']), 'Glue "jobs"');
    });
  });

  describe('policy document blocks', () => {
    const github = () => {
      const main = { uri: 'file:///repo/github-oidc/main.tf', text: fixture('github-oidc/main.tf') };
      return open('github-oidc/policies.tf', [main]);
    };

    it('replaces, adds and removes values inside values and identifiers lists', () => {
      const file = github();
      const policy = file.policy('aws_iam_role.github_deploy');
      const aud = ['Statement', 0, 'Condition', 'StringEquals', 'token.actions.githubusercontent.com:aud'];
      const replaced = file.apply('aws_iam_role.github_deploy', editor(policy).replace(at(policy, [...aud, 0]), 'sts.amazonaws.com.cn', file.original(policy)));
      assert.ok(replaced.text.includes('values   = ["sts.amazonaws.com.cn"]'));

      const sub = ['Statement', 0, 'Condition', 'StringLike', 'token.actions.githubusercontent.com:sub'];
      const added = file.apply('aws_iam_role.github_deploy', editor(policy).addItem(at(policy, sub), 'repo:acme/deploy-app:ref:refs/tags/v*', file.original(policy)));
      assert.deepEqual(valueAt(added.json, sub), ['repo:acme/deploy-app:ref:refs/heads/main', 'repo:acme/deploy-app:environment:prod', 'repo:acme/deploy-app:ref:refs/tags/v*']);
      // The unchanged value written with a local keeps its expression.
      assert.ok(added.text.includes('values   = ["repo:${local.github_repo}:environment:prod", "repo:acme/deploy-app:ref:refs/tags/v*"]'), added.text);

      const removed = file.apply('aws_iam_role.github_deploy', editor(policy).removeItem(at(policy, sub), at(policy, [...sub, 0])));
      assert.deepEqual(valueAt(removed.json, sub), ['repo:acme/deploy-app:environment:prod']);
    });

    it('removes an attribute or the blocks of a condition key', () => {
      const file = github();
      const policy = file.policy('aws_iam_role.github_deploy');
      const sid = file.apply('aws_iam_role.github_deploy', editor(policy).removeProperty(at(policy, ['Statement', 0]), propertyAt(policy, ['Statement', 0, 'Sid'])));
      assert.ok(!sid.text.includes('sid'));
      assert.ok(sid.text.startsWith('data "aws_iam_policy_document" "github_assume" {\n  statement {\n    actions = ["sts:AssumeRoleWithWebIdentity"]\n'), sid.text);
      const like = ['Statement', 0, 'Condition', 'StringLike'];
      const removed = file.apply('aws_iam_role.github_deploy', editor(policy).removeProperty(at(policy, like), propertyAt(policy, [...like, 'token.actions.githubusercontent.com:sub'])));
      assert.deepEqual(valueAt(removed.json, ['Statement', 0, 'Condition']), { StringEquals: { 'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com'] } });
      assert.equal(removed.text.split('condition {').length - 1, 1);
    });

    it('adds a Condition to a statement as condition blocks', () => {
      const file = open('documents.tf');
      const batch = file.policy('aws_iam_role.batch');
      const condition = { StringEquals: { 'aws:SourceAccount': '111122223333' }, ArnLike: { 'aws:SourceArn': ['arn:aws:batch:*:111122223333:*'] } };
      const result = file.apply('aws_iam_role.batch', editor(batch).addProperty(at(batch, ['Statement', 0]), 'Condition', condition, file.original(batch)));
      assert.ok(result.text.includes([
        '    principals {',
        '      type        = "Service"',
        '      identifiers = ["ecs-tasks.amazonaws.com"]',
        '    }',
        '    condition {',
        '      test     = "StringEquals"',
        '      variable = "aws:SourceAccount"',
        '      values   = ["111122223333"]',
        '    }',
        '    condition {',
        '      test     = "ArnLike"',
        '      variable = "aws:SourceArn"',
        '      values   = ["arn:aws:batch:*:111122223333:*"]',
        '    }',
        '  }',
      ].join('\n')), result.text);
      assert.deepEqual(valueAt(result.json, ['Statement', 0, 'Condition']), { StringEquals: { 'aws:SourceAccount': ['111122223333'] }, ArnLike: { 'aws:SourceArn': ['arn:aws:batch:*:111122223333:*'] } });
    });

    it('writes Terraform defaults as attributes when a fix changes them', () => {
      const file = open('documents.tf');
      const batch = file.policy('aws_iam_role.batch');
      const result = file.apply('aws_iam_role.batch', editor(batch).replace(at(batch, ['Statement', 0, 'Effect']), 'Deny', file.original(batch)));
      assert.ok(result.text.includes('  statement {\n    effect = "Deny"\n    actions = ["sts:AssumeRole"]'), result.text);
      assert.equal(valueAt(result.json, ['Statement', 0, 'Effect']), 'Deny');
    });

    it('rewrites a wildcard principals block as the principals of an object', () => {
      const file = open('documents.tf');
      const open_ = file.policy('aws_iam_role.open');
      const result = file.apply('aws_iam_role.open', editor(open_).replace(at(open_, ['Statement', 0, 'Principal']), { AWS: 'arn:aws:iam::111122223333:root' }, file.original(open_)));
      assert.deepEqual(valueAt(result.json, ['Statement', 0, 'Principal']), { AWS: ['arn:aws:iam::111122223333:root'] });
    });

    it('offers no edit for what a policy document cannot express', () => {
      const file = open('documents.tf');
      const batch = file.policy('aws_iam_role.batch');
      assert.equal(editor(batch).replace(at(batch, ['Statement', 0, 'Principal']), 5, file.original(batch)), undefined);
      assert.equal(editor(batch).replace(at(batch, ['Statement', 0, 'Principal']), { AWS: { nested: 'x' } }, file.original(batch)), undefined);
      assert.equal(editor(batch).addProperty(at(batch, ['Statement', 0]), 'Unknown', 1, file.original(batch)), undefined);
      assert.equal(editor(batch).replace(at(batch, ['Statement', 0, 'Principal', 'Service']), ['a.amazonaws.com'], file.original(batch)), undefined,
        'a list merged from two principals blocks cannot be replaced as one');
      const unknowns = open('unknowns.tf');
      const dynamic = unknowns.policy('aws_iam_role.dynamic_doc');
      assert.equal(editor(dynamic).replace(at(dynamic, ['Statement', 0, 'Condition']), { StringEquals: { 'aws:SourceAccount': '111122223333' } }, unknowns.original(dynamic)), undefined,
        'conditions partly written by a dynamic block are not rewritten');
      assert.equal(editor(dynamic).replace(at(dynamic, ['Statement']), [], unknowns.original(dynamic)), undefined);
    });

    it('rewrites principals and condition blocks when a fix renames a key or splits a statement', () => {
      const file = open('documents.tf');
      const batch = file.policy('aws_iam_role.batch');
      const principals = file.apply('aws_iam_role.batch', editor(batch).replace(at(batch, ['Statement', 0, 'Principal']), '*', file.original(batch)));
      assert.deepEqual(valueAt(principals.json, ['Statement', 0, 'Principal']), '*');
      assert.equal(principals.text.split('principals {').length - 1, 2, 'the two Service blocks became one wildcard block (the open role keeps its own)');
      const split = [
        { Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Service: ['batch.amazonaws.com'] } },
        { Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Service: ['ecs-tasks.amazonaws.com'] } },
      ];
      const statements = file.apply('aws_iam_role.batch', editor(batch).replace(at(batch, ['Statement']), split, file.original(batch)));
      assert.deepEqual(valueAt(statements.json, ['Statement']), split);
    });
  });
});
