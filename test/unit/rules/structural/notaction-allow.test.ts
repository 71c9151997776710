import assert from 'node:assert/strict';
import { applyFix } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('notaction-allow', () => {
  it('warns about NotAction in an Allow (and in a statement without a valid Effect)', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "NotAction": "sts:TagSession"},
                                                            ^^^^^^^^^^^ notaction-allow:warning
  {"Principal": {"AWS": "111122223333"}, "NotAction": "sts:TagSession"}
                                         ^^^^^^^^^^^ notaction-allow
]}
`, 'notaction-allow');
  });
  it('stays quiet in a Deny and for Action', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Deny", "Principal": "*", "NotAction": "sts:TagSession"}, {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole"}]}
`, 'notaction-allow');
  });
  it('fix: replaces NotAction with the action the principal needs', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "NotAction": "sts:TagSession"}]}`, 'notaction-allow', /Replace NotAction/);
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
});
