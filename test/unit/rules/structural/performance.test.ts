import assert from 'node:assert/strict';
import { doc, service } from '../../../support/fixture';
import { structuralOnly } from './support';

describe('structural rules on large documents', () => {
  it('stay fast with 100,000 keys in one object and 20,000 statements', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"k${i % 50_000}": ${i}`).join(', ');
    const statement = '{"Sid": "Same", "Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/R", "arn:aws:sts::111122223333:assumed-role/R/s"]}, "Action": "sts:AssumeRole"}';
    const text = `{"Version": "2012-10-17", "Id": {${keys}}, "Statement": [${Array(20_000).fill(statement).join(', ')}]}`;
    const started = performance.now();
    const findings = service.validate(doc(text), { ...structuralOnly, maxDocumentSize: text.length });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 4000, `took ${Math.round(elapsed)} ms`);
    assert.equal(findings.filter((d) => d.code === 'duplicate-key').length, 50_000);
    assert.equal(findings.filter((d) => d.code === 'sid-duplicate').length, 19_999);
  });
});
