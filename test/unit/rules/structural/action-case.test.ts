import assert from 'node:assert/strict';
import { applyFix } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('action-case', () => {
  it('gives a hint for a trust action written in another case (IAM accepts it)', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": ["sts:assumerole", "STS:TagSession"]}, {"Effect": "Deny", "Principal": "*", "NotAction": "sts:setsourceidentity"}]}
                                                                                    ^^^^^^^^^^^^^^^^ action-case:hint
                                                                                                      ^^^^^^^^^^^^^^^^ action-case
                                                                                                                                                                            ^^^^^^^^^^^^^^^^^^^^^^^ action-case
`, ['action-case', 'action-not-sts']);
  });
  it('stays quiet for the documented spelling', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": ["sts:AssumeRole", "sts:TagSession"]}]}
`, 'action-case');
  });
  it('fix: writes the documented spelling', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:assumerole"}]}`, 'action-case');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
});
