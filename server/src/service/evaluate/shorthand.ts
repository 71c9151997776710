// Request shorthands people think in (a GitHub workflow, a GitLab pipeline, an EKS pod...) expanded to full requests.
import { splitArn } from '../principals';
import { describe, parseRequest, withPrincipalContext, type ContextValue, type EvaluationRequest, type ParseResult } from './request';

export const SHORTHANDS = ['github', 'gitlab', 'eks', 'cognito', 'service'] as const;
export type ShorthandName = (typeof SHORTHANDS)[number];

/** Field names each shorthand takes, for completion and checks. */
export const SHORTHAND_FIELDS: Record<ShorthandName, readonly string[]> = {
  github: ['repository', 'ref', 'environment', 'event', 'job_workflow_ref', 'subject', 'claims', 'actor', 'workflow', 'audience', 'host', 'provider'],
  gitlab: ['project_path', 'ref', 'ref_type', 'audience', 'host', 'provider'],
  eks: ['issuer', 'namespace', 'serviceAccount', 'audience', 'provider'],
  cognito: ['identityPoolId', 'authenticated', 'identityId', 'provider'],
  service: ['name', 'sourceArn', 'sourceAccount'],
};

/** A request ready to evaluate, with what was expanded and filled in along the way (to show the user). */
export interface ResolvedRequest {
  request: EvaluationRequest;
  /** The full request a shorthand expanded to, in JSON form; undefined when the request was already full. */
  expansion?: { principal: unknown; action?: string; context: Record<string, ContextValue> };
  /** Context keys added from the principal (aws:PrincipalArn...). */
  filled: string[];
}

type Fields = Record<string, unknown>;
type Expansion = { principal: unknown; context: Record<string, ContextValue>; action?: string };

class ShorthandError extends Error {}

function str(fields: Fields, name: string, shorthand: string, required = false): string | undefined {
  const v = fields[name];
  if (v === undefined) {
    if (required) throw new ShorthandError(`${shorthand}.${name} is required`);
    return undefined;
  }
  if (typeof v !== 'string' || !v.trim()) throw new ShorthandError(`${shorthand}.${name} must be a non-empty string, got ${describe(v)}`);
  return v;
}

function principalFor(fields: Fields, shorthand: string, host: string): unknown {
  const provider = str(fields, 'provider', shorthand);
  return { Federated: provider ?? host };
}

function github(f: Fields): Expansion {
  const repository = str(f, 'repository', 'github', true) as string;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new ShorthandError(`github.repository is OWNER/REPO, got "${repository}"`);
  const host = str(f, 'host', 'github') ?? 'token.actions.githubusercontent.com';
  const rawRef = str(f, 'ref', 'github');
  const ref = rawRef && !rawRef.startsWith('refs/') ? `refs/heads/${rawRef}` : rawRef;
  const environment = str(f, 'environment', 'github');
  const event = str(f, 'event', 'github');
  const jobWorkflowRef = str(f, 'job_workflow_ref', 'github');
  const subject = str(f, 'subject', 'github');
  const actor = str(f, 'actor', 'github');
  const workflow = str(f, 'workflow', 'github');
  // GitHub's default subject: an environment wins, then a pull request, then the ref.
  const contextClaim = environment ? `environment:${environment}` : event === 'pull_request' ? 'pull_request' : ref ? `ref:${ref}` : undefined;
  let sub = subject;
  if (!sub && f.claims !== undefined) {
    if (!Array.isArray(f.claims) || !f.claims.length || !f.claims.every((c) => typeof c === 'string')) throw new ShorthandError('github.claims is a list of claim names, e.g. ["repo", "context", "job_workflow_ref"]');
    const values: Record<string, string | undefined> = {
      repo: repository, context: contextClaim, repository, repository_owner: repository.split('/')[0], job_workflow_ref: jobWorkflowRef,
      environment, ref, actor, workflow, event_name: event,
    };
    sub = (f.claims as string[]).map((claim) => {
      if (!(claim in values)) throw new ShorthandError(`github.claims: unknown claim "${claim}"; known: ${Object.keys(values).join(', ')}`);
      const value = values[claim];
      if (value === undefined) throw new ShorthandError(`github.claims names "${claim}" but the shorthand gives no value for it`);
      return claim === 'context' ? value : `${claim}:${value}`;
    }).join(':');
  }
  if (!sub) {
    if (!contextClaim) throw new ShorthandError('github needs one of ref, environment, event: "pull_request", subject or claims to build the subject (sub)');
    sub = `repo:${repository}:${contextClaim}`;
  }
  if (event !== undefined && !/^[a-z_]+$/.test(event)) throw new ShorthandError(`github.event is an event name such as pull_request, got "${event}"`);
  const context: Record<string, ContextValue> = { [`${host}:aud`]: str(f, 'audience', 'github') ?? 'sts.amazonaws.com', [`${host}:sub`]: sub, [`${host}:repository`]: repository };
  if (ref) context[`${host}:ref`] = ref;
  if (environment) context[`${host}:environment`] = environment;
  if (jobWorkflowRef) context[`${host}:job_workflow_ref`] = jobWorkflowRef;
  if (actor) context[`${host}:actor`] = actor;
  if (workflow) context[`${host}:workflow`] = workflow;
  return { principal: principalFor(f, 'github', host), context };
}

