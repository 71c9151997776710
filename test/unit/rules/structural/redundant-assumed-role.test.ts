import assert from 'node:assert/strict';
import { applyFix } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('redundant-assumed-role', () => {
  it('gives a hint for a session of a role that is also listed (role paths do not matter)', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": [
  "arn:aws:iam::111122223333:role/ops/R",
  "arn:aws:sts::111122223333:assumed-role/R/s1"
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redundant-assumed-role:hint
]}, "Action": "sts:AssumeRole"}]}
`, 'redundant-assumed-role');
  });
  it('stays quiet for sessions of other roles or other accounts', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": [
  "arn:aws:iam::111122223333:role/R",
  "arn:aws:sts::111122223333:assumed-role/Other/s1",
  "arn:aws:sts::444455556666:assumed-role/R/s1"
]}, "Action": "sts:AssumeRole"}]}
`, 'redundant-assumed-role');
  });
  it('fix: removes the session principal', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/R", "arn:aws:sts::111122223333:assumed-role/R/s1"]}, "Action": "sts:AssumeRole"}]}`, 'redundant-assumed-role');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/R"]}, "Action": "sts:AssumeRole"}]}`);
  });
});
