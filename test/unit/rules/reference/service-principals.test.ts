import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics, doc, service } from '../../../support/fixture';
import { aliasTable } from '../../../../server/src/service/service-aliases';
import { knowledgeFor } from '../../../../server/src/service/knowledge';
import { bundledReferenceData } from '../../../../server/src/data';

const policy = (services: string) => `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": ${services}}, "Action": "sts:AssumeRole"}]}`;

describe('service-principal-unknown', () => {
  it('warns on near misses of known names and offers them as candidates', () => {
    const found = checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": [
  "lamda.amazonaws.com",
  ^^^^^^^^^^^^^^^^^^^^^ service-principal-unknown:warning
  "ec2.amazonaws.con",
  ^^^^^^^^^^^^^^^^^^^ service-principal-unknown:warning
  "lambda.amazonaws.com"
]}}]}
`, 'service-principal-unknown');
    assert.deepEqual(found.map((d) => (d.data as { candidates: string[] }).candidates[0]), ['lambda.amazonaws.com', 'ec2.amazonaws.com']);
  });
  it('is information for a well-formed name we do not know, and quiet for one added in settings', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": [
  "brandnewthing.amazonaws.com"
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ service-principal-unknown:information
]}}]}
`, 'service-principal-unknown');
    checkDiagnostics(policy('"brandnewthing.amazonaws.com"'), 'service-principal-unknown', { extraServicePrincipals: ['brandnewthing.amazonaws.com'] });
  });
  it('accepts known names, partition variants and regional forms of known services', () => {
    checkDiagnostics(policy('["ec2.amazonaws.com", "ec2.amazonaws.com.cn", "logs.eu-west-1.amazonaws.com", "states.us-east-1.amazonaws.com", "ecs-tasks.amazonaws.com"]'), 'service-principal-unknown');
  });
  it('leaves malformed names without a near miss to service-principal-format', () => {
    checkDiagnostics(policy('["arn:aws:iam::aws:service/lambda", "*"]'), 'service-principal-unknown');
  });
  it('marks names known only from guessed lists as information', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": [
  "amplifybackend.amazonaws.com"
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ service-principal-unknown:information
]}}]}
`, 'service-principal-unknown');
  });
  it('fixes a typo with the best candidate', () => {
    const fixed = applyFix(policy('"lamda.amazonaws.com"'), 'service-principal-unknown', 'Change to "lambda.amazonaws.com"');
    assert.equal(fixed, policy('"lambda.amazonaws.com"'));
  });
  it('offers one fix per candidate, the best preferred', () => {
    const d = doc(policy('"lamda.amazonaws.com"'));
    const diagnostics = service.validate(d).filter((x) => x.code === 'service-principal-unknown');
    const actions = service.codeActions(d, diagnostics[0].range, diagnostics);
    assert.equal(actions[0].title, 'Change to "lambda.amazonaws.com"');
    assert.equal(actions[0].isPreferred, true);
  });
});

describe('service-principal-resource-only', () => {
  it('reports resource-policy-only principals and Federated providers named as services', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": [
  "delivery.logs.amazonaws.com",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ service-principal-resource-only:information
  "cognito-identity.amazonaws.com",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ service-principal-resource-only:error
  "ec2.amazonaws.com"
]}}]}
`, 'service-principal-resource-only');
  });
  it('offers no quick fix (there is no one right replacement)', () => {
    const d = doc(policy('"delivery.logs.amazonaws.com"'));
    const found = service.validate(d).filter((x) => x.code === 'service-principal-resource-only');
    assert.equal(found.length, 1);
    assert.deepEqual(service.codeActions(d, found[0].range, found), []);
  });
  it('hints at retired services', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": [
  "a4b.amazonaws.com"
  ^^^^^^^^^^^^^^^^^^^ service-principal-resource-only:hint
]}}]}
`, 'service-principal-resource-only');
  });
});

describe('service-principal-unknown beside service-principal-format', () => {
  it('leaves case mistakes to service-principal-format, which corrects them', () => {
    checkDiagnostics(policy('"Lambda.amazonaws.com"'), 'service-principal-unknown');
  });
});

describe('service-principal-unknown knows service names', () => {
  it('names the principal a service uses when its product or CLI name is written instead', () => {
    const found = checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": [
  "stepfunctions.amazonaws.com",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ service-principal-unknown:warning
  "sfn.amazonaws.com",
  ^^^^^^^^^^^^^^^^^^^ service-principal-unknown:warning
  "eventbridge.amazonaws.com",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^ service-principal-unknown:warning
  "cloudwatch-events.amazonaws.com",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ service-principal-unknown:warning
  "api-gateway.amazonaws.com",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^ service-principal-unknown:warning
  "ecs-task.amazonaws.com",
  ^^^^^^^^^^^^^^^^^^^^^^^^ service-principal-unknown:warning
  "eks-pods.amazonaws.com"
  ^^^^^^^^^^^^^^^^^^^^^^^^ service-principal-unknown:warning
]}}]}
`, 'service-principal-unknown');
    assert.deepEqual(found.map((d) => (d.data as { candidates: string[] }).candidates[0]), [
      'states.amazonaws.com', 'states.amazonaws.com', 'events.amazonaws.com', 'events.amazonaws.com', 'apigateway.amazonaws.com', 'ecs-tasks.amazonaws.com', 'pods.eks.amazonaws.com',
    ]);
    assert.match(String(found[0].message), /Step Functions assumes roles as "states\.amazonaws\.com"/);
    assert.doesNotMatch(String(found[0].message), /Did you mean/);
  });
  it('fixes the alias with the real principal', () => {
    const guarded = (service: string) => `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "${service}"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}}}]}`;
    assert.equal(applyFix(guarded('stepfunctions.amazonaws.com'), 'service-principal-unknown'), guarded('states.amazonaws.com'));
  });
  it('every alias target is a verified principal of the reference data', () => {
    for (const [alias, target] of aliasTable()) {
      const entry = knowledgeFor(bundledReferenceData).servicePrincipal(`${target}.amazonaws.com`);
      assert.ok(entry && entry.verified !== false, `${alias} -> ${target}.amazonaws.com is not a verified principal`);
      assert.notEqual(knowledgeFor(bundledReferenceData).servicePrincipal(`${alias}.amazonaws.com`)?.verified ?? false, true, `${alias} is itself a verified principal`);
    }
  });
  it('service-principal-format maps a bare service name to its principal, not to name.amazonaws.com', () => {
    const found = service.validate(doc(policy('"stepfunctions"'))).filter((x) => x.code === 'service-principal-format');
    assert.equal(found.length, 1);
    assert.match(String(found[0].message), /Did you mean "states\.amazonaws\.com"\?/);
    assert.deepEqual(service.validate(doc(policy('"stepfunctions"'))).filter((x) => x.code === 'service-principal-unknown'), []);
  });
  it('reads eks.amazonaws.com with sts:TagSession as a Pod Identity role, and a plain cluster role as fine', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Principal": {"Service": "eks.amazonaws.com"}}]}
                                                                                                                                     ^^^^^^^^^^^^^^^^^^^ service-principal-unknown:information
`, 'service-principal-unknown');
    checkDiagnostics(policy('"eks.amazonaws.com"'), 'service-principal-unknown');
    // A guess from the statement's shape: the change is offered, never applied by fix-all.
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Principal": {"Service": "eks.amazonaws.com"}}]}';
    const d = doc(text);
    const found = service.validate(d).filter((x) => x.code === 'service-principal-unknown');
    const actions = service.codeActions(d, found[0].range, found);
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred ?? false]), [['Change to "pods.eks.amazonaws.com"', false]]);
    checkDiagnostics(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Principal": {"Service": "pods.eks.amazonaws.com"}}]}`, 'service-principal-unknown');
  });
});
