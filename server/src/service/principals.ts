// Parses principal values (AWS ARNs and account ids, Federated providers, service names) into their parts.

export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'] as const;

export type AwsPrincipalKind =
  | 'wildcard' | 'account' | 'root' | 'user' | 'role' | 'assumed-role' | 'federated-user' | 'unique-id' | 'invalid';

export interface AwsPrincipal {
  kind: AwsPrincipalKind;
  partition?: string;
  account?: string;
  /** role or user name (last path segment), assumed-role role name, federated user name */
  name?: string;
  /** IAM path of a role or user, e.g. `/service-role/` */
  path?: string;
  /** assumed-role session name */
  session?: string;
  /** unique-id prefix kind: user (AIDA), role (AROA), ... */
  uniqueIdType?: string;
  /** Why the value is invalid, in our words (only for kind 'invalid'). */
  problem?: string;
}

const UNIQUE_ID_PREFIXES: Record<string, string> = { AIDA: 'user', AROA: 'role', AIPA: 'instance profile', ANPA: 'managed policy', AGPA: 'group', AKIA: 'access key', ASIA: 'temporary access key' };

/** Splits an ARN into its six parts; the resource keeps any further colons. */
export function splitArn(value: string): { partition: string; service: string; region: string; account: string; resource: string } | undefined {
  if (!value.startsWith('arn:')) return undefined;
  const parts = value.split(':');
  if (parts.length < 6) return undefined;
  return { partition: parts[1], service: parts[2], region: parts[3], account: parts[4], resource: parts.slice(5).join(':') };
}

export function isKnownPartition(p: string): boolean {
  return (PARTITIONS as readonly string[]).includes(p);
}

const invalid = (problem: string, extra: Partial<AwsPrincipal> = {}): AwsPrincipal => ({ kind: 'invalid', problem, ...extra });

/** Memoises a pure string parser; the table is cleared when it grows large, so memory stays bounded. */
function memo<T>(parse: (value: string) => T): (value: string) => T {
  const table = new Map<string, T>();
  return (value) => {
    let result = table.get(value);
    if (result === undefined) {
      if (table.size > 5000) table.clear();
      result = parse(value);
      table.set(value, result);
    }
    return result;
  };
}

/** Classifies a value of `Principal.AWS` (results are shared: do not mutate them). */
export const parseAwsPrincipal = memo(parseAwsPrincipalUncached);

function parseAwsPrincipalUncached(value: string): AwsPrincipal {
  if (value === '*') return { kind: 'wildcard' };
  if (/^\d{12}$/.test(value)) return { kind: 'account', account: value };
  const prefix = value.slice(0, 4);
  if (UNIQUE_ID_PREFIXES[prefix] && /^[A-Z0-9]{16,128}$/.test(value)) return { kind: 'unique-id', uniqueIdType: UNIQUE_ID_PREFIXES[prefix] };
  const arn = splitArn(value);
  if (!arn) {
    if (/^\d+$/.test(value)) return invalid(`an account id has exactly 12 digits; this one has ${value.length}`);
    return invalid('expected a 12-digit account id or an IAM ARN such as arn:aws:iam::111122223333:role/NAME');
  }
  const base = { partition: arn.partition, account: arn.account };
  if (/[*?]/.test(value)) return invalid('wildcards cannot match part of a principal; use "*" alone with a condition such as aws:PrincipalArn', base);
  if (!isKnownPartition(arn.partition)) return invalid(`"${arn.partition}" is not an AWS partition (aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b)`, base);
  if (arn.service !== 'iam' && arn.service !== 'sts') return invalid(`principal ARNs use the iam or sts service, not "${arn.service}"`, base);
  if (arn.region !== '') return invalid('IAM and STS principal ARNs have no region: leave the region part empty (arn:aws:iam::ACCOUNT:...)', base);
  if (!/^\d{12}$/.test(arn.account)) return invalid(arn.account === '' ? 'the account id is missing from the ARN' : `"${arn.account}" is not a 12-digit account id`, base);
  const r = arn.resource;
  if (arn.service === 'iam') {
    if (r === 'root') return { kind: 'root', ...base };
    const m = /^(user|role)(\/(?:[^/]+\/)*)?([^/]*)$/.exec(r);
    if (m && m[3]) return { kind: m[1] as 'user' | 'role', ...base, name: m[3], path: m[2] ?? '/' };
    if (r.startsWith('group/')) return invalid('IAM groups cannot be principals; list the users or roles, or trust the account and control access with identity policies', base);
    if (r.startsWith('assumed-role/') || r.startsWith('federated-user/')) return invalid(`${r.split('/')[0]} ARNs use the sts service: arn:${arn.partition}:sts::${arn.account}:${r}`, base);
    return invalid('an IAM principal ARN ends in :root, :user/NAME or :role/NAME', base);
  }
  const assumed = /^assumed-role\/([^/]+)\/([^/]+)$/.exec(r);
  if (assumed) return { kind: 'assumed-role', ...base, name: assumed[1], session: assumed[2] };
  const fed = /^federated-user\/([^/]+)$/.exec(r);
  if (fed) return { kind: 'federated-user', ...base, name: fed[1] };
  if (r === 'root' || r.startsWith('role/') || r.startsWith('user/')) return invalid(`${r.split('/')[0]} ARNs use the iam service: arn:${arn.partition}:iam::${arn.account}:${r}`, base);
  return invalid('an STS principal ARN is assumed-role/ROLE/SESSION or federated-user/NAME', base);
}

