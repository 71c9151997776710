import assert from 'node:assert/strict';
import { applyCompletion, completionsAt, labels } from './helpers';
import { doc, extractCursor, service } from '../../support/fixture';

const stmt = (body: string) => `{"Version": "2012-10-17", "Statement": [{${body}}]}`;

describe('completion: keys', () => {
  it('offers the top-level keys not yet present', () => {
    assert.deepEqual(labels('{"Version": "2012-10-17", |}').sort(), ['Id', 'Statement']);
    assert.equal(applyCompletion('{"Version": "2012-10-17", |}', 'Statement'), '{"Version": "2012-10-17", "Statement": []}');
  });
  it('offers statement keys not yet present and writes a value placeholder', () => {
    const offered = labels(stmt('"Effect": "Allow", |'));
    assert.ok(offered.includes('Principal') && offered.includes('Condition'));
    assert.ok(!offered.includes('Effect'));
    assert.equal(applyCompletion(stmt('"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, |'), 'Action'),
      stmt('"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"'));
  });
  it('replaces only the key when the property already has a value', () => {
    assert.equal(applyCompletion(stmt('"Eff|": "Allow"'), 'Effect'), stmt('"Effect": "Allow"'));
  });
  it('adds the comma a new key needs before the next property', () => {
    assert.equal(applyCompletion(stmt('"Effect": "Allow", | "Action": "sts:AssumeRole"'), 'Sid'), stmt('"Effect": "Allow", "Sid": "",  "Action": "sts:AssumeRole"'));
  });
  it('offers principal types', () => {
    assert.deepEqual(labels(stmt('"Principal": {|}')), ['Service', 'AWS', 'Federated']);
    assert.equal(applyCompletion(stmt('"Principal": {|}'), 'Service'), stmt('"Principal": {"Service": ""}'));
  });
  it('offers condition operators with IfExists and set-qualified variants', () => {
    const offered = labels(stmt('"Condition": {|}'));
    for (const op of ['StringEquals', 'StringLikeIfExists', 'ForAllValues:StringEquals', 'ForAnyValue:StringLike', 'Null']) assert.ok(offered.includes(op), op);
    assert.ok(!offered.includes('NullIfExists'));
    assert.equal(applyCompletion(stmt('"Condition": {"|"}'), 'StringLike'), stmt('"Condition": {"StringLike": {"": ""}}'));
  });
  it('offers confused-deputy keys first for a service statement', () => {
    const { items } = completionsAt(stmt('"Principal": {"Service": "sns.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {|}}'));
    const sorted = [...items].sort((a, b) => String(a.sortText).localeCompare(String(b.sortText))).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 2).sort(), ['aws:SourceAccount', 'aws:SourceArn']);
    assert.ok(!sorted.some((l) => l.startsWith('SAML:') || l.includes('githubusercontent')));
  });
  it('offers the provider\'s own keys to an OIDC statement', () => {
    const offered = labels(stmt('"Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"|"}}'));
    for (const k of ['token.actions.githubusercontent.com:aud', 'token.actions.githubusercontent.com:sub', 'token.actions.githubusercontent.com:amr', 'token.actions.githubusercontent.com:repository']) assert.ok(offered.includes(k), k);
    assert.ok(!offered.includes('aws:PrincipalArn') && !offered.includes('sts:ExternalId'));
    const eks = labels(stmt('"Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {|}}'));
    assert.ok(eks.includes('oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF:sub'));
  });
  it('offers SAML keys to a SAML statement and templated keys with placeholders', () => {
    const fixture = stmt('"Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:AssumeRoleWithSAML", "Condition": {"StringEquals": {|}}');
    assert.ok(labels(fixture).includes('SAML:aud'));
    assert.equal(applyCompletion(stmt('"Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {|}}'), 'aws:PrincipalTag/TagKey'),
      stmt('"Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalTag/TagKey": ""}}'));
  });
  it('does not offer keys already present', () => {
    const offered = labels(stmt('"Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "x", |}}'));
    assert.ok(!offered.includes('sts:ExternalId'));
    assert.ok(offered.includes('aws:PrincipalOrgID'));
  });
});

