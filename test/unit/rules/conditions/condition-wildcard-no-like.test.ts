import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';
import { GITHUB, WEB_IDENTITY, textOf, trustPolicy } from './policy';

const RULE = 'condition-wildcard-no-like';
const github = { principal: GITHUB, action: WEB_IDENTITY };

describe('condition-wildcard-no-like', () => {
  it('warns on a wildcard in a GitHub sub under StringEquals and moves only that key to StringLike', () => {
    const fixture = trustPolicy(`
      "StringEquals": {
        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
        "token.actions.githubusercontent.com:sub": "repo:octo-org/app:*"
                                                   ^^^^^^^^^^^^^^^^^^^^^ condition-wildcard-no-like:warning
      }
`, github);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"StringEquals": \{\n {8}"token\.actions\.githubusercontent\.com:aud": "sts\.amazonaws\.com"\n {6}\},\n {6}"StringLike": \{\n {8}"token\.actions\.githubusercontent\.com:sub": "repo:octo-org\/app:\*"\n {6}\}\n {4}\}/);
  });
  it('renames the whole block when every key holds a pattern, keeping qualifier and IfExists', () => {
    const fixture = trustPolicy(`
      "StringEqualsIfExists": {"aws:PrincipalTag/team": "dev-?"}
                                                        ^^^^^^^ condition-wildcard-no-like:information
`);
    checkDiagnostics(fixture, RULE);
    assert.match(applyFix(textOf(fixture), RULE), /"StringLikeIfExists": \{"aws:PrincipalTag\/team": "dev-\?"\}/);
  });
  it('merges into an existing StringLike block instead of creating a duplicate key', () => {
    const fixture = trustPolicy(`
      "StringEquals": {"token.actions.githubusercontent.com:sub": ["repo:octo-org/app:*", "repo:octo-org/lib:ref:refs/heads/main"]},
                                                                   ^^^^^^^^^^^^^^^^^^^^^ condition-wildcard-no-like:warning
      "StringLike": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}
`, github);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.equal((fixed.match(/"StringLike"/g) ?? []).length, 1);
    assert.doesNotMatch(fixed, /StringEquals/);
    assert.match(fixed, /"StringLike": \{"token\.actions\.githubusercontent\.com:aud": "sts\.amazonaws\.com", "token\.actions\.githubusercontent\.com:sub": \["repo:octo-org\/app:\*", "repo:octo-org\/lib:ref:refs\/heads\/main"\]\}/);
    JSON.parse(fixed);
  });
  it('reports a key once, naming every value with a wildcard, and the fix moves the whole key', () => {
    const fixture = trustPolicy(`
      "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": ["repo:octo-org/app:*", "repo:octo-org/lib:*", "repo:octo-org/web:ref:refs/heads/main"]}
                                                                                                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-wildcard-no-like:warning
`, github);
    const [d] = checkDiagnostics(fixture, RULE);
    assert.match(String(d.message), /"repo:octo-org\/app:\*", "repo:octo-org\/lib:\*" are ordinary characters here, not wildcards/);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"StringLike": \{"token\.actions\.githubusercontent\.com:sub": \["repo:octo-org\/app:\*", "repo:octo-org\/lib:\*", "repo:octo-org\/web:ref:refs\/heads\/main"\]\}/);
  });
  it('offers no fix when StringLike already tests the same key (merging would change the meaning)', () => {
    const fixture = trustPolicy(`
      "StringEquals": {"token.actions.githubusercontent.com:sub": "repo:octo-org/*"},
                                                                  ^^^^^^^^^^^^^^^^^ condition-wildcard-no-like
      "StringLike": {"Token.Actions.GithubUserContent.com:sub": "repo:octo-org/app:*"}
`, github);
    checkDiagnostics(fixture, RULE);
    assert.throws(() => applyFix(textOf(fixture), RULE), /no fix/);
  });
  it('reports StringNotEquals (fix StringNotLike) and IgnoreCase operators (no Like form, no fix)', () => {
    const fixture = trustPolicy(`
      "StringNotEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/ci-*"},
                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-wildcard-no-like
      "StringEqualsIgnoreCase": {"aws:PrincipalTag/team": "Dev*"}
                                                          ^^^^^^ condition-wildcard-no-like
`);
    checkDiagnostics(fixture, RULE);
    assert.match(applyFix(textOf(fixture), RULE, 'Use StringNotLike for aws:PrincipalArn'), /"StringNotLike": \{"aws:PrincipalArn"/);
  });
  it('is information in a Deny even for an OIDC sub', () => {
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"token.actions.githubusercontent.com:sub": "repo:octo-org/*"}
                                                                  ^^^^^^^^^^^^^^^^^ condition-wildcard-no-like:information
`, { ...github, effect: 'Deny' }), RULE);
  });
  it('ignores Like and ARN operators, values without wildcards and the ${*} / ${?} escapes', () => {
    checkDiagnostics(trustPolicy(`
      "StringLike": {"token.actions.githubusercontent.com:sub": "repo:octo-org/app:*"},
      "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "aws:PrincipalTag/x": "a\${*}b\${?}"},
      "ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/*"}
`, github), RULE);
  });
});
