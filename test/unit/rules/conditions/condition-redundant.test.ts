import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';
import { textOf, trustPolicy } from './policy';

const RULE = 'condition-redundant';

describe('condition-redundant', () => {
  it('reports a value listed twice and removes the repeat', () => {
    const fixture = trustPolicy(`
      "StringEquals": {"sts:ExternalId": ["abc123", "def456", "abc123"]}
                                                              ^^^^^^^^ condition-redundant:hint
`);
    checkDiagnostics(fixture, RULE);
    assert.match(applyFix(textOf(fixture), RULE), /"sts:ExternalId": \["abc123", "def456"\]/);
  });
  it('compares case-insensitively under IgnoreCase operators only', () => {
    checkDiagnostics(trustPolicy(`
      "StringEqualsIgnoreCase": {"aws:PrincipalTag/team": ["Dev", "dev"]},
                                                                  ^^^^^ condition-redundant
      "StringEquals": {"aws:PrincipalTag/env": ["Prod", "prod"]}
`), RULE);
  });
  it('reports numeric and date bounds that a looser bound covers', () => {
    const fixture = trustPolicy(`
      "NumericLessThan": {"aws:MultiFactorAuthAge": ["3600", "7200"]},
                                                     ^^^^^^ condition-redundant
      "DateGreaterThan": {"aws:CurrentTime": ["2026-06-01T00:00:00Z", "2026-01-01T00:00:00Z"]}
                                              ^^^^^^^^^^^^^^^^^^^^^^ condition-redundant
`);
    checkDiagnostics(fixture, RULE);
    assert.match(applyFix(textOf(fixture), RULE), /"aws:MultiFactorAuthAge": \["7200"\]/);
  });
  it('accepts distinct values, equality operators with several numbers, and negated operators', () => {
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"sts:ExternalId": ["abc123", "ABC123"]},
      "NumericEquals": {"aws:MultiFactorAuthAge": [3600, 7200]},
      "Bool": {"aws:SecureTransport": ["true", true]}
`), RULE);
  });
});
