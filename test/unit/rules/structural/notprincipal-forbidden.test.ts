import assert from 'node:assert/strict';
import { applyFix } from './support';
import { checkDiagnostics, doc, service } from '../../../support/fixture';

const denyText = `{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:role/Admin"}, "Action": "sts:AssumeRole"}]}`;

describe('notprincipal-forbidden', () => {
  it('reports NotPrincipal in Allow and Deny', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:role/Admin"}, "Action": "sts:AssumeRole"},
                     ^^^^^^^^^^^^^^ notprincipal-forbidden:error
  {"Effect": "Allow", "NotPrincipal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole"}
                      ^^^^^^^^^^^^^^ notprincipal-forbidden
]}
`, ['notprincipal-forbidden', 'principal-missing']);
  });
  it('stays quiet for Principal', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Admin"}, "Action": "sts:AssumeRole"}]}
`, 'notprincipal-forbidden');
  });
  it('fix: renames to Principal (preferred in an Allow)', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:role/Admin"}, "Action": "sts:AssumeRole"}]}`, 'notprincipal-forbidden');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Admin"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('fix in a Deny: says the meaning changes and is not preferred', () => {
    const d = doc(denyText);
    const target = service.validate(d).find((x) => x.code === 'notprincipal-forbidden');
    assert.ok(target);
    const [action] = service.codeActions(d, target.range, [target]);
    assert.match(action.title, /changes the meaning/);
    assert.ok(!action.isPreferred);
    applyFix(denyText, 'notprincipal-forbidden', /Rename NotPrincipal/);
  });
  it('fix: offers to remove NotPrincipal when the statement also has a Principal', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "NotPrincipal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole"}]}`, 'notprincipal-forbidden', /Remove NotPrincipal/);
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
});
