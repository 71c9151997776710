// Plain-language summary of who can assume the role and under which conditions (hover on Statement, CLI --explain).
import type { ReferenceData } from '../data/types';
import type { ConditionBlock, ConditionEntry, Statement, TrustPolicy } from './document';
import { knowledgeFor } from './knowledge';
import { parseAwsPrincipal, parseFederatedPrincipal } from './principals';
import { statementActions } from './statement-kinds';
import type { ServiceOptions } from './types';
import { sameKey } from './rules/trust/guards';
import { providerKind, type ProviderKind } from './rules/trust/providers';

const quote = (v: unknown) => JSON.stringify(v);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function list(values: readonly string[], word = 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${word} ${values[values.length - 1]}`;
}

const oneOf = (values: readonly string[]) => (values.length === 1 ? quote(values[0]) : `one of ${values.map(quote).join(', ')}`);

function stringValues(entry: ConditionEntry): string[] {
  return entry.values.map((v) => String(v.value));
}

/** A `${...}` that is not an IAM policy variable (`${aws:username}`): a template's reference (`${VendorAccountId}`). */
function hasTemplateReference(value: string): boolean {
  for (const m of value.matchAll(/\$\{([^}]*)\}/g)) if (!/^[\w./-]+:[\w./-]+$/.test(m[1])) return true;
  return false;
}

// ---- principals -------------------------------------------------------------------------------------------

function accountNote(account: string, options: ServiceOptions): string {
  if (options.accounts.length === 0) return '';
  return options.accounts.includes(account) ? ' (your account)' : ' (another account)';
}

function describeAws(value: string, options: ServiceOptions): string {
  const p = parseAwsPrincipal(value);
  const acct = p.account ? `account ${p.account}${accountNote(p.account, options)}` : '';
  switch (p.kind) {
    case 'wildcard': return 'any AWS principal in any account';
    case 'account':
    case 'root': return `any principal in ${acct} whose own policy allows it`;
    case 'role': return `role ${p.name} in ${acct}`;
    case 'user': return `IAM user ${p.name} in ${acct}`;
    case 'assumed-role': return `session ${p.session} of role ${p.name} in ${acct}`;
    case 'federated-user': return `federated user ${p.name} of ${acct}`;
    case 'unique-id': return `the ${p.uniqueIdType} with unique id ${value} (usually one that was deleted; it matches nothing now)`;
    default: return hasTemplateReference(value) ? `${quote(value)} (a value known only at deploy time)` : `${quote(value)} (not a valid AWS principal)`;
  }
}

/** Keys of the statement already told as part of a principal's description (not repeated as conditions). */
type Consumed = Set<ConditionEntry>;

function claimValues(statement: Statement, host: string, claim: string, consumed: Consumed): { values: string[]; like: boolean }[] {
  const out: { values: string[]; like: boolean }[] = [];
  for (const block of statement.condition?.blocks ?? []) {
    if (block.parsed.ifExists || block.parsed.qualifier === 'ForAllValues' || !/^(String|Arn)(Equals|Like|EqualsIgnoreCase)$/.test(block.parsed.base)) continue;
    for (const entry of block.entries) {
      if (!sameKey(entry.key, `${host}:${claim}`)) continue;
      consumed.add(entry);
      out.push({ values: stringValues(entry), like: /Like$/.test(block.parsed.base) });
    }
  }
  return out;
}

function githubSubject(value: string, like: boolean): string {
  if (like && /^(repo:)?[*?]/.test(value)) return `in any repository on GitHub (subject ${quote(value)})`;
  const m = /^repo:([^/:]+)\/([^:]+)(?::(.*))?$/.exec(value);
  if (!m) return `whose subject ${like ? 'matches' : 'is'} ${quote(value)}`;
  const [, org, repo, rest] = m;
  const wild = (s: string | undefined) => like && s !== undefined && /^[*?]+$/.test(s);
  if (wild(repo) && (rest === undefined || wild(rest))) return `in any repository of ${org}`;
  const where = wild(repo) ? `in any repository of ${org}` : `in repository ${org}/${repo}`;
  if (rest === undefined) return where;
  if (wild(rest)) return `${where} (any branch, tag, environment or pull request)`;
  const branch = /^ref:refs\/heads\/(.+)$/.exec(rest);
  if (branch) return `${where} on branch ${branch[1]}`;
  const tag = /^ref:refs\/tags\/(.+)$/.exec(rest);
  if (tag) return `${where} on tag ${tag[1]}`;
  const env = /^environment:(.+)$/.exec(rest);
  if (env) return `${where} running in environment ${env[1]}`;
  if (rest === 'pull_request') return `${where} for a pull request`;
  return `${where} with ${quote(rest)}`;
}

function audienceNote(statement: Statement, host: string, consumed: Consumed, expected?: string): string {
  const auds = claimValues(statement, host, 'aud', consumed).flatMap((a) => a.values);
  if (auds.length === 0) return expected ? ' (any audience)' : '';
  if (expected && auds.includes(expected)) return '';
  return ` with audience ${oneOf(auds)}`;
}

function subjectList(statement: Statement, host: string, consumed: Consumed, render: (value: string, like: boolean) => string): string | undefined {
  const subs = claimValues(statement, host, 'sub', consumed).flatMap((s) => s.values.map((v) => render(v, s.like)));
  return subs.length ? list(subs) : undefined;
}

function describeWebIdentity(statement: Statement, host: string, kind: ProviderKind, consumed: Consumed, data: ReferenceData): string {
  switch (kind) {
    case 'github': {
      const who = subjectList(statement, host, consumed, githubSubject);
      const repos = claimValues(statement, host, 'repository', consumed).flatMap((r) => r.values);
      const scope = who ?? (repos.length ? `in repository ${list(repos)}` : 'in any repository on GitHub');
      const enterprise = host.includes('/') || host.endsWith('.ghe.com') ? ` (issuer ${host})` : '';
      return `any GitHub Actions workflow ${scope}${enterprise}${audienceNote(statement, host, consumed, 'sts.amazonaws.com')}`;
    }
    case 'eks': {
      const who = subjectList(statement, host, consumed, (v, like) => {
        const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(v);
        if (!m) return `subject ${quote(v)}`;
        const anyName = like && /^[*?]+$/.test(m[2]);
        return anyName ? `any service account in namespace ${m[1]}` : `service account ${m[2]} in namespace ${m[1]}`;
      });
      return `Kubernetes ${who ?? 'service accounts of any namespace'} of the EKS cluster with OIDC issuer ${host}${audienceNote(statement, host, consumed, 'sts.amazonaws.com')}`;
    }
    case 'cognito': {
      const pools = claimValues(statement, host, 'aud', consumed).flatMap((a) => a.values);
      const amr = claimValues(statement, host, 'amr', consumed).flatMap((a) => a.values);
      const kindOf = amr.includes('unauthenticated') ? 'guest (unauthenticated) identities' : amr.length ? 'signed-in identities' : 'signed-in and guest identities';
      claimValues(statement, host, 'sub', consumed);
      return `${kindOf} of ${pools.length ? `Cognito identity pool ${list(pools)}` : 'any Cognito identity pool'}`;
    }
    case 'google': {
      const apps = claimValues(statement, host, 'aud', consumed).flatMap((a) => a.values);
      const subs = claimValues(statement, host, 'sub', consumed).flatMap((a) => a.values);
      return `Google accounts${subs.length ? ` ${list(subs)}` : ''} signing in to ${apps.length ? `app ${list(apps)}` : 'any app'}`;
    }
    default: {
      const name = kind === 'gitlab' ? 'GitLab CI jobs' : kind === 'terraform' ? 'HCP Terraform runs' : `holders of a token from ${knowledgeFor(data).webIdentityProvider(host)?.name ?? host}`;
      const who = subjectList(statement, host, consumed, (v, like) => `${like ? 'matching' : ''} ${quote(v)}`.trim());
      return `${name}${who ? ` with subject ${who}` : ' with any subject'}${audienceNote(statement, host, consumed)}`;
    }
  }
}

function describeFederated(statement: Statement, value: string, consumed: Consumed, data: ReferenceData): string {
  const p = parseFederatedPrincipal(value);
  if (p.kind === 'saml') return `users signed in through SAML provider ${p.name}`;
  if ((p.kind === 'oidc' || p.kind === 'builtin') && p.host) {
    const kind = providerKind(p.host);
    if (p.host === 'graph.facebook.com' || p.host === 'www.amazon.com') {
      const apps = claimValues(statement, p.host, 'app_id', consumed).flatMap((a) => a.values);
      return `${p.host === 'graph.facebook.com' ? 'Facebook' : 'Login with Amazon'} users of ${apps.length ? `app ${list(apps)}` : 'any app'}`;
    }
    return describeWebIdentity(statement, p.host, kind, consumed, data);
  }
  return hasTemplateReference(value) ? `the identity provider ${quote(value)} (known only at deploy time)` : `${quote(value)} (not a valid identity provider)`;
}

function describePrincipals(statement: Statement, consumed: Consumed, data: ReferenceData, options: ServiceOptions): string[] {
  const principal = statement.principal;
  if (!principal) return [];
  if (principal.wildcard) return ['anyone (any AWS principal in any account)'];
  const knowledge = knowledgeFor(data);
  const out: string[] = [];
  for (const g of principal.groups) {
    for (const v of g.values) {
      if (g.type === 'AWS') out.push(describeAws(v.value, options));
      else if (g.type === 'Service') {
        const entry = knowledge.servicePrincipal(v.value, options);
        out.push(`the AWS service ${entry && entry.service !== 'Added in settings' ? `${entry.service} (${v.value})` : v.value}`);
      } else if (g.type === 'Federated') out.push(describeFederated(statement, v.value, consumed, data));
      else out.push(`${g.type} principal ${quote(v.value)} (not valid in a trust policy)`);
    }
  }
  return out;
}

// ---- conditions -------------------------------------------------------------------------------------------

const VERBS: Record<string, [string, string]> = {
  StringEquals: ['is', 'is not'], StringEqualsIgnoreCase: ['is (ignoring case)', 'is not (ignoring case)'], StringLike: ['matches', 'does not match'],
  ArnEquals: ['is', 'is not'], ArnLike: ['matches', 'does not match'], NumericEquals: ['equals', 'does not equal'],
  NumericLessThan: ['is below', ''], NumericLessThanEquals: ['is at most', ''], NumericGreaterThan: ['is above', ''], NumericGreaterThanEquals: ['is at least', ''],
  DateEquals: ['is', 'is not'], DateLessThan: ['is before', ''], DateLessThanEquals: ['is at or before', ''], DateGreaterThan: ['is after', ''], DateGreaterThanEquals: ['is at or after', ''],
  Bool: ['is', ''], BinaryEquals: ['is', ''], IpAddress: ['is in', 'is not in'],
};

/** Phrases for the well-known keys under their usual positive operators. */
function knownPhrase(block: ConditionBlock, entry: ConditionEntry): string | undefined {
  const values = stringValues(entry);
  const base = block.parsed.base;
  const positive = /^(String|Arn)(Equals|Like|EqualsIgnoreCase)$/.test(base) && !block.parsed.ifExists;
  const key = entry.key.toLowerCase();
  if (base === 'Bool' && key === 'aws:multifactorauthpresent' && values.every((v) => v === 'true')) {
    return block.parsed.ifExists ? 'the caller used MFA or signs with long-term access keys (BoolIfExists lets those through)' : 'the caller signed in with MFA';
  }
  if (/^NumericLessThan/.test(base) && key === 'aws:multifactorauthage' && !block.parsed.ifExists) return `MFA was used within the last ${oneOf(values)} seconds`;
  if (!positive) return undefined;
  const like = /Like$/.test(base);
  const phrases: Record<string, string> = {
    'sts:externalid': `it passes ExternalId ${oneOf(values)}`,
    'aws:principalorgid': `its account belongs to organization ${oneOf(values)}`,
    'aws:principalorgpaths': `its account is under organization path ${oneOf(values)}`,
    'aws:principalarn': `the caller ${like ? 'matches' : 'is'} ${oneOf(values)}`,
    'aws:principalaccount': `the caller belongs to account ${oneOf(values)}`,
    'aws:sourceaccount': `the service acts for a resource in account ${oneOf(values)}`,
    'aws:sourcearn': `the service acts for ${like ? 'a resource matching ' : ''}${oneOf(values)}`,
    'aws:sourceorgid': `the service acts for a resource in organization ${oneOf(values)}`,
    'aws:sourceorgpaths': `the service acts for a resource under organization path ${oneOf(values)}`,
    'sts:rolesessionname': `the session is named ${like ? 'like ' : ''}${oneOf(values)}`,
    'saml:aud': `the SAML assertion is posted to ${oneOf(values)}`,
  };
  return phrases[key];
}

function describeCondition(block: ConditionBlock, entry: ConditionEntry): string {
  const known = knownPhrase(block, entry);
  if (known) return known;
  const values = stringValues(entry);
  const { base, qualifier, ifExists } = block.parsed;
  if (base === 'Null') return values.every((v) => v === 'true') ? `${entry.key} is absent` : `${entry.key} is present`;
  const verbs = VERBS[base.replace(/^(String|Arn|Numeric|Date)Not/, '$1')];
  const negated = /^(String|Arn|Numeric|Date)Not|^NotIpAddress$/.test(base);
  const verb = verbs ? (negated ? verbs[1] : verbs[0]) : `${base}`;
  const subject = qualifier === 'ForAllValues' ? `every value of ${entry.key} (or none)` : qualifier === 'ForAnyValue' ? `some value of ${entry.key}` : entry.key;
  const phrase = `${subject} ${verb || base} ${values.length > 1 ? (negated ? `any of ${values.map(quote).join(', ')}` : oneOf(values)) : quote(values[0] ?? '')}`;
  return ifExists ? `${phrase} (or is absent)` : phrase;
}

function describeConditions(statement: Statement, consumed: Consumed): string[] {
  const out: string[] = [];
  for (const block of statement.condition?.blocks ?? []) {
    for (const entry of block.entries) {
      if (consumed.has(entry)) continue;
      out.push(describeCondition(block, entry));
    }
  }
  return out;
}

// ---- actions and sentence ---------------------------------------------------------------------------------

function describeActions(statement: Statement): string {
  const names = statementActions(statement);
  if (statement.notAction) return `perform any sts action except ${list(names)} on`;
  if (names.length === 0) return 'do nothing with (no Action)';
  const verbs = new Set<string>();
  for (const name of names) {
    const n = name.toLowerCase();
    if (n === '*' || n === 'sts:*') verbs.add('assume (any STS action)');
    else if (n.startsWith('sts:assumerole')) verbs.add('assume');
    else if (n === 'sts:tagsession') verbs.add('tag the session of');
    else if (n === 'sts:setsourceidentity') verbs.add('set the source identity of');
    else if (n === 'sts:setcontext') verbs.add('set the context of');
    else verbs.add(`${name} on`);
  }
  return list([...verbs], 'and');
}

/** One sentence (markdown allowed) on who this statement lets assume the role, and under which conditions. */
export function explainStatement(statement: Statement, _policy: TrustPolicy, data: ReferenceData, options: ServiceOptions): string {
  const sid = typeof statement.sid?.valueNode?.value === 'string' && statement.sid.valueNode.value ? ` (${statement.sid.valueNode.value})` : '';
  const head = `Statement ${statement.index + 1}${sid}: `;
  if (!statement.isObject) return `${head}not an object; IAM rejects it.`;
  const consumed: Consumed = new Set();
  const who = describePrincipals(statement, consumed, data, options);
  if (statement.notPrincipal) return `${head}uses NotPrincipal, which IAM rejects in a trust policy.`;
  const subject = cap(who.length ? list(who) : 'nobody (the statement has no Principal)');
  const conditions = describeConditions(statement, consumed);
  const when = conditions.length ? `, if ${list(conditions, 'and')}` : '';
  const actions = describeActions(statement);
  if (statement.effectValue === 'Deny') {
    return `${head}Denies: ${subject} cannot ${actions} this role${when}, whatever other statements allow.`;
  }
  const effect = statement.effectValue === 'Allow' ? '' : ` (Effect ${quote(statement.effectValue ?? null)} is not Allow or Deny, so IAM rejects this statement)`;
  return `${head}${subject} can ${actions} this role${when}.${effect}`;
}

/** One line per statement, for the CLI's --explain and the hover on `Statement`. */
export function explainPolicy(policy: TrustPolicy, data: ReferenceData, options: ServiceOptions): string[] {
  if (policy.statements.length === 0) return ['No statements: nobody can assume this role.'];
  return policy.statements.map((s) => explainStatement(s, policy, data, options));
}

