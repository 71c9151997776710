// Request shorthands expand to the requests the real callers send, and are decided against real example policies.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { bundledReferenceData } from '../../../server/src/data';
import { parseTrustPolicy } from '../../../server/src/service/document';
import { evaluateTrustPolicy, formatEvaluation, resolveRequest, type ResolvedRequest } from '../../../server/src/service/evaluate';

function resolve(raw: unknown): ResolvedRequest {
  const r = resolveRequest(raw);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.value;
}
const errors = (raw: unknown) => {
  const r = resolveRequest(raw);
  return r.ok ? '' : r.errors.join('; ');
};
const example = (name: string) => parseTrustPolicy(fs.readFileSync(path.resolve(__dirname, '../../../examples', name), 'utf8'));

describe('request shorthands', () => {
  const GH = 'token.actions.githubusercontent.com';
  it('github: ref, environment and pull_request subjects, with aud and repository', () => {
    const ref = resolve({ github: { repository: 'acme/app', ref: 'main' } });
    assert.deepEqual(ref.request.principal, { type: 'Federated', value: GH, parsed: ref.request.principal.type === 'Federated' ? ref.request.principal.parsed : undefined, host: GH });
    assert.equal(ref.request.action, 'sts:AssumeRoleWithWebIdentity');
    assert.equal(ref.request.context[`${GH}:sub`], 'repo:acme/app:ref:refs/heads/main');
    assert.equal(ref.request.context[`${GH}:aud`], 'sts.amazonaws.com');
    assert.equal(ref.request.context[`${GH}:ref`], 'refs/heads/main');
    assert.equal(resolve({ github: { repository: 'acme/app', ref: 'refs/heads/main', environment: 'prod' } }).request.context[`${GH}:sub`], 'repo:acme/app:environment:prod');
    assert.equal(resolve({ github: { repository: 'acme/app', event: 'pull_request' } }).request.context[`${GH}:sub`], 'repo:acme/app:pull_request');
  });
  it('github: custom subject templates and job_workflow_ref', () => {
    const r = resolve({ github: { repository: 'acme/app', environment: 'prod', job_workflow_ref: 'acme/wf/.github/workflows/deploy.yml@refs/heads/main', claims: ['repo', 'context', 'job_workflow_ref'] } });
    assert.equal(r.request.context[`${GH}:sub`], 'repo:acme/app:environment:prod:job_workflow_ref:acme/wf/.github/workflows/deploy.yml@refs/heads/main');
    assert.equal(r.request.context[`${GH}:job_workflow_ref`], 'acme/wf/.github/workflows/deploy.yml@refs/heads/main');
    assert.equal(resolve({ github: { repository: 'acme/app', ref: 'main', claims: ['repository_owner', 'context'] } }).request.context[`${GH}:sub`], 'repository_owner:acme:ref:refs/heads/main');
    assert.match(errors({ github: { repository: 'acme/app', claims: ['repo', 'team'] } }), /unknown claim "team"/);
    assert.match(errors({ github: { repository: 'acme/app', ref: 'main', claims: ['job_workflow_ref'] } }), /no value for it/);
  });
  it('github: the context given wins; the provider ARN can be named', () => {
    const r = resolve({ github: { repository: 'acme/app', ref: 'main', provider: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' }, context: { [`${GH}:aud`]: 'other' } });
    assert.equal(r.request.context[`${GH}:aud`], 'other');
    assert.equal(r.request.principal.value, 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com');
  });
  it('gitlab, eks, cognito and service shorthands', () => {
    assert.equal(resolve({ gitlab: { project_path: 'grp/proj', ref: 'main' } }).request.context['gitlab.com:sub'], 'project_path:grp/proj:ref_type:branch:ref:main');
    const issuer = 'oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
    const e = resolve({ eks: { issuer, namespace: 'payments', serviceAccount: 'api' } });
    assert.equal(e.request.context[`${issuer}:sub`], 'system:serviceaccount:payments:api');
    const c = resolve({ cognito: { identityPoolId: 'us-east-1:12345678-1234-1234-1234-123456789012', authenticated: false } });
    assert.deepEqual(c.request.context['cognito-identity.amazonaws.com:amr'], ['unauthenticated']);
    const s = resolve({ service: { name: 'lambda.amazonaws.com', sourceArn: 'arn:aws:lambda:us-east-1:111122223333:function:f' } });
    assert.equal(s.request.context['aws:SourceAccount'], '111122223333');
    assert.equal(s.request.context['aws:PrincipalServiceName'], 'lambda.amazonaws.com');
  });
  it('bad shorthands name the field', () => {
    assert.match(errors({ github: { repository: 'app' } }), /github.repository is OWNER\/REPO/);
    assert.match(errors({ github: { repository: 'acme/app' } }), /github needs one of ref/);
    assert.match(errors({ github: { repository: 'acme/app', branch: 'x' } }), /github: unknown field "branch"/);
    assert.match(errors({ github: {}, gitlab: {} }), /one shorthand/);
    assert.match(errors({ github: { repository: 'a/b', ref: 'x' }, principal: '111122223333' }), /not both/);
    assert.match(errors({ eks: { issuer: 'example.com', namespace: 'a', serviceAccount: 'b' } }), /eks.issuer/);
    assert.match(errors({ service: { name: 'lambda.amazonaws.com', sourceAccount: '12' } }), /12-digit/);
    assert.match(errors({ github: 'acme/app' }), /expected an object of fields/);
  });
  it('decides the example policies as their authors meant', () => {
    const eks = example('eks-irsa.trust.json');
    const issuer = 'oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
    const decide = (policy: ReturnType<typeof example>, raw: unknown) => evaluateTrustPolicy(policy, resolve(raw).request, bundledReferenceData);
    assert.equal(decide(eks, { eks: { issuer, namespace: 'payments', serviceAccount: 'api' } }).decision, 'allow');
    assert.equal(decide(eks, { eks: { issuer, namespace: 'payments', serviceAccount: 'batch' } }).decision, 'deny');
    const gh = example('github-actions-deploy.trust.json');
    const out = formatEvaluation(decide(gh, { github: { repository: 'someone/else', ref: 'main' } }), resolve({ github: { repository: 'someone/else', ref: 'main' } }));
    assert.match(out, /^Decision: DENY \(no Allow matches\)/);
    assert.match(out, /expanded from the shorthand/);
    assert.match(out, /token.actions.githubusercontent.com:sub" is "repo:someone\/else:ref:refs\/heads\/main"/);
  });
});
