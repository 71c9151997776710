// trust-policy-lint simulate POLICY --request REQUEST [--format text|json]: decides one request against a policy.
import fs from 'node:fs';
import { bundledReferenceData } from '../data';
import { evaluateTrustPolicy, evaluationJson, formatEvaluation, resolveRequest } from '../service/evaluate';
import { describeIoError } from './files';
import { loadPolicySource } from './policy-source';
import { splitOption } from './args';

export const SIMULATE_USAGE = `Usage: trust-policy-lint simulate POLICY --request REQUEST [--format text|json] [--account ID]

Decides whether a trust policy lets a request in, offline, and explains which statement and condition decided.
REQUEST is JSON text or @FILE: {"principal": ..., "action": "sts:AssumeRole", "context": {...}}, or a shorthand
such as {"github": {"repository": "acme/app", "ref": "refs/heads/main"}} (also gitlab, eks, cognito, service).
POLICY is a JSON policy, or a role in a CloudFormation template or Terraform file: stack.yaml#GitHubRole,
main.tf#aws_iam_role.ci (the role may be left out when the file has one). --account is the account the role's
"own account" references (AWS::AccountId, aws_caller_identity) stand for.

Exit status: 0 the simulation ran (whatever the decision), 2 bad input.`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

class InputError extends Error {}

/** Reads REQUEST: JSON text, or @path of a JSON file. */
export function readRequestArgument(value: string): unknown {
  let text = value;
  let where = 'the --request value';
  if (value.startsWith('@')) {
    where = value.slice(1);
    try {
      text = fs.readFileSync(where, 'utf8');
    } catch (e) {
      throw new InputError(`cannot read the request file ${where}: ${describeIoError(e)}`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${where} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

function parseSimulateArgs(argv: readonly string[]): { policy: string; request: string; format: 'text' | 'json'; account?: string } | 'help' {
  let policy: string | undefined;
  let account: string | undefined;
  let request: string | undefined;
  let format: 'text' | 'json' = 'text';
  for (let i = 0; i < argv.length; i++) {
    const { name: arg, inline } = splitOption(argv[i]);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new InputError(`${arg} expects a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--request') request = value();
    else if (arg === '--account') {
      account = value();
      if (!/^\d{12}$/.test(account)) throw new InputError(`--account expects a 12-digit account id, got "${account}"`);
    }
    else if (arg === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new InputError(`--format must be text or json, got "${f}"`);
      format = f;
    } else if (arg.startsWith('-') && arg !== '-') throw new InputError(`unknown option ${arg}`);
    else if (policy === undefined) policy = arg;
    else throw new InputError(`one policy file only; "${arg}" is extra`);
  }
  if (!policy) throw new InputError('no policy file given');
  if (request === undefined) throw new InputError('no request given (--request JSON or --request @FILE)');
  return { policy, request, format, account };
}

export function runSimulate(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseSimulateArgs(argv);
    if (args === 'help') {
      io.out(`${SIMULATE_USAGE}\n`);
      return 0;
    }
    let source;
    try {
      source = loadPolicySource(args.policy, args.account);
    } catch (e) {
      throw new InputError(e instanceof Error ? e.message : String(e));
    }
    const { policy } = source;
    if (policy.syntaxErrors.length) throw new InputError(`${args.policy}: the policy is not valid JSON (${policy.syntaxErrors[0].code} at offset ${policy.syntaxErrors[0].offset}); fix it before simulating`);
    if (!policy.root || policy.root.type !== 'object') throw new InputError(`${args.policy}: a policy is a JSON object with a Statement`);
    const resolved = resolveRequest(readRequestArgument(args.request));
    if (!resolved.ok) throw new InputError(`bad request:\n  ${resolved.errors.join('\n  ')}`);
    const result = evaluateTrustPolicy(policy, resolved.value.request, bundledReferenceData);
    if (args.format === 'json') io.out(`${JSON.stringify({ ...evaluationJson(result, resolved.value), policy: source.label, ...(source.notes.length ? { notes: source.notes } : {}) }, null, 2)}\n`);
    else io.out(`${source.notes.map((n) => `note: ${n}\n`).join('')}${formatEvaluation(result, resolved.value)}`);
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.err(`trust-policy-lint simulate: ${e.message}\n`);
    return 2;
  }
}
