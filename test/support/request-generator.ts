// Seeded generators of trust policies and requests for the differential test against iam-simulate.
import type { ConditionOperatorEntry } from '../../server/src/data/types';

/** mulberry32: a small seeded PRNG, so every run generates the same requests. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Policy values per operator family (wildcards and variables where the family takes them). */
export const POLICY_VALUES: Record<string, readonly string[]> = {
  String: ['team-a', 'Team-B', 'repo:acme/*', '${aws:username}', 'x?z', "${aws:username, 'guest'}"],
  Numeric: ['10', '3600', '-1.5'],
  Date: ['2026-01-01T00:00:00Z', '2025-06-15', '1767225600'],
  Boolean: ['true', 'false'],
  Binary: ['QmluYXJ5'],
  IPAddress: ['203.0.113.0/24', '2001:db8::/32', '198.51.100.7'],
  ARN: ['arn:aws:s3:::bucket-*', 'arn:aws:lambda:*:111122223333:function:*', 'arn:aws:iam::${aws:PrincipalAccount}:role/*'],
  Null: ['true', 'false'],
};

/** Request values per family, including values the family cannot read. */
export const REQUEST_VALUES: Record<string, readonly string[]> = {
  String: ['team-a', 'team-A', 'Team-B', 'repo:acme/app', 'repo:acme/', 'xyz', 'x?z', 'alice', 'guest'],
  Numeric: ['10', '10.0', '3600', '3599', '-1.5', '0', 'abc'],
  Date: ['2026-01-01T00:00:00Z', '2025-12-31T23:59:59Z', '2025-06-15', '2027-01-01T00:00:00Z', 'soon', '1767225600'],
  Boolean: ['true', 'false', 'TRUE', 'yes'],
  Binary: ['QmluYXJ5', 'QmluYXJ6'],
  IPAddress: ['203.0.113.9', '203.0.114.1', '2001:db8::5', '2001:db9::1', '198.51.100.7', 'bogus'],
  ARN: ['arn:aws:s3:::bucket-1', 'arn:aws:s3:::other', 'arn:aws:lambda:us-east-1:111122223333:function:f', 'arn:aws:iam::111122223333:role/x', 'arn:aws:iam::444455556666:role/x', 'not-an-arn'],
  Null: ['present'],
};

const KEY_BY_FAMILY: Record<string, string> = {
  String: 'aws:PrincipalTag/team', Numeric: 'sts:DurationSeconds', Date: 'aws:CurrentTime', Boolean: 'aws:MultiFactorAuthPresent',
  Binary: 'custom:blob', IPAddress: 'aws:SourceIp', ARN: 'aws:SourceArn', Null: 'sts:ExternalId',
};

/** One policy per operator and qualifier form the data allows, each with an Allow and sometimes a Deny. */
export function syntheticPolicies(operators: readonly ConditionOperatorEntry[], r: () => number): { name: string; policy: unknown }[] {
  const out: { name: string; policy: unknown }[] = [];
  for (const op of operators) {
    const forms = op.operator === 'Null' ? ['Null'] : [op.operator, `${op.operator}IfExists`, `ForAnyValue:${op.operator}`, `ForAllValues:${op.operator}`, `ForAnyValue:${op.operator}IfExists`];
    for (const form of forms) {
      const key = KEY_BY_FAMILY[op.family];
      const values = POLICY_VALUES[op.family];
      const chosen = values.filter(() => r() < 0.6);
      const listed = chosen.length ? chosen : [values[0]];
      const allow = { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole', Condition: { [form]: { [key]: listed.length === 1 ? listed[0] : listed } } };
      const statements: unknown[] = [allow];
      if (r() < 0.4) statements.push({ Effect: 'Deny', Principal: '*', Action: 'sts:*', Condition: { StringLike: { 'aws:PrincipalTag/team': 'Team-*' } } });
      out.push({ name: `synthetic ${form}`, policy: { Version: r() < 0.9 ? '2012-10-17' : '2008-10-17', Statement: statements } });
    }
  }
  return out;
}

/** A value a wildcard pattern matches (or nearly matches), from a policy value. */
export function instantiate(value: string, r: () => number): string {
  const filled = value.replace(/\$\{[^}]*\}/g, () => pick(r, ['alice', 'team-a'])).replace(/\*/g, () => pick(r, ['', 'x', 'abc/def', 'main'])).replace(/\?/g, () => pick(r, ['q', '7']));
  const roll = r();
  if (roll < 0.6) return filled;
  if (roll < 0.75) return filled.toUpperCase();
  if (roll < 0.9) return `${filled}x`;
  return filled.slice(0, -1);
}

export interface GeneratedPrincipal {
  /** The request principal in our JSON form. */
  json: string | { Service: string } | { Federated: string };
  /** The same principal as iam-simulate takes it. */
  oracle: string;
}