function gitlab(f: Fields): Expansion {
  const project = str(f, 'project_path', 'gitlab', true) as string;
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(project)) throw new ShorthandError(`gitlab.project_path is GROUP/PROJECT, got "${project}"`);
  const host = str(f, 'host', 'gitlab') ?? 'gitlab.com';
  const ref = str(f, 'ref', 'gitlab', true) as string;
  const refType = str(f, 'ref_type', 'gitlab') ?? 'branch';
  if (refType !== 'branch' && refType !== 'tag') throw new ShorthandError(`gitlab.ref_type is "branch" or "tag", got "${refType}"`);
  return {
    principal: principalFor(f, 'gitlab', host),
    context: { [`${host}:sub`]: `project_path:${project}:ref_type:${refType}:ref:${ref}`, [`${host}:aud`]: str(f, 'audience', 'gitlab') ?? `https://${host}` },
  };
}

function eks(f: Fields): Expansion {
  const issuer = (str(f, 'issuer', 'eks', true) as string).replace(/^https:\/\//, '');
  if (!/^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/[A-Za-z0-9]+$/.test(issuer)) throw new ShorthandError(`eks.issuer is the cluster's OIDC issuer oidc.eks.REGION.amazonaws.com/id/ID, got "${issuer}"`);
  const namespace = str(f, 'namespace', 'eks', true);
  const account = str(f, 'serviceAccount', 'eks', true);
  return {
    principal: principalFor(f, 'eks', issuer),
    context: { [`${issuer}:sub`]: `system:serviceaccount:${namespace}:${account}`, [`${issuer}:aud`]: str(f, 'audience', 'eks') ?? 'sts.amazonaws.com' },
  };
}

function cognito(f: Fields): Expansion {
  const pool = str(f, 'identityPoolId', 'cognito', true) as string;
  if (!/^[a-z]{2}(-[a-z]+)+-\d:[0-9a-f-]{36}$/.test(pool)) throw new ShorthandError(`cognito.identityPoolId is REGION:GUID, e.g. us-east-1:12345678-1234-1234-1234-123456789012, got "${pool}"`);
  if (f.authenticated !== undefined && typeof f.authenticated !== 'boolean') throw new ShorthandError(`cognito.authenticated is true or false, got ${describe(f.authenticated)}`);
  const host = 'cognito-identity.amazonaws.com';
  const context: Record<string, ContextValue> = { [`${host}:aud`]: pool, [`${host}:amr`]: [f.authenticated === false ? 'unauthenticated' : 'authenticated'] };
  const identity = str(f, 'identityId', 'cognito');
  if (identity) context[`${host}:sub`] = identity;
  return { principal: principalFor(f, 'cognito', host), context };
}

function service(f: Fields): Expansion {
  const name = str(f, 'name', 'service', true) as string;
  const sourceArn = str(f, 'sourceArn', 'service');
  const arn = sourceArn ? splitArn(sourceArn) : undefined;
  if (sourceArn && !arn) throw new ShorthandError(`service.sourceArn is not an ARN: "${sourceArn}"`);
  const sourceAccount = str(f, 'sourceAccount', 'service') ?? (arn?.account || undefined);
  if (sourceAccount && !/^\d{12}$/.test(sourceAccount)) throw new ShorthandError(`service.sourceAccount is a 12-digit account id, got "${sourceAccount}"`);
  const context: Record<string, ContextValue> = {};
  if (sourceArn) context['aws:SourceArn'] = sourceArn;
  if (sourceAccount) context['aws:SourceAccount'] = sourceAccount;
  return { principal: { Service: name }, context };
}

const EXPANDERS: Record<ShorthandName, (f: Fields) => Expansion> = { github, gitlab, eks, cognito, service };

/**
 * Reads a request in full form or as a shorthand, expands it, and fills the principal-derived keys.
 * Every problem is reported with the field it is in.
 */
export function resolveRequest(raw: unknown): ParseResult<ResolvedRequest> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: [`a request is an object, got ${describe(raw)}`] };
  const obj = raw as Record<string, unknown>;
  const used = SHORTHANDS.filter((s) => s in obj);
  let full: Record<string, unknown> = obj;
  let expansion: ResolvedRequest['expansion'];
  if (used.length > 1) return { ok: false, errors: [`give one shorthand, not ${used.join(' and ')}`] };
  if (used.length === 1) {
    const name = used[0];
    if ('principal' in obj) return { ok: false, errors: [`a request has either "principal" or the "${name}" shorthand, not both`] };
    const fields = obj[name];
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return { ok: false, errors: [`${name}: expected an object of fields (${SHORTHAND_FIELDS[name].join(', ')}), got ${describe(fields)}`] };
    const unknown = Object.keys(fields).filter((k) => !SHORTHAND_FIELDS[name].includes(k));
    if (unknown.length) return { ok: false, errors: unknown.map((k) => `${name}: unknown field "${k}"; known: ${SHORTHAND_FIELDS[name].join(', ')}`) };
    let expanded: Expansion;
    try {
      expanded = EXPANDERS[name](fields as Fields);
    } catch (e) {
      if (e instanceof ShorthandError) return { ok: false, errors: [e.message] };
      throw e;
    }
    const given = obj.context && typeof obj.context === 'object' && !Array.isArray(obj.context) ? (obj.context as Record<string, ContextValue>) : {};
    const givenLower = new Set(Object.keys(given).map((k) => k.toLowerCase()));
    const context: Record<string, ContextValue> = {};
    for (const [k, v] of Object.entries(expanded.context)) if (!givenLower.has(k.toLowerCase())) context[k] = v;
    full = { principal: expanded.principal, ...(obj.action !== undefined ? { action: obj.action } : {}), context: obj.context === undefined || obj.context === given ? { ...context, ...given } : obj.context };
    const rest = Object.keys(obj).filter((k) => k !== name && k !== 'action' && k !== 'context');
    if (rest.length) return { ok: false, errors: rest.map((k) => `unknown request field "${k}"`) };
  }
  const parsed = parseRequest(full);
  if (!parsed.ok) return parsed;
  const { request, filled } = withPrincipalContext(parsed.value);
  if (used.length) expansion = { principal: full.principal, action: request.action, context: { ...(full.context as Record<string, ContextValue>) } };
  return { ok: true, value: { request, expansion, filled } };
}
