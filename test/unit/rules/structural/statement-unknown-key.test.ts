import assert from 'node:assert/strict';
import { applyFix, messageOf, messagesOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('statement-unknown-key', () => {
  it('reports misspelt and unknown statement keys', () => {
    const diagnostics = checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{
  "effect": "Allow",
  ^^^^^^^^ statement-unknown-key:error
  "Principals": {"Service": "ec2.amazonaws.com"},
  ^^^^^^^^^^^^ statement-unknown-key
  "Action": "sts:AssumeRole",
  "Description": "EC2 role"
  ^^^^^^^^^^^^^ statement-unknown-key
}]}
`, 'statement-unknown-key');
    const messages = messagesOf(diagnostics);
    assert.match(messages, /"effect".*Did you mean "Effect"\?/);
    assert.match(messages, /"Principals".*Did you mean "Principal"\?/);
  });
  it('accepts every statement element (Resource is reported by resource-forbidden)', () => {
    checkDiagnostics(`
{"Statement": [{"Sid": "A", "Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole", "Resource": "*", "Condition": {}}]}
`, 'statement-unknown-key');
    checkDiagnostics(`
{"Statement": [{"Effect": "Deny", "NotPrincipal": {"AWS": "111122223333"}, "NotAction": "sts:TagSession", "NotResource": "*"}]}
`, 'statement-unknown-key');
  });
  it('fix: renames to the suggestion', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principals": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'statement-unknown-key');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('fix: removes an unknown key', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "Description": "x"}]}`, 'statement-unknown-key');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('does not offer a rename that would duplicate an existing key', () => {
    const [d] = checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}]}
                                   ^^^^^^^^ statement-unknown-key
`, 'statement-unknown-key');
    assert.doesNotMatch(messageOf(d), /Did you mean/);
    applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'statement-unknown-key', 'Remove "effect"');
  });
});
