import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics, doc, service } from '../../../support/fixture';

describe('confused-deputy', () => {
  it('warns for services known to send aws:SourceArn/aws:SourceAccount when no source key is tested', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole"},
                                               ^^^^^^^^^^^^^^^^^^^^^^^^^ confused-deputy:warning
  {"Effect": "Allow", "Principal": {"Service": ["ec2.amazonaws.com", "states.amazonaws.com"]}, "Action": "*"},
                                                                     ^^^^^^^^^^^^^^^^^^^^^^ confused-deputy:warning
  {"Effect": "Allow", "Principal": {"Service": "scheduler.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:SourceAccount": "111122223333"}}},
                                               ^^^^^^^^^^^^^^^^^^^^^^^^^ confused-deputy:warning
  {"Effect": "Allow", "Principal": {"Service": "datasync.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEqualsIfExists": {"aws:SourceAccount": "111122223333"}}}
                                               ^^^^^^^^^^^^^^^^^^^^^^^^ confused-deputy:warning
]}
`, 'confused-deputy');
  });

  it('accepts any of aws:SourceArn, aws:SourceAccount, aws:SourceOrgID, aws:SourceOrgPaths', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}}},
  {"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:codebuild:us-east-1:111122223333:project/*"}}},
  {"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceOrgID": "o-abc123def4"}}},
  {"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"ForAnyValue:StringLike": {"aws:SourceOrgPaths": "o-abc123def4/r-ab12/*"}}}
]}
`, 'confused-deputy');
  });

  it('is silent for EC2 and Lambda, services AWS shows without the keys, unknown services, Deny and non-AssumeRole actions', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"},
  {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"},
  {"Effect": "Allow", "Principal": {"Service": ["cloudformation.amazonaws.com", "events.amazonaws.com", "elastictranscoder.amazonaws.com", "sns.amazonaws.com", "example-new-service.amazonaws.com"]}, "Action": "sts:AssumeRole"},
  {"Effect": "Deny", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole"},
  {"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:TagSession"}
]}
`, 'confused-deputy');
  });

  it('fixes with aws:SourceAccount: a new Condition, a new operator block, a key in an existing block', () => {
    const multiLine = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Service": "codebuild.amazonaws.com"},
      "Action": "sts:AssumeRole"
    }
  ]
}`;
    assert.equal(applyFix(multiLine, 'confused-deputy', 'Add an aws:SourceAccount condition'), multiLine.replace('"Action": "sts:AssumeRole"', `"Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": {
          "aws:SourceAccount": "111122223333"
        }
      }`));
    const otherOperator = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Service": "codebuild.amazonaws.com"},
      "Action": "sts:AssumeRole",
      "Condition": {
        "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}
      }
    }
  ]
}`;
    assert.equal(applyFix(otherOperator, 'confused-deputy', 'Add an aws:SourceAccount condition'), otherOperator.replace('"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}', `"IpAddress": {"aws:SourceIp": "203.0.113.0/24"},
        "StringEquals": {
          "aws:SourceAccount": "111122223333"
        }`));
    const sameOperator = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:RoleSessionName": "build"}}}]}';
    assert.equal(applyFix(sameOperator, 'confused-deputy', 'Add an aws:SourceAccount condition', { accounts: ['444455556666'] }),
      sameOperator.replace('"sts:RoleSessionName": "build"', '"sts:RoleSessionName": "build", "aws:SourceAccount": "444455556666"'));
    const emptyCondition = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {}}}]}';
    assert.match(applyFix(emptyCondition, 'confused-deputy', 'Add an aws:SourceAccount condition'), /"Condition": \{"StringEquals": \{"aws:SourceAccount": "111122223333"\}\}/);
  });

  it('fixes with aws:SourceAccount and aws:SourceArn built from the service\'s ARN format', () => {
    const fixed = applyFix('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:RoleSessionName": "build"}}}]}',
      'confused-deputy', 'Add aws:SourceAccount and aws:SourceArn conditions');
    assert.match(fixed, /"StringEquals": \{"sts:RoleSessionName": "build", "aws:SourceAccount": "111122223333"\}, "ArnLike": \{"aws:SourceArn": "arn:aws:codebuild:REGION:111122223333:project\/NAME"\}/);
  });

  it('offers the account fix as a snippet, preferred only when the account is known', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole"}]}';
    const d = doc(text);
    const [diagnostic] = service.validate(d).filter((x) => x.code === 'confused-deputy');
    const snippetActions = service.codeActions(d, diagnostic.range, [diagnostic], {}, true);
    const action = snippetActions.find((a) => a.title === 'Add an aws:SourceAccount condition');
    assert.ok(action && !action.isPreferred);
    assert.match(JSON.stringify(action.edit), /\$\{1:111122223333\}/);
    const known = service.codeActions(d, diagnostic.range, [diagnostic], { accounts: ['444455556666'] }, true).find((a) => a.title === 'Add an aws:SourceAccount condition');
    assert.equal(known?.isPreferred, true);
  });
});

describe('service-key-unsupported', () => {
  it('reports identity keys, federated keys and ExternalId (where the data says the service sends none) under positive operators', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}},
                                                                                                                                       ^^^^^^^^^^^^^^^^^^^^ service-key-unsupported:error
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "abc-123"}}},
                                                                                                                                ^^^^^^^^^^^^^^^^ service-key-unsupported:error
  {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}},
                                                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ service-key-unsupported:error
  {"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*"}}}
                                                                                                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ service-key-unsupported:error
]}
`, 'service-key-unsupported');
  });

  it('is silent with other principals, negated or IfExists tests, ExternalId for services that pass one, unknown services, and Deny', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com", "AWS": "arn:aws:iam::111122223333:role/Ops"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}},
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}},
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEqualsIfExists": {"aws:PrincipalOrgID": "o-abc123def4"}}},
  {"Effect": "Allow", "Principal": {"Service": "firehose.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "111122223333"}}},
  {"Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "abc-123"}}},
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}}},
  {"Effect": "Deny", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}},
  {"Effect": "Allow", "Principal": {"Service": "rolesanywhere.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"], "Condition": {"StringEquals": {"aws:PrincipalTag/x509Subject/CN": "build-agent"}}}
]}
`, 'service-key-unsupported');
  });
});

describe('condition fixes on unusual shapes', () => {
  it('replaces an empty value of the key instead of adding a duplicate key', () => {
    const fixed = applyFix('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": []}, "StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:*"}}}]}', 'github-aud');
    assert.match(fixed, /"StringEquals": \{"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"\}/);
  });

  it('extends the last of duplicate operator blocks, the one IAM reads', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:RoleSessionName": "a"}, "StringEquals": {"sts:RoleSessionName": "b"}}}]}';
    const d = doc(text);
    const [diagnostic] = service.validate(d).filter((x) => x.code === 'confused-deputy');
    const action = service.codeActions(d, diagnostic.range, [diagnostic]).find((a) => a.title === 'Add an aws:SourceAccount condition');
    const edits = action?.edit?.changes?.[d.uri] ?? [];
    assert.equal(edits.length, 1);
    assert.equal(d.offsetAt(edits[0].range.start), text.indexOf('"b"') + 3);
  });

  it('offers no condition fix when Condition or the operator block is not an object', () => {
    for (const condition of ['"Condition": []', '"Condition": {"StringEquals": "x"}']) {
      const d = doc(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", ${condition}}]}`);
      const [diagnostic] = service.validate(d).filter((x) => x.code === 'confused-deputy');
      assert.ok(diagnostic, condition);
      assert.deepEqual(service.codeActions(d, diagnostic.range, [diagnostic]).filter((a) => /aws:Source/.test(a.title)).map((a) => a.title), [], condition);
    }
  });
});