const OTHER_PRINCIPALS: GeneratedPrincipal[] = [
  { json: 'arn:aws:iam::444455556666:role/other', oracle: 'arn:aws:iam::444455556666:role/other' },
  { json: 'arn:aws:sts::111122223333:assumed-role/other/s', oracle: 'arn:aws:sts::111122223333:assumed-role/other/s' },
  { json: { Service: 'ec2.amazonaws.com' }, oracle: 'ec2.amazonaws.com' },
  { json: { Federated: 'arn:aws:iam::111122223333:oidc-provider/gitlab.com' }, oracle: 'arn:aws:iam::111122223333:oidc-provider/gitlab.com' },
];

/** Principals a policy's own values suggest: the account's users, roles and sessions, the services, the providers. */
export function principalsFor(policy: unknown, r: () => number): GeneratedPrincipal[] {
  const out: GeneratedPrincipal[] = [...OTHER_PRINCIPALS];
  const add = (arn: string) => out.push({ json: arn, oracle: arn });
  const walk = (p: unknown) => {
    if (!p || typeof p !== 'object') return;
    for (const [type, raw] of Object.entries(p as Record<string, unknown>)) {
      for (const v of Array.isArray(raw) ? raw : [raw]) {
        if (typeof v !== 'string' || !v) continue;
        if (type === 'Service') out.push({ json: { Service: v }, oracle: v });
        else if (type === 'Federated') out.push({ json: { Federated: v }, oracle: v });
        else if (type === 'AWS') {
          const account = /^\d{12}$/.test(v) ? v : /^arn:aws:iam::(\d{12}):/.exec(v)?.[1];
          const role = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(v);
          if (/^arn:aws:(iam|sts)::\d{12}:/.test(v)) add(v);
          if (role) add(`arn:aws:sts::${role[1]}:assumed-role/${r() < 0.8 ? role[2] : role[2].toUpperCase()}/session-${Math.floor(r() * 9)}`);
          if (account) {
            add(`arn:aws:iam::${account}:root`);
            add(`arn:aws:iam::${account}:user/u${Math.floor(r() * 3)}`);
            add(`arn:aws:sts::${account}:assumed-role/any/s`);
          }
        }
      }
    }
  };
  for (const st of statementsOf(policy)) {
    if (st.Principal === '*') add('arn:aws:iam::999988887777:user/anyone');
    walk(st.Principal);
    walk(st.NotPrincipal);
  }
  return out;
}

export function statementsOf(policy: unknown): Record<string, unknown>[] {
  const s = (policy as { Statement?: unknown })?.Statement;
  const list = Array.isArray(s) ? s : s ? [s] : [];
  return list.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x));
}

/** Actions to ask about: the policy's own (wildcards filled), the assume variants, odd capitalisation. */
export function actionsFor(policy: unknown, r: () => number): string[] {
  const out = ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML', 'sts:TagSession', 'sts:SetSourceIdentity', 'STS:assumerole'];
  for (const st of statementsOf(policy)) {
    for (const el of [st.Action, st.NotAction]) for (const a of Array.isArray(el) ? el : [el]) if (typeof a === 'string' && a.includes(':')) out.push(instantiate(a, r));
  }
  return out.filter((a) => /^[A-Za-z0-9-]+:[A-Za-z0-9]+$/.test(a));
}

/** Condition keys with the family of the operator that tests them and the values listed for them. */
export function conditionKeysOf(policy: unknown, families: ReadonlyMap<string, string>): { key: string; family: string; values: string[] }[] {
  const out: { key: string; family: string; values: string[] }[] = [];
  for (const st of statementsOf(policy)) {
    const cond = st.Condition;
    if (!cond || typeof cond !== 'object') continue;
    for (const [operator, block] of Object.entries(cond as Record<string, unknown>)) {
      const base = operator.replace(/^[^:]*:/, '').replace(/IfExists$/, '');
      const family = families.get(base) ?? 'String';
      if (!block || typeof block !== 'object') continue;
      for (const [key, v] of Object.entries(block as Record<string, unknown>)) {
        const values = (Array.isArray(v) ? v : [v]).map(String);
        out.push({ key, family, values });
        for (const value of values) for (const m of value.matchAll(/\$\{([^},]+)/g)) if (!['*', '?', '$'].includes(m[1])) out.push({ key: m[1].trim(), family: 'String', values: ['alice', 'team-a', '111122223333'] });
      }
    }
  }
  return out;
}

/** A context: each key missing, one value, or a list (possibly empty), drawn from the policy's values and the family pool. */
export function contextFor(keys: readonly { key: string; family: string; values: string[] }[], r: () => number): Record<string, string | string[]> {
  const context: Record<string, string | string[]> = {};
  const one = (k: { family: string; values: string[] }) => (r() < 0.5 && k.family !== 'Null' ? instantiate(pick(r, k.values), r) : pick(r, REQUEST_VALUES[k.family] ?? REQUEST_VALUES.String));
  for (const k of keys) {
    if (k.key in context) continue;
    const roll = r();
    if (roll < 0.25) continue;
    if (roll < 0.7) context[k.key] = one(k);
    else context[k.key] = Array.from({ length: Math.floor(r() * 4) }, () => one(k));
  }
  return context;
}
