import assert from 'node:assert/strict';
import { applyFix } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('sid-empty', () => {
  it('gives a hint for an empty Sid', () => {
    checkDiagnostics(`
{"Statement": [{"Sid": "", "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}]}
                ^^^^^ sid-empty:hint
`, 'sid-empty');
  });
  it('stays quiet for a named or absent Sid', () => {
    checkDiagnostics(`
{"Statement": [{"Sid": "A", "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}, {"Effect": "Allow", "Principal": "*", "Action": "sts:TagSession"}]}
`, 'sid-empty');
  });
  it('fix: removes the empty Sid', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Sid": "", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'sid-empty');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
});