describe('confused-deputy and Deny guards', () => {
  it('is silent when a Deny refuses the service unless the source account matches, not when the Deny covers another service', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole"},
  {"Effect": "Deny", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:SourceAccount": "111122223333"}}}
]}
`, 'confused-deputy');
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole"},
                                               ^^^^^^^^^^^^^^^^^^^^^^^^^ confused-deputy:warning
  {"Effect": "Deny", "Principal": {"Service": "states.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:SourceAccount": "111122223333"}}}
]}
`, 'confused-deputy');
  });
});

describe('confused-deputy names only the keys the service sends', () => {
  const text = (svc: string) => `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "${svc}"}, "Action": "sts:AssumeRole"}]}`;
  it('says aws:SourceArn alone for a service that sends only it, and fixes with aws:SourceArn only', () => {
    const d = doc(text('logs.amazonaws.com'));
    const [finding] = service.validate(d, { accounts: ['111122223333'] }).filter((x) => x.code === 'confused-deputy');
    assert.match(String(finding.message), /in aws:SourceArn, but this statement does not check it/);
    assert.doesNotMatch(String(finding.message), /SourceAccount/);
    const titles = service.codeActions(d, finding.range, [finding], { accounts: ['111122223333'] }).map((a) => a.title);
    assert.deepEqual(titles, ['Add an aws:SourceArn condition']);
  });
  it('says both keys for a service that sends both', () => {
    const [finding] = service.validate(doc(text('codebuild.amazonaws.com'))).filter((x) => x.code === 'confused-deputy');
    assert.match(String(finding.message), /aws:SourceAccount and aws:SourceArn, but this statement checks neither/);
  });
});
