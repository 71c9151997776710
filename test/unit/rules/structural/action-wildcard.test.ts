import assert from 'node:assert/strict';
import { applyFix, messageOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('action-wildcard', () => {
  it('warns about "*", "sts:*" and "sts:Assume*" in an Allow', () => {
    const diagnostics = checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Ci"}, "Action": "sts:*"},
                                                                                           ^^^^^^^ action-wildcard:warning
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["*", "sts:Assume*"]}
                                                                                ^^^ action-wildcard
                                                                                     ^^^^^^^^^^^^^ action-wildcard
]}
`, 'action-wildcard');
    assert.match(messageOf(diagnostics[0]), /usually "sts:AssumeRole"/);
  });
  it('never warns in a Deny, nor for a pattern that matches a single action', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Deny", "Principal": "*", "Action": "sts:*"},
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:Tag*"]}
]}
`, 'action-wildcard');
  });
  it('fix: replaces the wildcard with the action the principal needs', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:*"}]}`, 'action-wildcard', /Replace/);
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('fix: removes the wildcard when the needed action is already listed', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:*"]}]}`, 'action-wildcard', /Remove/);
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole"]}]}`);
  });
});