describe('completion: values', () => {
  it('offers Version and Effect values', () => {
    assert.equal(applyCompletion('{"Version": "|"}', '2012-10-17'), '{"Version": "2012-10-17"}');
    assert.equal(applyCompletion(stmt('"Effect": |'), 'Deny'), stmt('"Effect": "Deny"'));
  });
  it('replaces the whole string with a service principal, common ones first with the service name as detail', () => {
    assert.equal(applyCompletion(stmt('"Principal": {"Service": "lam|bda.amazonaws"}'), 'lambda.amazonaws.com'), stmt('"Principal": {"Service": "lambda.amazonaws.com"}'));
    const { items } = completionsAt(stmt('"Principal": {"Service": "|"}'));
    const lambda = items.find((i) => i.label === 'lambda.amazonaws.com')!;
    assert.equal(lambda.detail, 'AWS Lambda');
    assert.equal(lambda.filterText, '"lambda.amazonaws.com"');
    assert.match(JSON.stringify(lambda.documentation), /Lambda/);
    const a4b = items.find((i) => i.label === 'a4b.amazonaws.com')!;
    assert.ok(String(lambda.sortText) < String(a4b.sortText));
    assert.ok(!items.some((i) => i.label === 'delivery.logs.amazonaws.com'), 'resource-policy-only principals are not offered');
  });
  it('adds quotes and commas in arrays and skips items already present', () => {
    assert.equal(applyCompletion(stmt('"Principal": {"Service": ["ec2.amazonaws.com" |]}'), 'lambda.amazonaws.com'), stmt('"Principal": {"Service": ["ec2.amazonaws.com" , "lambda.amazonaws.com"]}'));
    assert.equal(applyCompletion(stmt('"Principal": {"Service": [| "ec2.amazonaws.com"]}'), 'lambda.amazonaws.com'), stmt('"Principal": {"Service": ["lambda.amazonaws.com",  "ec2.amazonaws.com"]}'));
    assert.ok(!labels(stmt('"Principal": {"Service": ["ec2.amazonaws.com", |]}')).includes('ec2.amazonaws.com'));
  });
  it('offers the actions that fit the principal type', () => {
    assert.deepEqual(labels(stmt('"Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "|"')), ['sts:AssumeRoleWithSAML', 'sts:TagSession', 'sts:SetSourceIdentity']);
    assert.deepEqual(labels(stmt('"Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole", |]')), ['sts:TagSession', 'sts:SetSourceIdentity']);
  });
  it('offers Federated providers as ARN templates with placeholders, and built-in providers', () => {
    const fixture = stmt('"Principal": {"Federated": "|"}');
    const offered = labels(fixture);
    assert.ok(offered.includes('cognito-identity.amazonaws.com'));
    assert.equal(applyCompletion(fixture, 'arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com'),
      stmt('"Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}'));
    assert.equal(applyCompletion(fixture, 'arn:aws:iam::ACCOUNT:saml-provider/PROVIDER', { accounts: ['444455556666'] }),
      stmt('"Principal": {"Federated": "arn:aws:iam::444455556666:saml-provider/PROVIDER"}'));
  });
  it('offers AWS principal templates and the own account from the settings', () => {
    const fixture = stmt('"Principal": {"AWS": "|"}');
    assert.equal(applyCompletion(fixture, 'arn:aws:iam::ACCOUNT:role/ROLE_NAME'), stmt('"Principal": {"AWS": "arn:aws:iam::111122223333:role/ROLE_NAME"}'));
    assert.equal(applyCompletion(fixture, 'arn:aws:iam::444455556666:root', { accounts: ['444455556666'] }), stmt('"Principal": {"AWS": "arn:aws:iam::444455556666:root"}'));
    for (const l of ['arn:aws:iam::ACCOUNT:root', 'arn:aws:iam::ACCOUNT:user/USER_NAME', 'arn:aws:sts::ACCOUNT:assumed-role/ROLE_NAME/SESSION']) assert.ok(labels(fixture).includes(l), l);
  });
  it('offers whole Principal shapes', () => {
    assert.equal(applyCompletion(stmt('"Principal": |'), '{"Service": ...}'), stmt('"Principal": {"Service": ""}'));
  });
  it('offers a statement template inside the Statement array', () => {
    assert.equal(applyCompletion('{"Version": "2012-10-17", "Statement": [|]}', 'statement'),
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": ""}, "Action": "sts:AssumeRole"}]}');
  });
  it('offers known condition values', () => {
    const gh = (key: string, op = 'StringEquals') => stmt(`"Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"${op}": {"token.actions.githubusercontent.com:${key}": "|"}}`);
    assert.deepEqual(labels(gh('aud')), ['sts.amazonaws.com']);
    assert.ok(labels(gh('sub')).includes('repo:OWNER/REPO:environment:production'));
    assert.match(applyCompletion(gh('sub'), 'repo:OWNER/REPO:ref:refs/heads/main'), /"token.actions.githubusercontent.com:sub": "repo:OWNER\/REPO:ref:refs\/heads\/main"/);
    assert.ok(labels(gh('sub')).includes('repo:OWNER/REPO:pull_request'));
    const eks = stmt('"Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub": "|"}}');
    assert.deepEqual(labels(eks), ['system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT']);
    const cognito = stmt('"Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "|"}}');
    assert.deepEqual(labels(cognito), ['authenticated', 'unauthenticated']);
    assert.deepEqual(labels(stmt('"Condition": {"StringEquals": {"SAML:aud": "|"}}')), ['https://signin.aws.amazon.com/saml']);
    assert.deepEqual(labels(stmt('"Condition": {"Bool": {"aws:MultiFactorAuthPresent": "|"}}')), ['true', 'false']);
    assert.deepEqual(labels(stmt('"Condition": {"Null": {"aws:SourceArn": |}}')), ['true', 'false']);
  });
  it('offers the source ARN shape of the trusted service', () => {
    const fixture = stmt('"Principal": {"Service": "events.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"ArnLike": {"aws:SourceArn": "|"}}');
    const offered = labels(fixture);
    assert.equal(offered.length, 1);
    assert.match(offered[0], /^arn:aws:events:REGION:/);
  });
  it('answers nothing inside numbers or right after a finished string', () => {
    assert.deepEqual(labels(stmt('"Effect": "Allow"|')), []);
  });
  it('answers `"Service": "|"` within a few milliseconds', () => {
    const { text, offset } = extractCursor(stmt('"Principal": {"Service": "|"}'));
    const d = doc(text);
    const position = d.positionAt(offset);
    assert.ok(service.complete(d, position).items.length > 400);
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = process.hrtime.bigint();
      service.complete(d, position);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const median = times.sort((a, b) => a - b)[10];
    assert.ok(median < 5, `median ${median.toFixed(2)} ms per completion`);
  });
});

describe('completion: Statement written as a single object', () => {
  it('completes statement keys and values the same way', () => {
    assert.ok(labels('{"Version": "2012-10-17", "Statement": {"Effect": "Allow", |}}').includes('Principal'));
    assert.equal(applyCompletion('{"Statement": {"Principal": {"Service": "ecs-t|"}}}', 'ecs-tasks.amazonaws.com'), '{"Statement": {"Principal": {"Service": "ecs-tasks.amazonaws.com"}}}');
  });
});

describe('completion: nothing twice', () => {
  it('leaves out principal types and operators already present', () => {
    assert.deepEqual(labels(stmt('"Principal": {"Service": "ec2.amazonaws.com", |}')), ['AWS', 'Federated']);
    assert.ok(!labels(stmt('"Condition": {"StringEquals": {}, |}')).includes('StringEquals'));
  });
});
