// Differential test: our evaluator and @cloud-copilot/iam-simulate decide thousands of generated requests alike.
// Every disagreement must fall in a class documented in docs/simulate.md with the AWS documentation that settles it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { bundledReferenceData } from '../../../server/src/data';
import { parseTrustPolicy } from '../../../server/src/service/document';
import { evaluateTrustPolicy, parseRequest, withPrincipalContext } from '../../../server/src/service/evaluate';
import { parseDate, parseIpRange } from '../../../server/src/service/evaluate/values';
import { loadOraclePolicy, oracleDecide } from '../../support/iam-simulate-oracle';
import { actionsFor, conditionKeysOf, contextFor, pick, principalsFor, rng, statementsOf, syntheticPolicies, type GeneratedPrincipal } from '../../support/request-generator';

const ROOT = path.resolve(__dirname, '../../..');
const REQUESTS_PER_POLICY = 120;

function policyFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith('.')) walk(full);
      else if (e.name.endsWith('.json') && !e.name.endsWith('.trust-tests.json')) out.push(full);
    }
  };
  for (const dir of ['examples', 'test/e2e/fixtures', 'test/fixtures']) if (fs.existsSync(path.join(ROOT, dir))) walk(path.join(ROOT, dir));
  return out;
}

type Context = Record<string, string | string[]>;

/** Names the documented class a disagreement belongs to, or undefined when it is unexplained. */
function knownDifference(policy: unknown, context: Context, principal: GeneratedPrincipal): string | undefined {
  // iam-simulate takes a principal as a bare string, so an identity provider ARN reads as an IAM principal of its account.
  if (typeof principal.json === 'object' && 'Federated' in principal.json && /^arn:[^:]+:iam::\d{12}:/.test(principal.oracle)) {
    const accounts = statementsOf(policy).some((st) => JSON.stringify(st.Principal ?? st.NotPrincipal ?? '').match(/"(\d{12}|arn:[^"]*:root)"/));
    if (accounts) return 'federated-caller-as-account';
  }
  // Before version 2012-10-17 IAM reads ${...} as text; iam-simulate substitutes it whatever the version.
  const version = (policy as { Version?: unknown }).Version;
  if (version !== '2012-10-17' && statementsOf(policy).some((st) => /\$\{/.test(JSON.stringify(st.Condition ?? '')))) return 'old-version-variables';
  const lower = new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), v]));
  for (const st of statementsOf(policy)) {
    const cond = st.Condition as Record<string, Record<string, unknown>> | undefined;
    if (!cond || typeof cond !== 'object') continue;
    for (const [operator, block] of Object.entries(cond)) {
      if (!block || typeof block !== 'object') continue;
      for (const [key, v] of Object.entries(block)) {
        const given = lower.get(key.toLowerCase());
        const integer = (x: unknown) => /^-?\d+$/.test(String(x));
        if (/Date/.test(operator) && ((Array.isArray(v) ? v : [v]).some(integer) || (given !== undefined && (Array.isArray(given) ? given : [given]).some(integer)))) return 'epoch-seconds';
        if (/^ForAnyValue:.*IfExists$/.test(operator) && given === undefined) return 'for-any-value-if-exists';
        const values = given === undefined ? [] : Array.isArray(given) ? given : [given];
        if (/Date/.test(operator) && values.some((x) => !/^-?\d+$/.test(x) && parseDate(x) === undefined && !Number.isNaN(Date.parse(x)))) return 'lenient-dates';
        if (/Arn/.test(operator) && (Array.isArray(v) ? v : [v]).some((x) => /\$\{[^}]*:[^}]*\}/.test(String(x)))) return 'arn-variable-with-colon';
        const bareAddresses = (Array.isArray(v) ? v : [v]).map(String).filter((x) => !x.includes('/'));
        if (/IpAddress/.test(operator) && bareAddresses.length && values.some((x) => parseIpRange(x) && bareAddresses.some((b) => parseIpRange(b)?.version !== parseIpRange(x)?.version))) return 'ip-bare-address-other-version';
        if (/Numeric/.test(operator) && values.some((x) => !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(x) && !Number.isNaN(parseFloat(x)))) return 'lenient-numbers';
      }
    }
  }
  return undefined;
}

