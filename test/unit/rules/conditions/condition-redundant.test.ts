import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';
import { patternCovers } from '../../../../server/src/service/rules/conditions/condition-redundant';
import { GITHUB, WEB_IDENTITY, textOf, trustPolicy } from './policy';

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
  it('reports a value that another Like pattern in the list already matches', () => {
    const fixture = trustPolicy(`
      "StringLike": {"token.actions.githubusercontent.com:sub": ["repo:octo-org/app:ref:refs/heads/main", "repo:octo-org/*", "repo:octo-org/lib:*"]}
                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-redundant
                                                                                                                             ^^^^^^^^^^^^^^^^^^^^^ condition-redundant
`, { principal: GITHUB, action: WEB_IDENTITY });
    checkDiagnostics(fixture, RULE);
    assert.match(applyFix(textOf(fixture), RULE), /\["repo:octo-org\/\*", "repo:octo-org\/lib:\*"\]/);
  });
  it('compares patterns soundly', () => {
    assert.equal(patternCovers('a*', 'abc'), true);
    assert.equal(patternCovers('a*', 'a?c*'), true);
    assert.equal(patternCovers('a?c', 'a*c'), false);
    assert.equal(patternCovers('a?c', 'a?c'), true);
    assert.equal(patternCovers('abc', 'a?c'), false);
    assert.equal(patternCovers('*', ''), true);
  });
  it('accepts distinct values, equality operators with several numbers, and negated operators', () => {
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"sts:ExternalId": ["abc123", "ABC123"]},
      "NumericEquals": {"aws:MultiFactorAuthAge": [3600, 7200]},
      "Bool": {"aws:SecureTransport": ["true", true]},
      "StringEquals": {"aws:PrincipalTag/team": ["dev*", "dev-app"]},
      "StringLike": {"aws:PrincipalTag/env": ["prod-?", "prod-*x", "\${aws:username}*"]}
`), RULE);
  });
});
