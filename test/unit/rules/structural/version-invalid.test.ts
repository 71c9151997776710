import assert from 'node:assert/strict';
import { applyFix } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('version-invalid', () => {
  it('reports a date that is not a policy language version', () => {
    checkDiagnostics(`
{"Version": "2012-10-18", "Statement": []}
            ^^^^^^^^^^^^ version-invalid:error
`, 'version-invalid');
  });
  it('reports a Version that is not a string', () => {
    checkDiagnostics(`
{"Version": 2012, "Statement": []}
            ^^^^ version-invalid
`, 'version-invalid');
  });
  it('accepts both language versions', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": []}
`, 'version-invalid');
    checkDiagnostics(`
{"Version": "2008-10-17", "Statement": []}
`, 'version-invalid');
  });
  it('fix: sets 2012-10-17', () => {
    const fixed = applyFix(`{"Version": "2021-01-01", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'version-invalid');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
});
