import assert from 'node:assert/strict';
import { applyFix } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('sid-invalid', () => {
  it('reports spaces, punctuation and non-ASCII letters', () => {
    checkDiagnostics(`
{"Statement": [
  {"Sid": "Allow GitHub", "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"},
          ^^^^^^^^^^^^^^ sid-invalid:error
  {"Sid": "allow-ci_1", "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"},
          ^^^^^^^^^^^^ sid-invalid
  {"Sid": "Zugriffüber", "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"},
          ^^^^^^^^^^^^^ sid-invalid
  {"Sid": 1, "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}
          ^ sid-invalid
]}
`, 'sid-invalid');
  });
  it('accepts letters and digits, and an empty Sid (sid-empty)', () => {
    checkDiagnostics(`
{"Statement": [{"Sid": "AllowGitHub2", "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}, {"Sid": "", "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}]}
`, 'sid-invalid');
  });
  it('fix: removes the characters IAM does not accept', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Sid": "Allow EC2", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'sid-invalid');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Sid": "AllowEC2", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
});
