import assert from 'node:assert/strict';
import { applyFix, messageOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('effect-invalid', () => {
  it('reports a wrong-case, misspelt or non-string Effect', () => {
    const diagnostics = checkDiagnostics(`
{"Statement": [
  {"Effect": "allow", "Principal": "*", "Action": "sts:AssumeRole"},
             ^^^^^^^ effect-invalid:error
  {"Effect": "Permit", "Principal": "*", "Action": "sts:AssumeRole"},
             ^^^^^^^^ effect-invalid
  {"Effect": true, "Principal": "*", "Action": "sts:AssumeRole"}
             ^^^^ effect-invalid
]}
`, 'effect-invalid');
    assert.match(messageOf(diagnostics[0]), /Did you mean "Allow"\?/);
  });
  it('reports a statement without Effect at its opening brace', () => {
    checkDiagnostics(`
{"Statement": [{"Principal": "*", "Action": "sts:AssumeRole"}]}
               ^ effect-invalid
`, 'effect-invalid');
  });
  it('accepts Allow and Deny', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}, {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole"}]}
`, 'effect-invalid');
  });
  it('fix: corrects the case', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'effect-invalid');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('fix: adds a missing Effect after the Sid', () => {
    const fixed = applyFix(`{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Ec2",
      "Principal": {"Service": "ec2.amazonaws.com"},
      "Action": "sts:AssumeRole"
    }
  ]
}`, 'effect-invalid', 'Add "Effect": "Allow"');
    assert.equal(fixed, `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Ec2",
      "Effect": "Allow",
      "Principal": {"Service": "ec2.amazonaws.com"},
      "Action": "sts:AssumeRole"
    }
  ]
}`);
  });
  it('leaves a misspelt "effect" key to statement-unknown-key (one finding per mistake)', () => {
    checkDiagnostics(`
{"Statement": [{"effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}]}
`, 'effect-invalid');
  });
});
