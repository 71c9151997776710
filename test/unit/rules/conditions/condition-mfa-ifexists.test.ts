import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';
import { textOf, trustPolicy } from './policy';

const RULE = 'condition-mfa-ifexists';
const crossAccount = { principal: '{"AWS": "arn:aws:iam::444455556666:root"}' };

describe('condition-mfa-ifexists', () => {
  it('warns on BoolIfExists MFA "true" in an Allow and changes it to Bool', () => {
    const fixture = trustPolicy(`
      "BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}
      ^^^^^^^^^^^^^^ condition-mfa-ifexists:warning
`, crossAccount);
    checkDiagnostics(fixture, RULE);
    assert.equal(applyFix(textOf(fixture), RULE), textOf(fixture).replace('"BoolIfExists"', '"Bool"'));
  });
  it('moves only the MFA key when the block tests other keys, merging into Bool', () => {
    const fixture = trustPolicy(`
      "BoolIfExists": {"aws:SecureTransport": "true", "aws:MultiFactorAuthPresent": true},
      ^^^^^^^^^^^^^^ condition-mfa-ifexists
      "Bool": {"aws:ViaAWSService": "false"}
`, crossAccount);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"BoolIfExists": \{"aws:SecureTransport": "true"\},\n {6}"Bool": \{"aws:ViaAWSService": "false", "aws:MultiFactorAuthPresent": true\}/);
  });
  it('does not fire in a Deny, for "false", for plain Bool, or when Null requires the key', () => {
    checkDiagnostics(trustPolicy(`
      "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}
`, { ...crossAccount, effect: 'Deny' }), RULE);
    checkDiagnostics(trustPolicy(`
      "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}
`, crossAccount), RULE);
    checkDiagnostics(trustPolicy(`
      "Bool": {"aws:MultiFactorAuthPresent": "true"}
`, crossAccount), RULE);
    checkDiagnostics(trustPolicy(`
      "BoolIfExists": {"aws:MultiFactorAuthPresent": "true"},
      "Null": {"aws:MultiFactorAuthPresent": "false"}
`, crossAccount), RULE);
  });
});
