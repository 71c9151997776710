// Property tests: on any JSON, any text and random mutations of every seed policy, the service never throws,
// stays within a time bound and returns ranges inside the document. FUZZ_RUNS scales them (scripts/fuzz-long.mjs).
import fc from 'fast-check';
import { checkDocument, longestAnalysis } from './check-document';
import { anyText, mutated, mutation, policyLikeValue, serialised } from './arbitraries';
import { allSeeds } from './corpus';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

describe('service robustness (property-based)', function () {
  this.timeout(Math.max(20_000, RUNS * 200));
  after(() => {
    process.stdout.write(`      property tests: longest single analysis ${longestAnalysis.ms.toFixed(1)} ms (a text of ${longestAnalysis.chars} characters) over ${longestAnalysis.documents} documents, unsliced and in process (the server slices it)\n`);
  });

  it('handles every seed policy, fixture and example unchanged', () => {
    for (const seed of allSeeds()) checkDocument(seed);
  });

  it('handles arbitrary JSON values', () => {
    fc.assert(fc.property(serialised(fc.jsonValue({ maxDepth: 6 })), (text) => checkDocument(text)), params);
  });

  it('handles arbitrary policy-shaped JSON values', () => {
    fc.assert(fc.property(serialised(policyLikeValue), (text) => checkDocument(text)), params);
  });

  it('handles arbitrary text', () => {
    fc.assert(fc.property(anyText, (text) => checkDocument(text)), params);
  });

  it('handles a few random mutations of each seed, fixture and example in turn', () => {
    const perSeed = Math.max(3, Math.floor(RUNS / 30));
    allSeeds().forEach((seed, i) => {
      const chains = fc.sample(fc.array(mutation, { minLength: 1, maxLength: 4 }), { numRuns: perSeed, seed: (SEED ?? 7) + i });
      for (const chain of chains) {
        const text = chain.reduce((t, m) => m(t), seed);
        try {
          checkDocument(text);
        } catch (error) {
          throw new Error(`mutation of seed #${i} failed on:\n${JSON.stringify(text)}\n${String(error)}`);
        }
      }
    });
  });

  it('handles random character and token mutations of every seed', () => {
    const seeds = allSeeds().filter((s) => s.length > 0);
    fc.assert(fc.property(mutated(seeds), fc.nat(), (text, probe) => checkDocument(text, [probe % (text.length + 1)])), { ...params, numRuns: RUNS * 3 });
  });
});
