// The evaluator on principals (accounts, roles and sessions, users, services, federation), actions and statement effects.
import assert from 'node:assert/strict';
import { evaluate } from './helpers';
import { parseRequest, withPrincipalContext } from '../../../server/src/service/evaluate';

const policy = (principal: unknown, extra: Record<string, unknown> = {}) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }] });
const decide = (p: unknown, principal: unknown, action = 'sts:AssumeRole') => evaluate(p, { principal, action }).decision;

describe('evaluate: principals', () => {
  it('an account id and its :root ARN cover every principal of the account', () => {
    for (const form of ['111122223333', 'arn:aws:iam::111122223333:root']) {
      const p = policy({ AWS: form });
      for (const caller of ['arn:aws:iam::111122223333:root', '111122223333', 'arn:aws:iam::111122223333:user/alice', 'arn:aws:iam::111122223333:role/r', 'arn:aws:sts::111122223333:assumed-role/r/s']) {
        assert.equal(decide(p, caller), 'allow', `${form} / ${caller}`);
      }
      assert.equal(decide(p, 'arn:aws:iam::444455556666:role/r'), 'deny');
      assert.equal(decide(p, { Service: 'ec2.amazonaws.com' }), 'deny');
    }
  });
  it('a role ARN matches the role and its assumed-role sessions, not other roles', () => {
    const p = policy({ AWS: 'arn:aws:iam::111122223333:role/path/deploy' });
    assert.equal(decide(p, 'arn:aws:iam::111122223333:role/path/deploy'), 'allow');
    assert.equal(decide(p, 'arn:aws:sts::111122223333:assumed-role/deploy/session-1'), 'allow');
    assert.equal(decide(p, 'arn:aws:sts::111122223333:assumed-role/deploy2/session-1'), 'deny');
    assert.equal(decide(p, 'arn:aws:sts::444455556666:assumed-role/deploy/session-1'), 'deny');
    assert.equal(decide(p, 'arn:aws:iam::111122223333:user/deploy'), 'deny');
  });
  it('a user ARN matches that user only', () => {
    const p = policy({ AWS: ['arn:aws:iam::111122223333:user/alice'] });
    assert.equal(decide(p, 'arn:aws:iam::111122223333:user/alice'), 'allow');
    assert.equal(decide(p, 'arn:aws:iam::111122223333:user/bob'), 'deny');
    assert.equal(decide(p, 'arn:aws:iam::111122223333:root'), 'deny');
  });
  it('"*" and {"AWS": "*"} match everyone', () => {
    for (const star of ['*', { AWS: '*' }]) {
      assert.equal(decide(policy(star), 'arn:aws:iam::999988887777:user/x'), 'allow');
      assert.equal(decide(policy(star), { Service: 'lambda.amazonaws.com' }), 'allow');
    }
  });
  it('services match by exact name', () => {
    const p = policy({ Service: ['lambda.amazonaws.com', 'ec2.amazonaws.com'] });
    assert.equal(decide(p, { Service: 'ec2.amazonaws.com' }), 'allow');
    assert.equal(decide(p, { Service: 'ecs-tasks.amazonaws.com' }), 'deny');
    assert.equal(decide(p, 'arn:aws:iam::111122223333:root'), 'deny');
  });
  it('federated providers match by ARN, or by host for an OIDC provider', () => {
    const arn = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
    const p = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: arn }, Action: 'sts:AssumeRoleWithWebIdentity' }] };
    assert.equal(decide(p, { Federated: arn }, 'sts:AssumeRoleWithWebIdentity'), 'allow');
    assert.equal(decide(p, { Federated: 'token.actions.githubusercontent.com' }, 'sts:AssumeRoleWithWebIdentity'), 'allow');
    assert.equal(decide(p, { Federated: 'gitlab.com' }, 'sts:AssumeRoleWithWebIdentity'), 'deny');
    const cognito = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity' }] };
    assert.equal(decide(cognito, { Federated: 'cognito-identity.amazonaws.com' }, 'sts:AssumeRoleWithWebIdentity'), 'allow');
  });
  it('the failure names the principal and what the statement lists', () => {
    const r = evaluate(policy({ Service: 'lambda.amazonaws.com' }), { principal: { Service: 'ec2.amazonaws.com' } });
    assert.match(r.statements[0].failure ?? '', /Service principal "ec2.amazonaws.com" is not among "lambda.amazonaws.com"/);
    assert.equal(r.statements[0].failedAt, 'principal');
  });
  it('NotPrincipal matches everyone it does not list, and is reported as a problem in a trust policy', () => {
    const p = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/admin' }, Action: 'sts:AssumeRole' }, { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }] };
    const admin = evaluate(p, { principal: 'arn:aws:iam::111122223333:role/admin' });
    assert.equal(admin.decision, 'allow');
    const other = evaluate(p, { principal: 'arn:aws:iam::111122223333:role/other' });
    assert.equal(other.reason, 'explicit-deny');
    assert.ok(other.policyProblems.some((x) => /NotPrincipal/.test(x)));
  });
});