describe('evaluate: differential test against iam-simulate', function () {
  this.timeout(60_000);

  it('agrees on every generated request, apart from documented differences', () => {
    const r = rng(20261204);
    const families = new Map(bundledReferenceData.conditionOperators.operators.map((o) => [o.operator, o.family]));
    const corpus: { name: string; policy: unknown }[] = [];
    for (const file of policyFiles()) {
      try {
        const policy = JSON.parse(fs.readFileSync(file, 'utf8'));
        if (statementsOf(policy).length) corpus.push({ name: path.relative(ROOT, file), policy });
      } catch {
        // not JSON (a fixture with a deliberate syntax error): nothing to compare
      }
    }
    const fileCount = corpus.length;
    corpus.push(...syntheticPolicies(bundledReferenceData.conditionOperators.operators, r));
    let compared = 0;
    const known = new Map<string, number>();
    const unexplained: string[] = [];
    const unloadable: string[] = [];
    for (const { name, policy } of corpus) {
      let loaded: unknown;
      try {
        loaded = loadOraclePolicy(policy);
      } catch (e) {
        unloadable.push(`${name}: ${String(e)}`);
        continue;
      }
      const ours = parseTrustPolicy(JSON.stringify(policy));
      const principals = principalsFor(policy, r);
      const actions = actionsFor(policy, r);
      const keys = conditionKeysOf(policy, families);
      for (let i = 0; i < REQUESTS_PER_POLICY; i++) {
        const principal = pick(r, principals);
        const action = r() < 0.7 ? actions[0] : pick(r, actions);
        const parsed = parseRequest({ principal: principal.json, action, context: contextFor(keys, r) });
        if (!parsed.ok) throw new Error(`generated a bad request: ${parsed.errors.join('; ')}`);
        const { request } = withPrincipalContext(parsed.value);
        const context = request.context as Context;
        const mine = evaluateTrustPolicy(ours, request, bundledReferenceData);
        const theirs = oracleDecide(loaded, principal.oracle, action, context);
        compared++;
        const same = mine.decision === theirs.decision && (mine.reason === 'explicit-deny') === theirs.explicit;
        if (same) continue;
        const cls = knownDifference(policy, context, principal);
        if (cls) known.set(cls, (known.get(cls) ?? 0) + 1);
        else if (unexplained.length < 40) unexplained.push(`${name}\n  request ${JSON.stringify({ principal: principal.json, action, context })}\n  ours ${mine.reason} (${mine.statements.map((s) => s.failure ?? 'matched').join(' | ')}), iam-simulate ${theirs.decision}${theirs.explicit ? ' (explicit)' : ''}`);
      }
    }
    if (process.env.ORACLE_SUMMARY) process.stdout.write(`${compared} requests over ${corpus.length} policies (${fileCount} files); documented differences: ${JSON.stringify(Object.fromEntries(known))}\n`);
    assert.ok(fileCount >= 10, `expected the example and fixture policies, found ${fileCount}`);
    assert.ok(compared >= 5000, `only ${compared} requests compared`);
    assert.deepEqual(unloadable, [], 'iam-simulate could not load some policies');
    assert.deepEqual(unexplained, [], `unexplained disagreements:\n${unexplained.join('\n')}`);
    // The documented differences are real: the generator reaches them, so a change on either side shows up here.
    assert.deepEqual([...known.keys()].sort(), ['arn-variable-with-colon', 'epoch-seconds', 'federated-caller-as-account', 'for-any-value-if-exists', 'ip-bare-address-other-version', 'lenient-dates', 'lenient-numbers', 'old-version-variables']);
  });
});
