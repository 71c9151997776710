import assert from 'node:assert/strict';
import { checkDiagnostics } from '../../../support/fixture';
import { variableProblem } from '../../../../server/src/service/rules/conditions/condition-variables';
import { trustPolicy } from './policy';

const RULE = 'condition-variables';

describe('condition-variables', () => {
  it('reports malformed variables: unclosed, empty, spaces in the name', () => {
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"sts:RoleSessionName": ["\${aws:username", "\${}", "\${ aws:username}", "\${aws:user name}"]}
                                               ^^^^^^^^^^^^^^^^ condition-variables:error
                                                                 ^^^^^ condition-variables:error
                                                                        ^^^^^^^^^^^^^^^^^^ condition-variables:error
                                                                                            ^^^^^^^^^^^^^^^^^^ condition-variables:error
`), RULE);
  });
  it('reports variables under operators that do not substitute them', () => {
    checkDiagnostics(trustPolicy(`
      "NumericLessThan": {"aws:MultiFactorAuthAge": "\${aws:PrincipalTag/max-age}"},
                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-variables:error
      "DateGreaterThan": {"aws:CurrentTime": "\${aws:TokenIssueTime}"}
                                             ^^^^^^^^^^^^^^^^^^^^^^^ condition-variables:error
`), RULE);
  });
  it('is an error when variables are literal text (Version 2008-10-17 or no Version): the condition cannot match', () => {
    const body = `
      "StringEquals": {"sts:RoleSessionName": "\${aws:username}"}
                                              ^^^^^^^^^^^^^^^^^ condition-variables:error
`;
    checkDiagnostics(trustPolicy(body, { version: '  "Version": "2008-10-17",' }), RULE);
    checkDiagnostics(trustPolicy(body, { version: '' }), RULE);
  });
  it('accepts well-formed variables, defaults and escapes under string and ARN operators with 2012-10-17', () => {
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"sts:RoleSessionName": "\${aws:username}", "aws:PrincipalTag/team": "\${aws:PrincipalTag/team, 'none'}"},
      "StringLike": {"sts:SourceIdentity": "\${*}-\${?}-\${$}"},
      "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::\${aws:PrincipalAccount}:role/ci"},
      "StringNotEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5 costs $5"}
`), RULE);
  });
  it('parses variables one by one', () => {
    assert.deepEqual(variableProblem('plain'), { hasVariables: false });
    assert.deepEqual(variableProblem('a${aws:username}b${aws:userid}'), { hasVariables: true });
    assert.match(variableProblem('${aws:username}${oops').problem ?? '', /no closing/);
  });
});
