// The access-test file model: parsing with clear problems, finding the policy by name or field, running cases.
import assert from 'node:assert/strict';
import { bundledReferenceData } from '../../../server/src/data';
import { parseTrustPolicy } from '../../../server/src/service/document';
import { parseAccessTests, policyCandidates, runAccessTests, siblingPath, tally, testFileCandidates } from '../../../server/src/service/access-tests';

const POLICY = parseTrustPolicy(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }));

describe('access-test files', () => {
  it('finds the policy beside the test file, or where "policy" says (paths and URIs)', () => {
    assert.deepEqual(policyCandidates('/a/b/deploy.trust-tests.json', undefined), ['/a/b/deploy.json', '/a/b/deploy.trust.json']);
    assert.deepEqual(policyCandidates('file:///a/b/t.trust-tests.json', '../p/role.json'), ['file:///a/p/role.json']);
    assert.equal(siblingPath('C:\\x\\y\\t.trust-tests.json', 'p.json'), 'C:/x/y/p.json');
    assert.equal(siblingPath('/a/t.json', '/abs/p.json'), '/abs/p.json');
    assert.deepEqual(testFileCandidates('/a/deploy.trust.json'), ['/a/deploy.trust.trust-tests.json', '/a/deploy.trust-tests.json']);
  });

  it('reports what is wrong with the file, case by case', () => {
    const messages = (text: string) => parseAccessTests(text).problems.map((p) => p.message).join('\n');
    assert.match(messages('[]'), /is an object/);
    assert.match(messages('{"cases": {}}'), /"cases" must be a list/);
    assert.match(messages('{"cases": [], "polcy": "x"}'), /Unknown field "polcy"/);
    assert.match(messages('{"cases": [{"name": "a", "expect": "yes"}]}'), /a: "request" is missing[\s\S]*a: "expect" must be "allow" or "deny"/);
    assert.match(messages('{"cases": [{"name": "a", "request": {}, "expect": "allow", "expected": 1}]}'), /Unknown case field "expected"/);
    assert.match(messages('{"cases": [1]}'), /A case is an object/);
    assert.match(messages('{"cases": [,]}'), /Not valid JSON/);
  });

  it('runs cases: pass, fail with the explanation, error on a bad request', () => {
    const file = parseAccessTests(JSON.stringify({ cases: [
      { name: 'lambda', request: { service: { name: 'lambda.amazonaws.com' } }, expect: 'allow' },
      { name: 'ec2 wrongly in', request: { principal: { Service: 'ec2.amazonaws.com' } }, expect: 'allow' },
      { name: 'bad', request: { principal: 42 }, expect: 'deny' },
    ] }));
    const results = runAccessTests(file, POLICY, bundledReferenceData);
    assert.deepEqual(results.map((r) => r.status), ['pass', 'fail', 'error']);
    assert.match(results[1].message, /ec2 wrongly in: expected allow, got deny\. Denied: no Allow statement matches\. statement 1: the Service principal "ec2.amazonaws.com" is not among "lambda.amazonaws.com"/);
    assert.match(results[2].message, /bad request: principal: expected an ARN string or an object, got number 42/);
    assert.equal(tally(results).text, '1 passed, 2 failed (1 with errors)');
  });
});
