// Test-only adapter: asks @cloud-copilot/iam-simulate (a devDependency, never shipped) to decide a trust policy on its own.
import path from 'node:path';

type Decision = { decision: 'allow' | 'deny'; explicit: boolean };

interface SimulateInternals {
  analyzeResourcePolicy(policy: unknown, request: unknown, hasBoundary: boolean, params: unknown): { result: string };
  loadPolicy(policy: unknown, meta?: unknown): unknown;
  AwsRequestImpl: new (principal: string, resource: { resource: string; accountId: string }, action: string, context: unknown) => unknown;
  RequestContextImpl: new (values: Record<string, string | string[]>) => unknown;
  DiscoveryContextKeyConstraints: new (c: unknown[]) => unknown;
}

let internals: SimulateInternals | undefined;

/**
 * The trust policy is the role's resource policy; the analysis of that policy alone (no identity policies, SCPs or
 * boundaries) is what our evaluator answers. iam-simulate's package exports only the whole-request simulation, so
 * the resource-policy analysis is loaded from its CommonJS build by path.
 */
function load(): SimulateInternals {
  if (internals) return internals;
  const root = path.dirname(require.resolve('@cloud-copilot/iam-simulate'));
  /* eslint-disable @typescript-eslint/no-require-imports */
  const core = require(path.join(root, 'core_engine/CoreSimulatorEngine.js'));
  const request = require(path.join(root, 'request/request.js'));
  const context = require(path.join(root, 'requestContext.js'));
  const discovery = require(path.join(root, 'context_keys/discoveryContextKeyConstraints.js'));
  const policy = require(require.resolve('@cloud-copilot/iam-policy', { paths: [root] }));
  /* eslint-enable @typescript-eslint/no-require-imports */
  internals = {
    analyzeResourcePolicy: core.analyzeResourcePolicy,
    loadPolicy: policy.loadPolicy,
    AwsRequestImpl: request.AwsRequestImpl,
    RequestContextImpl: context.RequestContextImpl,
    DiscoveryContextKeyConstraints: discovery.DiscoveryContextKeyConstraints,
  };
  return internals;
}

export function loadOraclePolicy(policy: unknown): unknown {
  return load().loadPolicy(policy, { name: 'trust' });
}

/** The oracle's decision for a loaded policy; principal is its string form (ARN, service name or provider). */
export function oracleDecide(loadedPolicy: unknown, principal: string, action: string, context: Record<string, string | string[]>): Decision {
  const s = load();
  const request = new s.AwsRequestImpl(principal, { resource: 'arn:aws:iam::111122223333:role/target', accountId: '111122223333' }, action, new s.RequestContextImpl(context));
  const params = { simulationMode: 'Strict', discoveryContextKeyConstraints: new s.DiscoveryContextKeyConstraints([]) };
  const { result } = s.analyzeResourcePolicy(loadedPolicy, request, false, params);
  const explicit = result === 'ExplicitlyDenied' || result === 'DeniedForAccount';
  return { decision: result === 'Allowed' || result === 'AllowedForAccount' ? 'allow' : 'deny', explicit };
}
