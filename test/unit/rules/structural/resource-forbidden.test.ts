import assert from 'node:assert/strict';
import { applyFix } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('resource-forbidden', () => {
  it('reports Resource and NotResource', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "Resource": "*"},
                                                                                                 ^^^^^^^^^^ resource-forbidden:error
  {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole", "NotResource": "arn:aws:iam::111122223333:role/R"}
                                                                   ^^^^^^^^^^^^^ resource-forbidden
]}
`, 'resource-forbidden');
  });
  it('stays quiet without them', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
`, 'resource-forbidden');
  });
  it('fix: "Remove Resource" deletes the element and its comma (preferred)', () => {
    const fixed = applyFix(`{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Service": "ec2.amazonaws.com"},
      "Action": "sts:AssumeRole",
      "Resource": "*"
    }
  ]
}`, 'resource-forbidden');
    assert.equal(fixed, `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Service": "ec2.amazonaws.com"},
      "Action": "sts:AssumeRole"
    }
  ]
}`);
  });
  it('fix: "Remove NotResource" in the middle of a statement', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotResource": "*", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'resource-forbidden', 'Remove NotResource');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
});
