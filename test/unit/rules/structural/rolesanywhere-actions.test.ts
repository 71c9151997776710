import assert from 'node:assert/strict';
import { applyFix, messageOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('rolesanywhere-actions', () => {
  it('reports a Roles Anywhere statement that lacks TagSession or SetSourceIdentity', () => {
    const [d] = checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"Service": "rolesanywhere.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:TagSession"]}]}
                                                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ rolesanywhere-actions:error
`, 'rolesanywhere-actions');
    assert.match(messageOf(d), /lacks sts:SetSourceIdentity/);
  });
  it('accepts the three actions (or a wildcard covering them), other services and Deny', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {"Service": "rolesanywhere.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"]},
  {"Effect": "Allow", "Principal": {"Service": "rolesanywhere.amazonaws.com"}, "Action": "sts:*"},
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"},
  {"Effect": "Deny", "Principal": {"Service": "rolesanywhere.amazonaws.com"}, "Action": "sts:AssumeRole"}
]}
`, 'rolesanywhere-actions');
  });
  it('fix: adds the missing actions to a single action', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "rolesanywhere.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'rolesanywhere-actions');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "rolesanywhere.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"]}]}`);
  });
  it('fix: appends to a multi-line list in its layout', () => {
    const fixed = applyFix(`{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"Service": "rolesanywhere.amazonaws.com"},
    "Action": [
      "sts:AssumeRole",
      "sts:TagSession"
    ]
  }]
}`, 'rolesanywhere-actions');
    assert.equal(fixed, `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"Service": "rolesanywhere.amazonaws.com"},
    "Action": [
      "sts:AssumeRole",
      "sts:TagSession",
      "sts:SetSourceIdentity"
    ]
  }]
}`);
  });
});