describe('evaluate: actions and effects', () => {
  it('action names ignore case and take * and ? wildcards', () => {
    assert.equal(decide(policy('*', { Action: 'STS:assumerole' }), 'arn:aws:iam::111122223333:root'), 'allow');
    assert.equal(decide(policy('*', { Action: 'sts:Assume*' }), 'arn:aws:iam::111122223333:root', 'sts:AssumeRoleWithSAML'), 'allow');
    assert.equal(decide(policy('*', { Action: 'sts:?agSession' }), 'arn:aws:iam::111122223333:root', 'sts:TagSession'), 'allow');
    assert.equal(decide(policy('*', { Action: 'sts:AssumeRole' }), 'arn:aws:iam::111122223333:root', 'sts:TagSession'), 'deny');
    assert.equal(decide(policy('*', { Action: '*' }), 'arn:aws:iam::111122223333:root', 'sts:SetSourceIdentity'), 'allow');
  });
  it('NotAction matches every action it does not list', () => {
    const p = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', NotAction: 'sts:TagSession' }] };
    assert.equal(decide(p, 'arn:aws:iam::111122223333:root'), 'allow');
    const r = evaluate(p, { principal: 'arn:aws:iam::111122223333:root', action: 'sts:TagSession' });
    assert.equal(r.decision, 'deny');
    assert.match(r.statements[0].failure ?? '', /excluded by NotAction/);
  });
  it('a matching Deny wins over any Allow (explicit deny); no Allow is an implicit deny', () => {
    const p = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }, { Sid: 'NoDev', Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalTag/env': 'dev' } } }] };
    const dev = evaluate(p, { principal: 'arn:aws:iam::111122223333:role/r', context: { 'aws:PrincipalTag/env': 'dev' } });
    assert.equal(dev.reason, 'explicit-deny');
    assert.match(dev.summary, /statement 2 \(NoDev\)/);
    assert.equal(evaluate(p, { principal: 'arn:aws:iam::111122223333:role/r' }).reason, 'allowed');
    assert.equal(evaluate({ Version: '2012-10-17', Statement: [] }, { principal: 'arn:aws:iam::111122223333:role/r' }).reason, 'implicit-deny');
  });
  it('a statement with an invalid Effect never matches', () => {
    const r = evaluate({ Statement: [{ Effect: 'allow', Principal: '*', Action: 'sts:AssumeRole' }] }, { principal: 'arn:aws:iam::111122223333:root' });
    assert.equal(r.decision, 'deny');
    assert.match(r.statements[0].failure ?? '', /Effect must be "Allow" or "Deny"/);
  });
});

describe('request parsing', () => {
  const errors = (raw: unknown) => {
    const r = parseRequest(raw);
    return r.ok ? [] : r.errors;
  };
  it('names what is wrong: unknown principal form, wrong value types, malformed ARN, bad action', () => {
    assert.match(errors({ principal: { Group: 'x' } }).join(), /unknown principal type "Group"/);
    assert.match(errors({ principal: 'arn:aws:iam::1234:role/x' }).join(), /not a 12-digit account id/);
    assert.match(errors({ principal: 'lambda.amazonaws.com' }).join(), /write \{"Service": "lambda.amazonaws.com"\}/);
    assert.match(errors({ principal: '111122223333', context: { 'k:v': { a: 1 } } }).join(), /"k:v" must be a string, number, boolean or a list/);
    assert.match(errors({ principal: '111122223333', action: 'AssumeRole' }).join(), /not an action name/);
    assert.match(errors({ principal: '111122223333', extra: 1 }).join(), /unknown request field "extra"/);
    assert.match(errors([]).join(), /a request is an object/);
    assert.match(errors({}).join(), /principal: missing/);
  });
  it('picks the assume action from the principal when none is given', () => {
    const action = (principal: unknown) => {
      const r = parseRequest({ principal });
      return r.ok ? r.value.action : r.errors.join();
    };
    assert.equal(action('111122223333'), 'sts:AssumeRole');
    assert.equal(action({ Federated: 'arn:aws:iam::111122223333:saml-provider/okta' }), 'sts:AssumeRoleWithSAML');
    assert.equal(action({ Federated: 'token.actions.githubusercontent.com' }), 'sts:AssumeRoleWithWebIdentity');
  });
  it('fills aws:PrincipalArn, aws:PrincipalAccount and aws:PrincipalType unless given', () => {
    const r = parseRequest({ principal: 'arn:aws:sts::111122223333:assumed-role/deploy/s1', context: { 'AWS:PrincipalType': 'Mine' } });
    assert.ok(r.ok);
    const { request, filled } = withPrincipalContext(r.value);
    assert.equal(request.context['aws:PrincipalArn'], 'arn:aws:iam::111122223333:role/deploy');
    assert.equal(request.context['aws:PrincipalAccount'], '111122223333');
    assert.equal(request.context['AWS:PrincipalType'], 'Mine');
    assert.ok(!filled.includes('aws:PrincipalType'));
  });
});
