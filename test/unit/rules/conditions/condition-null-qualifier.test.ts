import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';
import { textOf, trustPolicy } from './policy';

const RULE = 'condition-null-qualifier';

describe('condition-null-qualifier', () => {
  it('hints at ForAnyValue:Null and renames it to Null', () => {
    const fixture = trustPolicy(`
      "ForAnyValue:Null": {"aws:SourceIdentity": "false"}
      ^^^^^^^^^^^^^^^^^^ condition-null-qualifier:hint
`);
    checkDiagnostics(fixture, RULE);
    assert.match(applyFix(textOf(fixture), RULE), /"Null": \{"aws:SourceIdentity": "false"\}/);
  });
  it('warns on ForAllValues:Null in an Allow, hints in a Deny', () => {
    const body = `
      "ForAllValues:Null": {"aws:SourceIdentity": "false"}
      ^^^^^^^^^^^^^^^^^^^ condition-null-qualifier:SEVERITY
`;
    checkDiagnostics(trustPolicy(body.replace('SEVERITY', 'warning')), RULE);
    checkDiagnostics(trustPolicy(body.replace('SEVERITY', 'hint'), { effect: 'Deny' }), RULE);
  });
  it('merges into an existing Null block, and offers nothing when the key is already there', () => {
    const fixture = trustPolicy(`
      "Null": {"aws:SourceIdentity": "false"},
      "ForAnyValue:Null": {"aws:PrincipalTag/team": "false"}
      ^^^^^^^^^^^^^^^^^^ condition-null-qualifier
`);
    checkDiagnostics(fixture, RULE);
    assert.match(applyFix(textOf(fixture), RULE), /"Condition": \{\n {6}"Null": \{"aws:SourceIdentity": "false", "aws:PrincipalTag\/team": "false"\}\n {4}\}/);
    const clash = textOf(fixture).replace('aws:PrincipalTag/team', 'aws:SourceIdentity');
    assert.throws(() => applyFix(clash, RULE), /no fix/);
  });
  it('accepts plain Null and leaves unknown qualifiers to the operator check', () => {
    checkDiagnostics(trustPolicy(`
      "Null": {"aws:SourceIdentity": "false"},
      "ForAnyValues:Null": {"aws:PrincipalTag/team": "false"}
`), RULE);
  });
});
