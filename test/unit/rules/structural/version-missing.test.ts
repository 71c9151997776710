import assert from 'node:assert/strict';
import { applyFix } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('version-missing', () => {
  it('reports a policy without Version', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
^ version-missing:information
`, 'version-missing');
  });
  it('stays quiet when Version is present (even an invalid one)', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
`, 'version-missing');
    checkDiagnostics(`
{"Version": "2020-01-01", "Statement": []}
`, 'version-missing');
  });
  it('fix: adds Version as the first property, indented like the others', () => {
    const fixed = applyFix(`{
    "Statement": [
        {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
    ]
}`, 'version-missing');
    assert.equal(fixed, `{
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
    ]
}`);
  });
  it('fix: adds Version inline on a one-line policy', () => {
    const fixed = applyFix(`{"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'version-missing');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('leaves a misspelt "version" to root-unknown-key (one finding per mistake)', () => {
    checkDiagnostics(`
{"version": "2012-10-17", "Statement": []}
`, 'version-missing');
  });
});
