// The request an evaluation answers: who (principal), what (action) and the context keys; parsed from JSON with clear errors.
import { parseAwsPrincipal, parseFederatedPrincipal, isServicePrincipalSyntax, type AwsPrincipal, type FederatedPrincipal } from '../principals';

export type RequestPrincipal =
  | { type: 'AWS'; value: string; parsed: AwsPrincipal }
  | { type: 'Service'; value: string }
  | { type: 'Federated'; value: string; parsed: FederatedPrincipal; /** OIDC host (provider ARN's host, or the value when given as a host). */ host?: string };

export type ContextValue = string | readonly string[];

export interface EvaluationRequest {
  principal: RequestPrincipal;
  action: string;
  /** Context keys as given (any case); values are strings or lists of strings. */
  context: Readonly<Record<string, ContextValue>>;
}

/** The JSON form of a request, as written in test files and on the command line. */
export interface RequestJson {
  principal: string | { AWS?: string; Service?: string; Federated?: string };
  action?: string;
  context?: Record<string, unknown>;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const AWS_KINDS = new Set(['account', 'root', 'user', 'role', 'assumed-role', 'federated-user']);

/** Reads a principal in the policy's own syntax: an ARN or account id string, or {AWS|Service|Federated: value}. */
export function parseRequestPrincipal(raw: unknown): ParseResult<RequestPrincipal> {
  const fail = (message: string): ParseResult<RequestPrincipal> => ({ ok: false, errors: [`principal: ${message}`] });
  let type = 'AWS';
  let value: unknown = raw;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const keys = Object.keys(raw);
    if (keys.length !== 1) return fail(`give exactly one of AWS, Service or Federated, not ${keys.length ? keys.map((k) => `"${k}"`).join(', ') : 'an empty object'}`);
    type = keys[0];
    value = (raw as Record<string, unknown>)[type];
  } else if (typeof raw !== 'string') {
    return fail(raw === undefined ? 'missing; give an ARN such as "arn:aws:iam::111122223333:role/NAME", or {"Service": ...} or {"Federated": ...}' : `expected an ARN string or an object, got ${describe(raw)}`);
  }
  if (typeof value !== 'string') return fail(`the ${type} value must be a string, got ${describe(value)}`);
  if (value === '') return fail(`the ${type} value is empty`);
  switch (type) {
    case 'AWS': {
      const parsed = parseAwsPrincipal(value);
      if (parsed.kind === 'wildcard') return fail('"*" is a policy pattern, not a caller; name one principal, e.g. arn:aws:iam::111122223333:role/NAME');
      if (parsed.kind === 'invalid') {
        if (typeof raw === 'string' && isServicePrincipalSyntax(value)) return fail(`"${value}" looks like a service; write {"Service": "${value}"}`);
        return fail(`"${value}" is not a principal ARN: ${parsed.problem}`);
      }
      if (!AWS_KINDS.has(parsed.kind)) return fail(`"${value}" is a unique id; give the principal's ARN instead`);
      return { ok: true, value: { type: 'AWS', value, parsed } };
    }
    case 'Service':
      if (!isServicePrincipalSyntax(value)) return fail(`"${value}" is not a service principal name such as lambda.amazonaws.com`);
      return { ok: true, value: { type: 'Service', value } };
    case 'Federated': {
      const parsed = parseFederatedPrincipal(value);
      if (parsed.kind === 'invalid') {
        // A bare OIDC host is accepted for requests: it stands for that provider in the role's own account.
        if (parsed.host && !value.includes('://')) return { ok: true, value: { type: 'Federated', value, parsed, host: value } };
        return fail(`"${value}" is not an identity provider: ${parsed.problem}`);
      }
      return { ok: true, value: { type: 'Federated', value, parsed, host: parsed.host } };
    }
    default:
      return fail(`unknown principal type "${type}"; use AWS, Service or Federated`);
  }
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string "${v}"`;
  return `${typeof v} ${String(v)}`;
}

/** Reads context values: strings, numbers and booleans (as text), or lists of them. */
export function parseContext(raw: unknown): ParseResult<Record<string, ContextValue>> {
  if (raw === undefined) return { ok: true, value: {} };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: [`context: expected an object of key: value, got ${describe(raw)}`] };
  const errors: string[] = [];
  const value: Record<string, ContextValue> = {};
  const seen = new Map<string, string>();
  for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
    const lower = key.toLowerCase();
    if (seen.has(lower)) errors.push(`context: "${key}" repeats "${seen.get(lower)}" (condition keys ignore case)`);
    seen.set(lower, key);
    if (!key.trim()) errors.push('context: a key is empty');
    const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
    if (scalar(v)) value[key] = String(v);
    else if (Array.isArray(v) && v.every(scalar)) value[key] = v.map(String);
    else errors.push(`context: "${key}" must be a string, number, boolean or a list of them, got ${Array.isArray(v) ? 'a list holding other values' : describe(v)}`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** The assume action that goes with a principal when the request names none. */
export function defaultAction(principal: RequestPrincipal): string {
  if (principal.type !== 'Federated') return 'sts:AssumeRole';
  return principal.parsed.kind === 'saml' ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity';
}

/** Parses a request in JSON form; every problem is reported, each naming the field. */
export function parseRequest(raw: unknown): ParseResult<EvaluationRequest> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: [`a request is an object {"principal", "action", "context"}, got ${describe(raw)}`] };
  const obj = raw as Record<string, unknown>;
  const errors: string[] = [];
  for (const k of Object.keys(obj)) if (!['principal', 'action', 'context'].includes(k)) errors.push(`unknown request field "${k}"; a request has principal, action and context`);
  const principal = parseRequestPrincipal(obj.principal);
  if (!principal.ok) errors.push(...principal.errors);
  const context = parseContext(obj.context);
  if (!context.ok) errors.push(...context.errors);
  let action: string | undefined;
  if (obj.action !== undefined) {
    if (typeof obj.action !== 'string') errors.push(`action: expected a string such as "sts:AssumeRole", got ${describe(obj.action)}`);
    else if (!/^[A-Za-z0-9-]+:[A-Za-z0-9]+$/.test(obj.action)) errors.push(`action: "${obj.action}" is not an action name SERVICE:Action such as sts:AssumeRole`);
    else action = obj.action;
  }
  if (errors.length || !principal.ok || !context.ok) return { ok: false, errors };
  return { ok: true, value: { principal: principal.value, action: action ?? defaultAction(principal.value), context: context.value } };
}

/** Context keys that follow from the principal, for those the request does not give. */
export function principalContext(principal: RequestPrincipal): Record<string, string> {
  if (principal.type === 'Service') return { 'aws:PrincipalServiceName': principal.value, 'aws:PrincipalIsAWSService': 'true' };
  if (principal.type !== 'AWS') return {};
  const p = principal.parsed;
  const partition = p.partition ?? 'aws';
  const account = p.account as string;
  const root = `arn:${partition}:iam::${account}:root`;
  const keys: Record<string, string> = { 'aws:PrincipalAccount': account, 'aws:PrincipalIsAWSService': 'false' };
  switch (p.kind) {
    case 'account': case 'root': return { ...keys, 'aws:PrincipalArn': root, 'aws:PrincipalType': 'Account' };
    case 'user': return { ...keys, 'aws:PrincipalArn': principal.value, 'aws:PrincipalType': 'User' };
    case 'role': return { ...keys, 'aws:PrincipalArn': principal.value, 'aws:PrincipalType': 'AssumedRole' };
    case 'assumed-role': return { ...keys, 'aws:PrincipalArn': `arn:${partition}:iam::${account}:role/${p.name}`, 'aws:PrincipalType': 'AssumedRole' };
    case 'federated-user': return { ...keys, 'aws:PrincipalArn': principal.value, 'aws:PrincipalType': 'FederatedUser' };
    default: return keys;
  }
}

/** The request with the principal-derived keys added where the request leaves them out (keys compare ignoring case). */
export function withPrincipalContext(request: EvaluationRequest): { request: EvaluationRequest; filled: string[] } {
  const given = new Set(Object.keys(request.context).map((k) => k.toLowerCase()));
  const context: Record<string, ContextValue> = { ...request.context };
  const filled: string[] = [];
  for (const [k, v] of Object.entries(principalContext(request.principal))) {
    if (given.has(k.toLowerCase())) continue;
    context[k] = v;
    filled.push(k);
  }
  return { request: { ...request, context }, filled };
}

/** The JSON form of a parsed request (for showing an expansion). */
export function requestToJson(request: EvaluationRequest): { principal: Record<string, string>; action: string; context: Record<string, ContextValue> } {
  return { principal: { [request.principal.type]: request.principal.value }, action: request.action, context: { ...request.context } };
}
