// multiple-principal-types: one statement mixes principals that need different assume actions (e.g. Service and SAML).
import { getNodeValue } from 'jsonc-parser';
import type { Statement, TrustPolicy } from '../../document';
import { parseFederatedPrincipal } from '../../principals';
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { eolOf, indentUnit, lineIndent } from './edits';
import { neededAssumeActions, objectStatements, principalNeeds } from './util';

type Kind = 'assumeRole' | 'saml' | 'webIdentity';
const ACTION_OF: Record<Kind, string> = { assumeRole: 'sts:AssumeRole', saml: 'sts:AssumeRoleWithSAML', webIdentity: 'sts:AssumeRoleWithWebIdentity' };
const SID_SUFFIX: Record<Kind, string> = { assumeRole: '', saml: 'Saml', webIdentity: 'WebIdentity' };
type Json = Record<string, unknown>;

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const single = (values: unknown[]): unknown => (values.length === 1 ? values[0] : values);

/** Which kind of principal a condition key belongs to, when it belongs to one (SAML or an OIDC host). */
function keyKind(key: string, hosts: ReadonlySet<string>): Kind | undefined {
  if (/^saml:/i.test(key)) return 'saml';
  const colon = key.lastIndexOf(':');
  return colon > 0 && hosts.has(key.slice(0, colon).toLowerCase()) ? 'webIdentity' : undefined;
}

/** The statement as one object per kind of principal, each with its own assume action and the conditions that fit it. */
function splitStatement(statement: Statement): Json[] | undefined {
  const value = getNodeValue(statement.node) as Json;
  const principal = value.Principal as Json;
  const byKind = new Map<Kind, Json>();
  const hosts = new Set<string>();
  for (const [type, raw] of Object.entries(principal)) {
    for (const v of asList(raw)) {
      if (typeof v !== 'string') return undefined;
      let kind: Kind = 'assumeRole';
      if (type === 'Federated') {
        const parsed = parseFederatedPrincipal(v);
        if (parsed.kind === 'invalid') return undefined;
        kind = parsed.kind === 'saml' ? 'saml' : 'webIdentity';
        if (parsed.host) hosts.add(parsed.host.toLowerCase());
      } else if (type !== 'AWS' && type !== 'Service') return undefined;
      const group = byKind.get(kind) ?? {};
      group[type] = [...asList(group[type]), v];
      byKind.set(kind, group);
    }
  }
  const actions = asList(value.Action ?? value.NotAction);
  const actionKey = value.Action !== undefined ? 'Action' : 'NotAction';
  return [...byKind].map(([kind, groups]) => {
    const copy: Json = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Principal') copy.Principal = Object.fromEntries(Object.entries(groups).map(([t, vs]) => [t, single(vs as unknown[])]));
      else if (k === actionKey) {
        const kept = actions.filter((a) => typeof a !== 'string' || !/^sts:AssumeRole/i.test(a) || a.toLowerCase() === ACTION_OF[kind].toLowerCase() || /[*?]/.test(a));
        if (!kept.some((a) => typeof a === 'string' && (a.toLowerCase() === ACTION_OF[kind].toLowerCase() || /[*?]/.test(a)))) kept.unshift(ACTION_OF[kind]);
        copy[k] = single(kept);
      } else if (k === 'Condition' && v && typeof v === 'object' && !Array.isArray(v)) {
        const condition: Json = {};
        for (const [op, entries] of Object.entries(v as Json)) {
          if (!entries || typeof entries !== 'object' || Array.isArray(entries)) { condition[op] = entries; continue; }
          const kept = Object.entries(entries as Json).filter(([key]) => (keyKind(key, hosts) ?? kind) === kind);
          if (kept.length) condition[op] = Object.fromEntries(kept);
        }
        if (Object.keys(condition).length) copy.Condition = condition;
      } else if (k === 'Sid' && typeof v === 'string' && v) copy.Sid = `${v}${SID_SUFFIX[kind]}`;
      else copy[k] = v;
    }
    return copy;
  });
}

/** Renders statements in the layout of the original: one per line, or indented like the document. */
function renderStatements(policy: TrustPolicy, statement: Statement, parts: Json[]): string {
  const text = policy.text;
  const original = text.slice(statement.node.offset, statement.node.offset + statement.node.length);
  const indent = lineIndent(text, statement.node.offset);
  const eol = eolOf(text);
  if (!/[\r\n]/.test(original)) return parts.map((p) => JSON.stringify(p, null, 1).replace(/\n\s*/g, ' ')).join(', ');
  const unit = indentUnit(text);
  return parts.map((p) => JSON.stringify(p, null, unit).split('\n').join(`${eol}${indent}`)).join(`,${eol}${indent}`);
}

export const multiplePrincipalTypes: Rule = {
  id: 'multiple-principal-types',
  defaultSeverity: 'hint',
  description: 'Principals that assume the role in different ways (AWS/Service, SAML, web identity) are clearer in separate statements, each with its own action.',
  docsUrl: docs.principal,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      if (!s.principal) continue;
      const needed = neededAssumeActions(principalNeeds(s));
      if (needed.length < 2) continue;
      findings.push({
        node: s.principal.property.keyNode,
        message: `This statement mixes principals that assume the role with different actions (${needed.join(', ')}), and its Action and Condition apply to all of them. Split it into one statement per kind of principal.`,
      });
    }
    return findings;
  },
  fix(finding, { policy }): Fix[] {
    const statement = policy.statements.find((s) => s.principal?.property.keyNode === finding.node);
    if (!statement) return [];
    const parts = splitStatement(statement);
    if (!parts || parts.length < 2) return [];
    const body = renderStatements(policy, statement, parts);
    const newText = policy.statementIsObject ? `[${body}]` : body;
    return [{ title: `Split into ${parts.length} statements, one per kind of principal`, edits: [{ offset: statement.node.offset, length: statement.node.length, newText }], isPreferred: true }];
  },
};
