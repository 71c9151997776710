import assert from 'node:assert/strict';
import { bundledReferenceData } from '../../../../server/src/data';
import { parseTrustPolicy } from '../../../../server/src/service/document';
import { structuralRules } from '../../../../server/src/service/rules/structural';
import { DEFAULT_OPTIONS } from '../../../../server/src/service/types';

describe('structural rules on large documents', () => {
  it('stay linear with 100,000 keys in one object and 20,000 statements', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"k${i % 50_000}": ${i}`).join(', ');
    const statement = '{"Sid": "Same", "Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/R", "arn:aws:sts::111122223333:assumed-role/R/s"]}, "Action": "sts:AssumeRole"}';
    const policy = parseTrustPolicy(`{"Version": "2012-10-17", "Id": {${keys}}, "Statement": [${Array(20_000).fill(statement).join(', ')}]}`);
    const ctx = { policy, data: bundledReferenceData, options: DEFAULT_OPTIONS };
    const started = performance.now();
    const counts = new Map(structuralRules.map((r) => [r.id, r.check(ctx).length]));
    const elapsed = performance.now() - started;
    // Linear work takes well under a second here; a quadratic pass over 100,000 keys would take minutes.
    assert.ok(elapsed < 15_000, `took ${Math.round(elapsed)} ms`);
    assert.equal(counts.get('duplicate-key'), 50_000);
    assert.equal(counts.get('sid-duplicate'), 19_999);
    assert.equal(counts.get('redundant-assumed-role'), 20_000);
  });
});
