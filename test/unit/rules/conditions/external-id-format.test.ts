import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';
import { externalIdProblem } from '../../../../server/src/service/rules/conditions/external-id-format';
import { textOf, trustPolicy } from './policy';

const RULE = 'external-id-format';
const thirdParty = { principal: '{"AWS": "arn:aws:iam::444455556666:root"}' };

describe('external-id-format', () => {
  it('reports characters STS rejects and values that are too short', () => {
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"sts:ExternalId": ["Acme#42", "x", "ok_value+=,.@:/-1", "two words"]}
                                          ^^^^^^^^^ external-id-format:error
                                                     ^^^ external-id-format:error
                                                                               ^^^^^^^^^^^ external-id-format:error
`, thirdParty), RULE);
  });
  it('trims surrounding whitespace as a fix', () => {
    const fixture = trustPolicy(`
      "StringEquals": {"sts:ExternalId": " 7f3a9c2e-acme "}
                                         ^^^^^^^^^^^^^^^^^ external-id-format
`, thirdParty);
    checkDiagnostics(fixture, RULE);
    assert.match(applyFix(textOf(fixture), RULE), /"sts:ExternalId": "7f3a9c2e-acme"/);
  });
  it('allows wildcards under StringLike and policy variables, but not under StringEquals', () => {
    checkDiagnostics(trustPolicy(`
      "StringLike": {"sts:ExternalId": ["acme-*", "?"]},
      "StringEquals": {"sts:ExternalId": ["\${aws:PrincipalTag/extid}", "acme-*"]}
                                                                       ^^^^^^^^ external-id-format
`, thirdParty), RULE);
  });
  it('checks the length limits', () => {
    assert.equal(externalIdProblem('ab', false), undefined);
    assert.equal(externalIdProblem('a'.repeat(1224), false), undefined);
    assert.match(externalIdProblem('a'.repeat(1225), false) ?? '', /at most 1224/);
    assert.match(externalIdProblem('a', false) ?? '', /at least 2/);
  });
  it('ignores other keys and non-string operators', () => {
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"sts:RoleSessionName": "two words"},
      "Null": {"sts:ExternalId": "false"}
`, thirdParty), RULE);
  });
});
