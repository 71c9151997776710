import assert from 'node:assert/strict';
import { messageOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';
import { sizeWithoutWhitespace } from '../../../../server/src/service/rules/structural/policy-size';

function policyWithSubjects(n: number): string {
  const subjects = Array.from({ length: n }, (_, i) => `"repo:example-org/service-${i}:ref:refs/heads/main"`);
  return `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": [
      ${subjects.join(',\n      ')}
    ]}}
  }]
}`;
}

describe('policy-size', () => {
  it('reports a policy over the default 2048-character quota, with the count and the limit', () => {
    const text = policyWithSubjects(50);
    const size = sizeWithoutWhitespace(text);
    assert.ok(size > 2048);
    const [d] = checkDiagnostics(text.replace(/^\{\n/, '{\n^ policy-size:information\n'), 'policy-size');
    assert.ok(messageOf(d).includes(`${size} characters`) && messageOf(d).includes('2048'), messageOf(d));
  });
  it('does not count whitespace, and accepts a policy under the quota', () => {
    const text = policyWithSubjects(10);
    assert.ok(sizeWithoutWhitespace(text) < 2048);
    checkDiagnostics(text.replace(/\n/g, '\n        '), 'policy-size');
    assert.equal(sizeWithoutWhitespace('{ "a" :\t"b c"\r\n}'), 10);
  });
  it('uses the sizeQuota option', () => {
    const text = policyWithSubjects(50);
    checkDiagnostics(text, 'policy-size', { sizeQuota: 4096 });
    checkDiagnostics(`{"Version": "2012-10-17", "Statement": []}
^ policy-size
`, 'policy-size', { sizeQuota: 20 });
  });
});