export type FederatedKind = 'saml' | 'oidc' | 'builtin' | 'invalid';

export interface FederatedPrincipal {
  kind: FederatedKind;
  partition?: string;
  account?: string;
  /** SAML provider name */
  name?: string;
  /** OIDC provider URL without scheme (host and optional path): the prefix of its condition keys. */
  host?: string;
  problem?: string;
}

/** The built-in web identity providers that are named directly in `Federated` (no ARN). */
export const BUILT_IN_WEB_IDENTITY = ['cognito-identity.amazonaws.com', 'cognito-identity-us-gov.amazonaws.com', 'accounts.google.com', 'graph.facebook.com', 'www.amazon.com'];

/** Classifies a value of `Principal.Federated` (results are shared: do not mutate them). */
export const parseFederatedPrincipal = memo(parseFederatedPrincipalUncached);

function parseFederatedPrincipalUncached(value: string): FederatedPrincipal {
  if (BUILT_IN_WEB_IDENTITY.includes(value)) return { kind: 'builtin', host: value };
  if (/[*?]/.test(value)) return { kind: 'invalid', problem: 'Federated principals cannot contain wildcards; name the identity provider' };
  const arn = splitArn(value);
  if (!arn) {
    if (/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i.test(value)) {
      return { kind: 'invalid', host: value, problem: `an OIDC provider is named by its IAM ARN: arn:aws:iam::ACCOUNT:oidc-provider/${value}` };
    }
    return { kind: 'invalid', problem: 'expected a saml-provider or oidc-provider ARN, or a built-in web identity provider such as cognito-identity.amazonaws.com' };
  }
  const base = { partition: arn.partition, account: arn.account };
  if (!isKnownPartition(arn.partition)) return { kind: 'invalid', ...base, problem: `"${arn.partition}" is not an AWS partition` };
  if (arn.service !== 'iam' || arn.region !== '') return { kind: 'invalid', ...base, problem: 'identity provider ARNs look like arn:aws:iam::ACCOUNT:saml-provider/NAME or arn:aws:iam::ACCOUNT:oidc-provider/HOST' };
  if (!/^\d{12}$/.test(arn.account)) return { kind: 'invalid', ...base, problem: `"${arn.account}" is not a 12-digit account id` };
  const saml = /^saml-provider\/([\w.@-]+)$/.exec(arn.resource);
  if (saml) return { kind: 'saml', ...base, name: saml[1] };
  const oidc = /^oidc-provider\/(.+)$/.exec(arn.resource);
  if (oidc) {
    const host = oidc[1];
    if (/^https?:\/\//i.test(host)) return { kind: 'invalid', ...base, problem: 'leave out the https:// scheme: the provider ARN ends in oidc-provider/HOST' };
    return { kind: 'oidc', ...base, host };
  }
  return { kind: 'invalid', ...base, problem: 'an identity provider ARN ends in saml-provider/NAME or oidc-provider/HOST' };
}

/** True when the text is shaped like a service principal: lowercase DNS name under amazonaws.com (or .com.cn) or amazon.com. */
export function isServicePrincipalSyntax(value: string): boolean {
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.(amazonaws\.com(\.cn)?|amazon\.com|api\.aws)$/.test(value);
}
