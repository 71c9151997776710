import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';
import { WEB_IDENTITY, textOf, trustPolicy } from './policy';

const RULE = 'condition-missing-qualifier';
const cognito = { principal: '{"Federated": "cognito-identity.amazonaws.com"}', action: WEB_IDENTITY };

describe('condition-missing-qualifier', () => {
  it('warns on Cognito amr without a set qualifier and adds ForAnyValue:', () => {
    const fixture = trustPolicy(`
      "StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:12345678-1234-1234-1234-123456789012"},
      "StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}
                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-missing-qualifier:warning
`, cognito);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"ForAnyValue:StringLike": \{"cognito-identity\.amazonaws\.com:amr": "authenticated"\}/);
  });
  it('moves aws:TagKeys out of a block it shares with single-valued keys', () => {
    const fixture = trustPolicy(`
      "StringEquals": {"aws:PrincipalAccount": "111122223333", "aws:TagKeys": ["team"]}
                                                               ^^^^^^^^^^^^^ condition-missing-qualifier
`, { action: 'sts:TagSession' });
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"StringEquals": \{"aws:PrincipalAccount": "111122223333"\},\n {6}"ForAnyValue:StringEquals": \{"aws:TagKeys": \["team"\]\}/);
  });
  it('is information in a Deny: a guard rail that compares a list without a qualifier may not apply, but grants nothing', () => {
    checkDiagnostics(trustPolicy(`
      "StringNotEquals": {"aws:PrincipalOrgPaths": "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/"}
                          ^^^^^^^^^^^^^^^^^^^^^^^ condition-missing-qualifier:information
`, { effect: 'Deny' }), RULE);
  });
  it('accepts qualified multi-valued keys, single-valued keys and Null', () => {
    checkDiagnostics(trustPolicy(`
      "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"},
      "ForAllValues:StringEquals": {"aws:TagKeys": ["team"]},
      "StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:12345678-1234-1234-1234-123456789012"},
      "Null": {"aws:TagKeys": "false"}
`, cognito), RULE);
  });
});
