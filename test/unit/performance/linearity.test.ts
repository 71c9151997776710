// Every rule stays linear: its time on a shape at size 8n is compared with its time at size n (a ratio, not a
// time limit). Linear work grows about 8x; pairwise work shows as 64x. Shapes: the realistic bench shapes, and for
// each rule the test fixture where it fires most, its statements repeated.
import assert from 'node:assert/strict';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { bundledReferenceData } from '../../../server/src/data';
import { parseTrustPolicy, type TrustPolicy } from '../../../server/src/service/document';
import { allRules } from '../../../server/src/service/rules';
import { runRules } from '../../../server/src/service/analyze';
import { DEFAULT_OPTIONS, type Rule } from '../../../server/src/service/types';
import { SHAPES, shapeOfSize } from '../../../bench/shapes';
import { testFixtures } from '../robustness/corpus';

const GROWTH = 8;
const MAX_RATIO = 12;
// An own account makes cross-account-trust run; no size limit, so every rule runs at every size.
const options = { ...DEFAULT_OPTIONS, accounts: ['111122223333'], maxDocumentSize: Number.MAX_SAFE_INTEGER };

/** How many calls of `fn` take about `batchMs`. */
function calibrate(fn: () => unknown, batchMs: number): number {
  fn();
  let reps = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) fn();
    const elapsed = performance.now() - t;
    if (elapsed >= batchMs) return reps;
    reps = elapsed <= 0 ? reps * 8 : Math.min(reps * 8, Math.ceil((reps * batchMs * 1.2) / elapsed));
  }
}

function batch(fn: () => unknown, reps: number): number {
  const t = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - t) / reps;
}

/**
 * Growth ratio of `work(large)` over `work(small)`: batches long enough for the clock, small and large alternating so
 * that load from other processes hits both alike, and the fastest batch of each (a loaded 2-core machine only slows
 * batches down). A ratio over the limit is measured again with longer batches before it is believed.
 */
function growth<T>(small: T, large: T, work: (x: T) => unknown): number {
  let ratio = Infinity;
  for (const [batchMs, batches] of [[0.5, 3], [3, 5], [10, 7], [20, 9]]) {
    const smallReps = calibrate(() => work(small), batchMs);
    const largeReps = calibrate(() => work(large), batchMs);
    let bestSmall = Infinity;
    let bestLarge = Infinity;
    for (let b = 0; b < batches; b++) {
      bestSmall = Math.min(bestSmall, batch(() => work(small), smallReps));
      bestLarge = Math.min(bestLarge, batch(() => work(large), largeReps));
    }
    ratio = Math.min(ratio, bestLarge / bestSmall);
    if (ratio <= MAX_RATIO) break;
  }
  return ratio;
}

/**
 * Growth from size 1 to 8; over the limit, a second opinion from size 4 to 32, where fixed per-call costs and
 * clock resolution matter less (pairwise work still shows as 64x there).
 */
function sizedGrowth<T>(input: (k: number) => T, work: (x: T) => unknown): number {
  const first = growth(input(1), input(GROWTH), work);
  if (first <= MAX_RATIO) return first;
  return Math.min(first, growth(input(4), input(4 * GROWTH), work));
}

interface Sized {
  name: string;
  /** The shape at k times its base size. */
  at(k: number): string;
}

/** The fixture with its statements repeated `times` times (or, without a Statement array, padded with unknown keys). */
function repeatStatements(text: string, times: number): string {
  const array = findNodeAtLocation(parseTree(text) ?? { type: 'null', offset: 0, length: 0 }, ['Statement']);
  const items = array?.type === 'array' ? array.children ?? [] : [];
  if (array && items.length > 0) {
    const inner = text.slice(items[0].offset, items[items.length - 1].offset + items[items.length - 1].length);
    const open = items[0].offset;
    const close = items[items.length - 1].offset + items[items.length - 1].length;
    return text.slice(0, open) + Array(times).fill(inner).join(',\n') + text.slice(close);
  }
  const brace = text.lastIndexOf('}');
  if (brace < 0) return text + ' '.repeat(200 * times);
  const padding = Array.from({ length: times * 4 }, (_, i) => `"Pad${i}": {"Effect": "Allow", "Action": ["a", "b"]}`).join(', ');
  return `${text.slice(0, brace)}${text.slice(0, brace).trim().endsWith('{') ? '' : ','} ${padding}${text.slice(brace)}`;
}

