import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { doc, extractCursor, service } from '../../support/fixture';
import type { ServiceOptions } from '../../../server/src/service/types';

/** Hovers at the first `|` of a `|target|` pair; asserts the hover range is exactly the marked text and returns the markdown. */
function hoverOn(fixture: string, options?: Partial<ServiceOptions>): string {
  const { text, offset, end } = extractCursor(fixture);
  assert.ok(end !== undefined, 'mark the hover target with two | markers');
  const d = doc(text);
  const hover = service.hover(d, d.positionAt(offset), options);
  assert.ok(hover, `no hover at ${text.slice(offset, end)}`);
  assert.deepEqual(hover.range, { start: d.positionAt(offset), end: d.positionAt(end) }, 'hover range');
  const md = (hover.contents as MarkupContent).value;
  assert.match(md, /\]\(https:\/\/docs\.aws\.amazon\.com\//, 'hover links to the AWS docs');
  return md;
}

const stmt = (body: string) => `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", ${body}}]}`;
const oidc = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';

describe('hover: policy elements', () => {
  it('explains Version, its value, Effect, Sid, Principal, Action and Condition keys', () => {
    assert.match(hoverOn('{|"Version"|: "2012-10-17"}'), /policy language version/);
    assert.match(hoverOn('{"Version": |"2012-10-17"|}'), /current policy language/);
    assert.match(hoverOn('{"Version": |"2008-10-17"|}'), /old policy language/);
    assert.match(hoverOn(stmt('|"Sid"|: "Ci"')), /statement id/);
    assert.match(hoverOn('{"Statement": [{|"Effect"|: "Allow"}]}'), /`Deny` blocks them/);
    assert.match(hoverOn('{"Statement": [{"Effect": |"Deny"|}]}'), /`Deny` blocks them/);
    assert.match(hoverOn(stmt('|"Principal"|: {}')), /who may assume the role/);
    assert.match(hoverOn(stmt('|"Action"|: "sts:AssumeRole"')), /STS calls/);
    assert.match(hoverOn(stmt('|"Condition"|: {}')), /extra tests/);
  });
  it('summarises the policy on Statement and a statement on its braces', () => {
    const md = hoverOn('{"Version": "2012-10-17", |"Statement"|: [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}');
    assert.match(md, /list of statements/);
    assert.match(md, /^- /m);
    assert.match(hoverOn('{"Version": "2012-10-17", "Statement": [|{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}|]}'), /Statement/);
  });
  it('explains each principal type', () => {
    assert.match(hoverOn(stmt('"Principal": {|"Service"|: "ec2.amazonaws.com"}')), /AWS services that assume the role/);
    assert.match(hoverOn(stmt('"Principal": {|"AWS"|: "111122223333"}')), /account ids/);
    assert.match(hoverOn(stmt('"Principal": {|"Federated"|: "cognito-identity.amazonaws.com"}')), /identity providers/);
  });
});

describe('hover: principals', () => {
  it('names the service, its use, and the confused-deputy guard', () => {
    const md = hoverOn(stmt('"Principal": {"Service": [|"events.amazonaws.com"|]}, "Action": "sts:AssumeRole"'));
    assert.match(md, /Amazon EventBridge/);
    assert.match(md, /Confused deputy/);
    assert.match(md, /aws:SourceArn/);
    assert.match(hoverOn(stmt('"Principal": {"Service": |"nosuch.amazonaws.com"|}')), /not in our list/);
  });
  it('decomposes AWS principals: account root, own or other account, roles and their unique-id fate', () => {
    const root = hoverOn(stmt('"Principal": {"AWS": |"arn:aws:iam::444455556666:root"|}'), { accounts: ['111122223333'] });
    assert.match(root, /another account/);
    assert.match(root, /every user and role in that account/);
    assert.match(root, /Partition: `aws`/);
    assert.match(hoverOn(stmt('"Principal": {"AWS": |"111122223333"|}'), { accounts: ['111122223333'] }), /your own account/);
    const role = hoverOn(stmt('"Principal": {"AWS": [|"arn:aws:iam::111122223333:role/ops/Deployer"|]}'));
    assert.match(role, /IAM role\*\* `Deployer` \(path `\/ops\/`\)/);
    assert.match(role, /unique id/);
    assert.match(hoverOn(stmt('"Principal": {"AWS": |"arn:aws:sts::111122223333:assumed-role/Deployer/ci"|}')), /session `ci` of role `Deployer`/);
    assert.match(hoverOn(stmt('"Principal": {"AWS": |"AROAEXAMPLEID1234567"|}')), /deleted/);
  });
  it('explains Federated providers', () => {
    assert.match(hoverOn(stmt(`"Principal": {"Federated": |"${oidc}"|}`)), /GitHub Actions.*token\.actions\.githubusercontent\.com:sub/s);
    assert.match(hoverOn(stmt('"Principal": {"Federated": |"arn:aws:iam::111122223333:saml-provider/Okta"|}')), /SAML 2\.0 identity provider\*\* `Okta`/);
    assert.match(hoverOn(stmt('"Principal": {"Federated": |"cognito-identity.amazonaws.com"|}')), /Amazon Cognito identity pools.*built into AWS/s);
  });
});

describe('hover: actions, operators, keys and values', () => {
  it('explains actions', () => {
    assert.match(hoverOn(stmt('"Action": [|"sts:AssumeRoleWithWebIdentity"|]')), /STS API call is `AssumeRoleWithWebIdentity`/);
    assert.match(hoverOn(stmt('"Action": |"sts:TagSession"|')), /no API call of its own/);
  });
  it('explains operators: absent keys, IfExists and set qualifiers', () => {
    assert.match(hoverOn(stmt('"Condition": {|"StringEquals"|: {}}')), /key is absent from the request, the condition is not met/);
    assert.match(hoverOn(stmt('"Condition": {|"StringLikeIfExists"|: {}}')), /IfExists:\*\* when the key is absent/);
    assert.match(hoverOn(stmt('"Condition": {|"ForAllValues:StringEquals"|: {}}')), /also met when the key is absent/);
    assert.match(hoverOn(stmt('"Condition": {|"Null"|: {}}')), /requires the key to be absent/);
    assert.match(hoverOn(stmt('"Condition": {|"StringEqual"|: {}}')), /not a condition operator/);
  });
  it('explains condition keys: type, single or multi-valued, who sets it', () => {
    const md = hoverOn(stmt('"Condition": {"StringEquals": {|"aws:SourceAccount"|: "111122223333"}}'));
    assert.match(md, /single-valued/);
    assert.match(md, /AWS sets it from the request/);
    assert.match(hoverOn(stmt('"Condition": {"ForAnyValue:StringLike": {|"cognito-identity.amazonaws.com:amr"|: "authenticated"}}')), /multi-valued/);
    assert.match(hoverOn(stmt(`"Condition": {"StringEquals": {|"token.actions.githubusercontent.com:sub"|: "x"}}`)), /claim in the OIDC/);
    assert.match(hoverOn(stmt('"Condition": {"StringEquals": {|"sts:ExternalID2"|: "x"}}')), /not a condition key we know/);
  });
  it('explains which GitHub workflows produce a subject', () => {
    const key = '"token.actions.githubusercontent.com:sub"';
    assert.match(hoverOn(stmt(`"Condition": {"StringEquals": {${key}: |"repo:octo/app:environment:prod"|}}`)), /declare the \*\*environment\*\* `prod`/);
    assert.match(hoverOn(stmt(`"Condition": {"StringEquals": {${key}: [|"repo:octo/app:ref:refs/heads/main"|]}}`)), /\*\*branch\*\* `main`/);
    assert.match(hoverOn(stmt(`"Condition": {"StringEquals": {${key}: |"repo:octo/app:pull_request"|}}`)), /pull request/);
  });
  it('gives no hover where there is nothing to say', () => {
    const { text, offset } = extractCursor(stmt('"Sid": "Ci|x"'));
    const d = doc(text);
    assert.equal(service.hover(d, d.positionAt(offset)), null);
  });
});

describe('hover: typical values of a key', () => {
  it('lists the values completion would offer', () => {
    const md = hoverOn(stmt(`"Principal": {"Federated": "${oidc}"}, "Condition": {"StringEquals": {|"token.actions.githubusercontent.com:aud"|: "sts.amazonaws.com"}}`));
    assert.match(md, /Typical values: `sts\.amazonaws\.com`/);
    assert.match(hoverOn(stmt('"Condition": {"StringEquals": {|"SAML:aud"|: "x"}}')), /Typical values: `https:\/\/signin\.aws\.amazon\.com\/saml`/);
  });
});
