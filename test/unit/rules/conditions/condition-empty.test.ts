import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics, service, doc } from '../../../support/fixture';
import { textOf, trustPolicy } from './policy';

const RULE = 'condition-empty';

describe('condition-empty', () => {
  it('reports an empty Condition and removes it with its comma', () => {
    const fixture = `
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"Service": "ec2.amazonaws.com"},
    "Action": "sts:AssumeRole",
    "Condition": {}
    ^^^^^^^^^^^^^^^ condition-empty:hint
  }]
}`;
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.equal(fixed, textOf(fixture).replace(',\n    "Condition": {}', ''));
  });
  it('reports an empty operator block and removes only that block', () => {
    const fixture = trustPolicy(`
      "StringEquals": {"sts:ExternalId": "abc123"},
      "StringLike": {}
      ^^^^^^^^^^^^^^^^ condition-empty
`);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"Condition": \{\n {6}"StringEquals": \{"sts:ExternalId": "abc123"\}\n {4}\}/);
  });
  it('removes the whole Condition when its only block is empty', () => {
    const fixture = trustPolicy(`
      "StringLike": { }
      ^^^^^^^^^^^^^^^^^ condition-empty
`);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.doesNotMatch(fixed, /Condition/);
    assert.match(fixed, /"Action": "sts:AssumeRole"\n {2}\}\]/);
  });
  it('reports an empty value list; in an Allow the removal is offered but not preferred', () => {
    const fixture = trustPolicy(`
      "StringEquals": {"sts:ExternalId": [], "aws:PrincipalAccount": "111122223333"}
                       ^^^^^^^^^^^^^^^^^^^^ condition-empty
`);
    checkDiagnostics(fixture, RULE);
    const d = doc(textOf(fixture));
    const target = service.validate(d).find((x) => x.code === RULE)!;
    const actions = service.codeActions(d, target.range, [target]);
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [['Remove the empty sts:ExternalId key', false]]);
    const fixed = applyFix(textOf(fixture), RULE, 'Remove the empty sts:ExternalId key');
    assert.match(fixed, /"StringEquals": \{"aws:PrincipalAccount": "111122223333"\}/);
  });
  it('prefers the removal in a Deny, and cascades up when the key was the only one', () => {
    const fixture = trustPolicy(`
      "StringNotEquals": {"aws:PrincipalOrgID": []},
                          ^^^^^^^^^^^^^^^^^^^^^^^^ condition-empty
      "Bool": {"aws:SecureTransport": "false"}
`, { effect: 'Deny' });
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"Condition": \{\n {6}"Bool"/);
  });
  it('accepts non-empty conditions and statements without one', () => {
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"sts:ExternalId": ["abc123"]}
`), RULE);
    checkDiagnostics('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}', RULE);
  });
});
