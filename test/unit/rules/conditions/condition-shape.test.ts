import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';
import { textOf, trustPolicy } from './policy';

const RULE = 'condition-shape';

describe('condition-shape', () => {
  it('reports a Condition that is an array, and unwraps a single object', () => {
    const fixture = `
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/A"}, "Action": "sts:AssumeRole",
  "Condition": [{"StringEquals": {"sts:ExternalId": "abc123"}}]}]}
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-shape:error
`;
    checkDiagnostics(fixture, RULE);
    const fixed = applyFix(textOf(fixture), RULE);
    assert.match(fixed, /"Condition": \{"StringEquals": \{"sts:ExternalId": "abc123"\}\}\}\]\}/);
  });
  it('reports a string Condition and an operator whose value is not an object, without a fix', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/A"}, "Action": "sts:AssumeRole", "Condition": "none"}]}
                                                                                                                                                               ^^^^^^ condition-shape
`, RULE);
    checkDiagnostics(trustPolicy(`
      "StringEquals": ["sts:ExternalId", "abc"]
                      ^^^^^^^^^^^^^^^^^^^^^^^^^ condition-shape
`), RULE);
    assert.throws(() => applyFix(textOf(trustPolicy('      "StringEquals": "abc"')), RULE), /no fix/);
  });
  it('reports object, nested-array and null values, and mixed JSON types', () => {
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"sts:ExternalId": {"v": "x"}},
                                         ^^^^^^^^^^ condition-shape
      "StringLike": {"aws:PrincipalTag/team": ["a", ["b"], null]},
                                                    ^^^^^ condition-shape
                                                           ^^^^ condition-shape
      "Bool": {"aws:SecureTransport": ["true", true]}
                                      ^^^^^^^^^^^^^^ condition-shape
`), RULE);
  });
  it('accepts strings, numbers and booleans of one type, single or in a list', () => {
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"sts:ExternalId": ["abc", "def"], "aws:PrincipalAccount": "111122223333"},
      "NumericLessThan": {"aws:MultiFactorAuthAge": 3600},
      "Bool": {"aws:SecureTransport": [true, false]}
`), RULE);
  });
  it('applies to Deny statements too (IAM rejects the shape whatever the effect)', () => {
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"sts:ExternalId": [["x"]]}
                                          ^^^^^ condition-shape
`, { effect: 'Deny' }), RULE);
  });
});
