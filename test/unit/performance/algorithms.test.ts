import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance, closest } from '../../../server/src/service/nearest';
import { coveredPatterns, patternCovers, PATTERN_WORK_BUDGET } from '../../../server/src/service/rules/conditions/patterns';
import { checkDiagnostics } from '../../support/fixture';
import { GITHUB, WEB_IDENTITY, trustPolicy } from '../rules/conditions/policy';

/** Plain Levenshtein distance: the reference the banded, capped version must agree with. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length];
}

/** The pairwise search the indexed one replaces: lowest-index covering pattern not itself covered. */
function pairwise(texts: string[]): Map<number, number> {
  const covered = new Map<number, number>();
  texts.forEach((narrow, j) => {
    const i = texts.findIndex((wide, k) => k !== j && wide !== narrow && !covered.has(k) && patternCovers(wide, narrow));
    if (i >= 0) covered.set(j, i);
  });
  return covered;
}

const pattern = fc.string({ unit: fc.constantFrom('a', 'b', '*', '?', ':'), maxLength: 7 });

describe('did-you-mean and pattern coverage algorithms', () => {
  it('capped edit distance agrees with plain Levenshtein within the cap', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.'), maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.'), maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (a, b, max) => {
      const exact = levenshtein(a, b);
      assert.equal(editDistance(a, b, max), exact <= max ? exact : max + 1);
    }), { numRuns: 2000 });
  });
  it('finds the nearest names by length bucket, ignoring case, and remembers answers without sharing them', () => {
    const names = ['lambda.amazonaws.com', 'states.amazonaws.com', 'ec2.amazonaws.com', 'Glue.amazonaws.com'];
    assert.deepEqual(closest('lamda.amazonaws.com', names, 2, 3), ['lambda.amazonaws.com']);
    assert.deepEqual(closest('glue.amazonaws.com', names, 1, 3), ['Glue.amazonaws.com']);
    const first = closest('stats.amazonaws.com', names, 2, 3);
    first.push('changed by the caller');
    assert.deepEqual(closest('stats.amazonaws.com', names, 2, 3), ['states.amazonaws.com']);
  });
  it('reports the same covered patterns as comparing every pair', () => {
    fc.assert(fc.property(fc.array(pattern, { maxLength: 9 }), (texts) => {
      const result = coveredPatterns(texts, { left: PATTERN_WORK_BUDGET });
      assert.equal(result.capped, false);
      assert.deepEqual([...result.covered.entries()].sort((a, b) => a[0] - b[0]), [...pairwise(texts).entries()].sort((a, b) => a[0] - b[0]));
    }), { numRuns: 3000 });
  });
  it('stops comparing when the work budget is spent and says so on the key', () => {
    const subjects = Array.from({ length: 3000 }, (_, i) => `"repo:org/*:environment:e${i}?"`).join(', ');
    const result = coveredPatterns(Array.from({ length: 3000 }, (_, i) => `repo:org/*:environment:e${i}?`), { left: 10_000 });
    assert.equal(result.capped, true);
    checkDiagnostics(trustPolicy(`
      "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
      "StringLike": {"token.actions.githubusercontent.com:sub": [${subjects}]}
                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-redundant:hint
`, { principal: GITHUB, action: WEB_IDENTITY }), 'condition-redundant');
  });
});
