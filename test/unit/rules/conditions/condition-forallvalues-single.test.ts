import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';
import { GITHUB, WEB_IDENTITY, textOf, trustPolicy } from './policy';

const RULE = 'condition-forallvalues-single';
const github = { principal: GITHUB, action: WEB_IDENTITY };

describe('condition-forallvalues-single', () => {
  it('warns on ForAllValues: with GitHub aud and sub in an Allow and drops the qualifier', () => {
    const fixture = trustPolicy(`
      "ForAllValues:StringEquals": {
        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-forallvalues-single:warning
        "token.actions.githubusercontent.com:sub": "repo:octo-org/app:environment:prod"
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-forallvalues-single:warning
      }
`, github);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.equal(fixed, textOf(fixture).replace('"ForAllValues:StringEquals"', '"StringEquals"'));
  });
  it('merges into an existing block when the plain operator is already there', () => {
    const fixture = trustPolicy(`
      "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
      "ForAllValues:StringEquals": {"token.actions.githubusercontent.com:sub": "repo:octo-org/app:environment:prod"}
                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-forallvalues-single
`, github);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"Condition": \{\n {6}"StringEquals": \{"token\.actions\.githubusercontent\.com:aud": "sts\.amazonaws\.com", "token\.actions\.githubusercontent\.com:sub": "repo:octo-org\/app:environment:prod"\}\n {4}\}/);
  });
  it('moves only the single-valued key out of a block that also tests a multi-valued key', () => {
    const fixture = trustPolicy(`
      "ForAllValues:StringEquals": {"aws:TagKeys": ["team", "env"], "aws:SourceIdentity": "alice"}
                                                                    ^^^^^^^^^^^^^^^^^^^^ condition-forallvalues-single
`);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"ForAllValues:StringEquals": \{"aws:TagKeys": \["team", "env"\]\},\n {6}"StringEquals": \{"aws:SourceIdentity": "alice"\}/);
  });
  it('keeps IfExists when dropping the qualifier', () => {
    const fixture = trustPolicy(`
      "ForAllValues:StringLikeIfExists": {"aws:PrincipalTag/team": "dev-*"}
                                          ^^^^^^^^^^^^^^^^^^^^^^^ condition-forallvalues-single
`);
    checkDiagnostics(fixture, RULE);
    assert.match(applyFix(textOf(fixture), RULE), /"StringLikeIfExists": \{"aws:PrincipalTag\/team"/);
  });
  it('does not fire in a Deny, on multi-valued keys, with ForAnyValue: or on unknown keys', () => {
    checkDiagnostics(trustPolicy(`
      "ForAllValues:StringEquals": {"token.actions.githubusercontent.com:sub": "repo:octo-org/app:ref:refs/heads/main"}
`, { ...github, effect: 'Deny' }), RULE);
    checkDiagnostics(trustPolicy(`
      "ForAllValues:StringEquals": {"aws:TagKeys": ["team"], "cognito-identity.amazonaws.com:amr": "authenticated", "example:custom": "x"},
      "ForAnyValue:StringEquals": {"aws:SourceIdentity": "alice"}
`), RULE);
  });
});
