// Editor features of test files on the service: diagnostics (shape, unknown keys and services, failures) and lenses.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bundledReferenceData } from '../../../server/src/data';
import { parseTrustPolicy } from '../../../server/src/service/document';
import { parseAccessTests, runAccessTests } from '../../../server/src/service/access-tests';
import { accessTestDiagnostics, accessTestLenses } from '../../../server/src/service/access-tests-editor';

const POLICY = parseTrustPolicy(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }));

describe('access-test files in the editor (service)', () => {
  const text = JSON.stringify({ cases: [
    { name: 'lambda', request: { principal: { Service: 'lambda.amazonaws.com' }, context: { 'aws:SourceAccount': '111122223333', 'my:key': 'x' } }, expect: 'allow' },
    { name: 'typo', request: { service: { name: 'lamda.amazonaws.com' } }, expect: 'allow' },
  ] }, null, 2);
  const doc = TextDocument.create('file:///t/x.trust-tests.json', 'json', 1, text);
  const file = parseAccessTests(text);
  const results = runAccessTests(file, POLICY, bundledReferenceData);

  it('marks unknown keys and services, and the failing case with its explanation', () => {
    const d = accessTestDiagnostics(doc, file, results, undefined, bundledReferenceData);
    const at = (code: string) => d.filter((x) => x.code === code).map((x) => text.slice(doc.offsetAt(x.range.start), doc.offsetAt(x.range.end)));
    assert.deepEqual(at('test-unknown-key'), ['"my:key"']);
    assert.deepEqual(at('test-unknown-service'), ['"lamda.amazonaws.com"']);
    assert.deepEqual(at('test-failed'), ['"typo"']);
    assert.match(String(d.find((x) => x.code === 'test-failed')?.message), /expected allow, got deny[\s\S]*"lamda.amazonaws.com" is not among "lambda.amazonaws.com"/);
  });

  it('says when the policy is missing, at the policy field', () => {
    const t2 = '{"policy": "nope.json", "cases": []}';
    const d2 = TextDocument.create('file:///t/y.trust-tests.json', 'json', 1, t2);
    const d = accessTestDiagnostics(d2, parseAccessTests(t2), undefined, 'Policy not found', bundledReferenceData);
    assert.equal(d.length, 1);
    assert.equal(t2.slice(d2.offsetAt(d[0].range.start), d2.offsetAt(d[0].range.end)), '"nope.json"');
  });

  it('puts a tally lens on top and one lens per case', () => {
    const lenses = accessTestLenses(doc, file, results, 'x.json');
    assert.deepEqual(lenses.map((l) => l.command?.title), ['access tests: 1 passed, 1 failed against x.json', '✓ passes: allow', '✗ fails: expected allow, got deny']);
    assert.equal(lenses[1].range.start.line, doc.positionAt(text.indexOf('"name": "lambda"')).line - 1);
  });
});
