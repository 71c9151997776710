import assert from 'node:assert/strict';
import { checkDiagnostics } from '../../../support/fixture';
import { applyFix } from './support';

describe('action-missing', () => {
  it('reports a statement with no Action', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}}]}
               ^ action-missing:error
`, 'action-missing');
  });
  it('reports Action together with NotAction, at NotAction', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "NotAction": "sts:TagSession"}]}
                                                                                 ^^^^^^^^^^^ action-missing
`, 'action-missing');
  });
  it('reports an empty Action list', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": []}]}
                                                               ^^ action-missing
`, 'action-missing');
  });
  it('accepts Action or NotAction alone', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": ["sts:AssumeRole"]}, {"Effect": "Deny", "Principal": "*", "NotAction": "sts:TagSession"}]}
`, 'action-missing');
  });
  it('fix: adds the action the principal needs after Principal', () => {
    const fixed = applyFix(`{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"},
      "Condition": {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}}
    }
  ]
}`, 'action-missing');
    assert.equal(fixed, `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"},
      "Action": "sts:AssumeRoleWithSAML",
      "Condition": {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}}
    }
  ]
}`);
  });
  it('leaves a misspelt "Actions" to statement-unknown-key (one finding per mistake)', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": "*", "Actions": "sts:AssumeRole"}]}
`, 'action-missing');
  });
});