function countFindings(rule: Rule, policy: TrustPolicy): number {
  return rule.check({ policy, data: bundledReferenceData, options }).length;
}

describe('every rule grows linearly with the document', function () {
  this.timeout(600_000);

  const shapes: Sized[] = SHAPES.map((shape) => {
    const { n } = shapeOfSize(shape, 3000);
    return { name: `shape ${shape.name}`, at: (k: number) => shape.make(n * k) };
  });
  const fixtures = testFixtures();
  /** Rule id -> the fixture where it fires most, scaled to n and 8n statements copies. */
  const worst = new Map<string, Sized>();
  const fired = new Map<string, string>();

  before(() => {
    for (const s of shapes) {
      const policy = parseTrustPolicy(s.at(1));
      for (const rule of allRules) if (!fired.has(rule.id) && countFindings(rule, policy) > 0) fired.set(rule.id, s.name);
    }
    const parsed = fixtures.map((text) => ({ text, policy: parseTrustPolicy(text) }));
    for (const rule of allRules) {
      let best: { text: string; count: number } | undefined;
      for (const { text, policy } of parsed) {
        let count = 0;
        try {
          count = countFindings(rule, policy);
        } catch (error) {
          throw new Error(`${rule.id} threw on a test fixture: ${String(error)}`);
        }
        if (count > 0 && (!best || count > best.count)) best = { text, count };
      }
      if (!best) continue;
      const copies = Math.max(1, Math.ceil(3000 / best.text.length));
      const text = best.text;
      worst.set(rule.id, { name: `${rule.id}'s fixture x${copies}`, at: (k) => repeatStatements(text, copies * k) });
      if (!fired.has(rule.id) && countFindings(rule, parseTrustPolicy(repeatStatements(text, copies))) > 0) fired.set(rule.id, `${rule.id}'s fixture`);
    }
  });

  it('has a shape on which every rule of the registry reports something', () => {
    const missing = allRules.filter((r) => !fired.has(r.id)).map((r) => r.id);
    assert.deepEqual(missing, [], `no shape exercises ${missing.join(', ')}: add a shape to bench/shapes.ts or a fixture test`);
  });

  it('parses and builds the model linearly on every shape', () => {
    const slow = [...shapes, ...worst.values()]
      .map((s) => ({ name: s.name, ratio: sizedGrowth((k) => s.at(k), parseTrustPolicy) }))
      .filter((r) => r.ratio > MAX_RATIO);
    assert.deepEqual(slow, []);
  });

  it('runs the whole rule table linearly on every realistic shape (fresh model each time, so no cache helps)', () => {
    const slow = shapes
      .map((s) => ({ name: s.name, ratio: sizedGrowth((k) => s.at(k), (text) => runRules(allRules, parseTrustPolicy(text), bundledReferenceData, options, () => undefined)) }))
      .filter((r) => r.ratio > MAX_RATIO);
    assert.deepEqual(slow, []);
  });

  it('runs each rule linearly on every realistic shape and on its own worst fixture', () => {
    const slow: string[] = [];
    for (const rule of allRules) {
      const own = worst.get(rule.id);
      for (const s of own ? [...shapes, own] : shapes) {
        const ratio = sizedGrowth((k) => parseTrustPolicy(s.at(k)), (policy) => rule.check({ policy, data: bundledReferenceData, options }));
        if (ratio > MAX_RATIO) slow.push(`${rule.id} on ${s.name}: ${ratio.toFixed(1)}x for ${GROWTH}x the size`);
      }
    }
    assert.deepEqual(slow, []);
  });
});
