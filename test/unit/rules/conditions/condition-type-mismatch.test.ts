import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';
import { textOf, trustPolicy } from './policy';

const RULE = 'condition-type-mismatch';
const service = { principal: '{"Service": "events.amazonaws.com"}' };

describe('condition-type-mismatch', () => {
  it('suggests an ARN operator for an ARN key under a string operator and moves only that key', () => {
    const fixture = trustPolicy(`
      "StringEquals": {"aws:SourceAccount": "111122223333", "aws:SourceArn": "arn:aws:events:us-east-1:111122223333:rule/nightly"}
                                                            ^^^^^^^^^^^^^^^ condition-type-mismatch:information
`, service);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"StringEquals": \{"aws:SourceAccount": "111122223333"\},\n {6}"ArnEquals": \{"aws:SourceArn": "arn:aws:events:us-east-1:111122223333:rule\/nightly"\}/);
  });
  it('uses ArnLike when the value holds a wildcard and merges into an existing ArnLike block', () => {
    const fixture = trustPolicy(`
      "StringLike": {"aws:SourceArn": "arn:aws:events:*:111122223333:rule/*"},
                     ^^^^^^^^^^^^^^^ condition-type-mismatch
      "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/ci-*"}
`, service);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"Condition": \{\n {6}"ArnLike": \{"aws:PrincipalArn": "arn:aws:iam::111122223333:role\/ci-\*", "aws:SourceArn": "arn:aws:events:\*:111122223333:rule\/\*"\}\n/);
  });
  it('reports Bool values other than true/false as errors', () => {
    checkDiagnostics(trustPolicy(`
      "Bool": {"aws:SecureTransport": ["yes", "true", false, 1]}
                                       ^^^^^ condition-type-mismatch:error
                                                             ^ condition-type-mismatch:error
`), RULE);
  });
  it('reports malformed IP addresses, dates and numbers', () => {
    checkDiagnostics(trustPolicy(`
      "IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32", "203.0.113.300", "10.0.0.0/33", "example.com"]},
                                                                        ^^^^^^^^^^^^^^^ condition-type-mismatch:error
                                                                                         ^^^^^^^^^^^^^ condition-type-mismatch:error
                                                                                                        ^^^^^^^^^^^^^ condition-type-mismatch:error
      "DateLessThan": {"aws:CurrentTime": ["2026-12-31T23:59:59Z", "2026-12-31", "1767225599", "2026-13-01", "next year"]},
                                                                                               ^^^^^^^^^^^^ condition-type-mismatch:error
                                                                                                             ^^^^^^^^^^^ condition-type-mismatch:error
      "NumericLessThan": {"aws:MultiFactorAuthAge": ["3600", 7200, "1h"]}
                                                                   ^^^^ condition-type-mismatch:error
`), RULE);
  });
  it('reports a Null value that is not true/false', () => {
    checkDiagnostics(trustPolicy(`
      "Null": {"aws:SourceArn": "yes"}
                                ^^^^^ condition-type-mismatch:error
`), RULE);
  });
  it('reports an operator of the wrong family for the key type, with a fix when the values fit', () => {
    const fixture = trustPolicy(`
      "IpAddress": {"aws:SourceVpc": "203.0.113.0/24"},
                    ^^^^^^^^^^^^^^^ condition-type-mismatch:information
      "StringEquals": {"aws:MultiFactorAuthPresent": "true"}
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-type-mismatch:information
`);
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(trustPolicy('      "StringEquals": {"aws:MultiFactorAuthPresent": "true"}')), RULE, 'Use Bool for aws:MultiFactorAuthPresent');
    assert.match(fixed, /"Bool": \{"aws:MultiFactorAuthPresent": "true"\}/);
    assert.throws(() => applyFix(textOf(trustPolicy('      "IpAddress": {"aws:SourceVpc": "203.0.113.0/24"}')), RULE), /no fix/);
  });
  it('accepts matching families, aws:EpochTime with numeric operators, unknown keys and variables', () => {
    checkDiagnostics(trustPolicy(`
      "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/*"},
      "NumericLessThan": {"aws:EpochTime": 1767225599},
      "DateGreaterThan": {"aws:EpochTime": "2026-01-01T00:00:00Z"},
      "StringEquals": {"aws:PrincipalAccount": "111122223333", "example:custom": "x", "sts:RoleSessionName": "\${aws:username}"},
      "Bool": {"aws:SecureTransport": "TRUE"},
      "Null": {"aws:SourceIdentity": false}
`), RULE);
  });
});
