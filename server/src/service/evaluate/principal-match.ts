// Does a request principal match a statement's Principal (or NotPrincipal)? Accounts cover their principals, roles their sessions.
import type { Node } from 'jsonc-parser';
import type { PrincipalElement, Property } from '../document';
import { parseAwsPrincipal, parseFederatedPrincipal } from '../principals';
import type { RequestPrincipal } from './request';

export interface PrincipalMatch {
  ok: boolean;
  message?: string;
  node?: Node;
}

/** Does one AWS principal value of a policy cover the request principal? */
export function awsValueCovers(policyValue: string, request: RequestPrincipal): boolean {
  const p = parseAwsPrincipal(policyValue);
  if (p.kind === 'wildcard') return true;
  if (request.type !== 'AWS') return false;
  const r = request.parsed;
  switch (p.kind) {
    // The account (bare id or :root) stands for every principal of the account, not only its root user.
    case 'account': return r.account === p.account;
    case 'root': return r.account === p.account && (r.partition ?? p.partition) === p.partition;
    case 'role':
      if (request.value === policyValue) return true;
      // A role covers its sessions; role names are unique in an account regardless of case.
      return r.kind === 'assumed-role' && r.partition === p.partition && r.account === p.account && r.name?.toLowerCase() === p.name?.toLowerCase();
    case 'user':
      if (request.value === policyValue) return true;
      return r.kind === 'federated-user' && r.partition === p.partition && r.account === p.account && r.name === p.name;
    default:
      return request.value === policyValue;
  }
}

/** Does one Federated value of a policy cover the request? A request may name an OIDC provider by host alone. */
export function federatedValueCovers(policyValue: string, request: RequestPrincipal): boolean {
  if (request.type !== 'Federated') return false;
  if (policyValue === request.value) return true;
  const p = parseFederatedPrincipal(policyValue);
  if (request.parsed.kind === 'invalid' || request.parsed.kind === 'builtin') return !!request.host && p.host === request.host;
  return false;
}

function describePrincipal(request: RequestPrincipal): string {
  return `${request.type} principal "${request.value}"`;
}

function groupCovers(type: string, value: string, request: RequestPrincipal): boolean {
  if (type === 'AWS') return awsValueCovers(value, request);
  if (type === 'Service') return request.type === 'Service' && request.value === value;
  if (type === 'Federated') return federatedValueCovers(value, request);
  return false;
}

export function matchPrincipalElement(el: PrincipalElement, request: RequestPrincipal): PrincipalMatch {
  if (el.wildcard) return { ok: true };
  for (const g of el.groups) for (const v of g.values) if (groupCovers(g.type, v.value, request)) return { ok: true };
  const listed = el.groups.flatMap((g) => g.values.map((v) => `${g.type} "${v.value}"`));
  const sameType = el.groups.filter((g) => g.type === request.type).flatMap((g) => g.values.map((v) => v.value));
  const why = sameType.length
    ? `the ${describePrincipal(request)} is not among ${sameType.map((v) => `"${v}"`).join(', ')}`
    : `the ${describePrincipal(request)} is not in Principal (${listed.join(', ') || 'nothing listed'})`;
  return { ok: false, message: why, node: el.property.node };
}

/** NotPrincipal: matches every principal it does not list. */
export function matchNotPrincipal(prop: Property, request: RequestPrincipal): PrincipalMatch {
  const v = prop.valueNode;
  if (v?.type === 'string' && v.value === '*') return { ok: false, message: 'NotPrincipal "*" excludes everyone', node: prop.node };
  for (const g of v?.type === 'object' ? (v.children ?? []) : []) {
    const type = g.children?.[0]?.value as string;
    const values = g.children?.[1];
    const items = values?.type === 'array' ? (values.children ?? []) : values ? [values] : [];
    for (const item of items) {
      if (item.type === 'string' && groupCovers(type, item.value as string, request)) return { ok: false, message: `the ${describePrincipal(request)} is excluded by NotPrincipal`, node: prop.node };
    }
  }
  return { ok: true };
}
